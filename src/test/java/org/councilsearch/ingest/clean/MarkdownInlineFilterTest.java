package org.councilsearch.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownInlineFilterTest {
  private final MarkdownInlineFilter filter = new MarkdownInlineFilter();

  @Test
  void removes_bold_and_emphasis_and_keeps_the_words() {
    assertThat(filter.apply("A **fact sheet** on \"*Gender Mainstreaming in IOM*\" and __more__ _here_"))
        .isEqualTo("A fact sheet on \"Gender Mainstreaming in IOM\" and more here");
  }

  @Test
  void removes_bold_labels_at_the_start_of_a_paragraph() {
    assertThat(filter.apply("**Project Summary:** Certain areas")).isEqualTo("Project Summary: Certain areas");
  }

  @Test
  void drops_unpaired_bold_marks_left_by_a_span_that_crossed_a_line() {
    assertThat(filter.apply("**STATUS REPORT")).isEqualTo("STATUS REPORT");
    assertThat(filter.apply("PROJECTS IN 2005**")).isEqualTo("PROJECTS IN 2005");
  }

  @Test
  void drops_footnote_markers_in_superscript_and_keeps_other_superscripts() {
    assertThat(filter.apply("the Member States is needed.<sup>1</sup>")).isEqualTo("the Member States is needed.");
    assertThat(filter.apply("the 1<sup>st</sup> session")).isEqualTo("the 1st session");
  }

  @Test
  void keeps_the_text_of_links_and_images() {
    assertThat(filter.apply("see [the website](http://www.iom.int) and ![a chart](c.png)"))
        .isEqualTo("see the website and a chart");
  }

  @Test
  void removes_html_tags_and_decodes_entities() {
    assertThat(filter.apply("<p>Women &amp; men<br/>united &#8211; now</p>")).isEqualTo(" Women & men united – now ");
  }

  @Test
  void leaves_snake_case_arithmetic_and_lone_stars_alone() {
    assertThat(filter.apply("file_name_here and 2 * 3 * 4 and a*b")).isEqualTo("file_name_here and 2 * 3 * 4 and a*b");
  }

  @Test
  void strips_code_and_strike_marks() {
    assertThat(filter.apply("`code` and ~~gone~~")).isEqualTo("code and gone");
  }
}
