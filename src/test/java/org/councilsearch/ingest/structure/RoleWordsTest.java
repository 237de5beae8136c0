package org.councilsearch.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The word lists the role models see: compounds and ordinals in figures no list can hold. */
class RoleWordsTest {
  private final RoleWords words = RoleWords.bundled();

  @Test
  void a_compound_no_list_holds_is_read_as_its_last_word() {
    assertThat(words.categoriesOf("Forty-seventh")).contains("ordinal");
    assertThat(words.categoriesOf("trente-sixième")).contains("ordinal");
    assertThat(words.categoriesOf("Sous-Comité")).contains("body");
    // A listed compound keeps its own categories.
    assertThat(words.categoriesOf("Director-General")).contains("author").doesNotContain("distribution");
  }

  @Test
  void a_number_with_an_ordinals_ending_is_an_ordinal_and_a_bare_number_is_not() {
    assertThat(words.categoriesOf("86th")).contains("ordinal");
    assertThat(words.categoriesOf("43e")).contains("ordinal");
    assertThat(words.categoriesOf("52ème")).contains("ordinal");
    assertThat(words.categoriesOf("98.º")).contains("ordinal");
    assertThat(words.categoriesOf("30ª")).contains("ordinal");
    assertThat(words.categoriesOf("2019")).isEmpty();
    assertThat(words.categoriesOf("12.")).isEmpty();
  }

  @Test
  void spanish_agenda_references_are_agenda_words() {
    assertThat(words.categoriesOf("Punto")).contains("agenda");
    assertThat(words.categoriesOf("orden")).contains("agenda");
    assertThat(words.categoriesOf("día")).contains("agenda");
  }
}
