package org.councilsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilsearch.search.Html;
import org.junit.jupiter.api.Test;

class TrustedHtmlTest {
  @Test
  void keeps_escaped_text_with_marks_as_markup() {
    String snippet = "the <mark>IPU</mark> &amp; IOM&#x27;s &quot;panel&quot; &lt;b&gt; &#x2F; …";
    assertThat(TrustedHtml.snippet(snippet).toString()).isEqualTo(snippet);
  }

  @Test
  void shows_anything_else_as_text() {
    for (String forged :
        new String[] {
          "<mark>a</mark><script>alert(1)</script>",
          "<img src=x onerror=alert(1)>",
          "<mark onclick=alert(1)>a</mark>",
          "a \" onmouseover=alert(1)",
          "Tom & Jerry",
          "it's raw"
        }) {
      String shown = TrustedHtml.snippet(forged).toString();
      assertThat(shown).as(forged).isEqualTo(Html.escape(forged));
      assertThat(shown).doesNotContain("<script").doesNotContain("<img").doesNotContain("<mark on");
    }
  }
}
