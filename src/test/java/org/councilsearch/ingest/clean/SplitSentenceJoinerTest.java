package org.councilsearch.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SplitSentenceJoinerTest {
  private final SplitSentenceJoiner joiner = new SplitSentenceJoiner();

  @Test
  void a_blank_line_inside_a_sentence_is_closed() {
    assertThat(joiner.apply("In 2012, the Unit\n\ncontinued the roll-out of the session."))
        .isEqualTo("In 2012, the Unit\ncontinued the roll-out of the session.");
    assertThat(joiner.apply("the Unit, in collaboration with the Office,\n\n\nis drafting a policy."))
        .isEqualTo("the Unit, in collaboration with the Office,\nis drafting a policy.");
  }

  @Test
  void an_acronym_in_brackets_and_a_speck_before_a_word_continue_the_sentence() {
    assertThat(joiner.apply("the Standing Committee\n\n(IASC) champion on PSEA"))
        .isEqualTo("the Standing Committee\n(IASC) champion on PSEA");
    assertThat(joiner.apply("as the secretariat for this\n\n- initiative."))
        .isEqualTo("as the secretariat for this\ninitiative.");
  }

  @Test
  void blank_lines_between_paragraphs_headings_and_items_stay() {
    String text =
        "The Unit met in June.\n\nIt met again.\n\nPrevention of abuse\n\n6.\n\nIn 2012, it"
            + " trained staff:\n\n(a) first;\n\n(b) second.";
    assertThat(joiner.apply(text)).isEqualTo(text);
  }

  @Test
  void a_page_break_is_left_to_the_page_furniture_filter() {
    String text = "the Unit\n\f\ncontinued";
    assertThat(joiner.apply(text)).isEqualTo(text);
  }
}
