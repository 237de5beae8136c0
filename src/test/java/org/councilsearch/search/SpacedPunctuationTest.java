package org.councilsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpacedPunctuationTest {
  @Test
  void a_colon_between_spaces_is_punctuation_and_a_glued_one_syntax() {
    assertThat(SpacedPunctuation.asSpaces("migrants : vaccination"))
        .isEqualTo("migrants   vaccination");
    assertThat(SpacedPunctuation.asSpaces("place:Geneva training")).isEqualTo("place:Geneva training");
    assertThat(SpacedPunctuation.asSpaces(": santé")).isEqualTo("  santé");
  }

  @Test
  void a_question_mark_or_colon_standing_alone_is_a_chunk_of_punctuation_only() {
    assertThat(SpacedPunctuation.only("?")).isTrue();
    assertThat(SpacedPunctuation.only(":")).isTrue();
    assertThat(SpacedPunctuation.only("wom?n")).isFalse();
    assertThat(SpacedPunctuation.only("year:2009")).isFalse();
  }
}
