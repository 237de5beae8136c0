package org.councilsearch.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineEndingFilterTest {
  private final LineEndingFilter filter = new LineEndingFilter();

  @Test
  void turns_every_kind_of_line_break_into_a_newline() {
    assertThat(filter.apply("a\r\nb\rc\u2028d\u2029e\u0085f\u000Bg")).isEqualTo("a\nb\nc\nd\ne\nf\ng");
  }

  @Test
  void puts_a_form_feed_on_a_line_of_its_own() {
    assertThat(filter.apply("end of page\fnext page")).isEqualTo("end of page\n\f\nnext page");
  }

  @Test
  void leaves_plain_text_and_handles_null() {
    assertThat(filter.apply("one\ntwo")).isEqualTo("one\ntwo");
    assertThat(filter.apply(null)).isEmpty();
  }
}
