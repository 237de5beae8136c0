package org.councilsearch.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphNumberRepairTest {
  private final ParagraphNumberRepair repair = new ParagraphNumberRepair();

  @Test
  void letters_that_look_like_digits_beside_a_digit_are_read_as_digits() {
    assertThat(repair.apply("l2. The Unit met.\nI2. It met again.\n1O. And again."))
        .isEqualTo("12. The Unit met.\n12. It met again.\n10. And again.");
  }

  @Test
  void a_roman_heading_without_a_digit_stays() {
    assertThat(repair.apply("I. INTRODUCTION\nII. ACTIVITIES\nIII. OUTLOOK"))
        .isEqualTo("I. INTRODUCTION\nII. ACTIVITIES\nIII. OUTLOOK");
  }

  @Test
  void a_number_read_as_a_letter_is_repaired_when_both_neighbours_prove_it() {
    String ocr = "3.\nThe Unit met.\nA.\nTo mark the day, it spoke.\n5.\nOn the occasion ...";
    assertThat(repair.apply(ocr))
        .isEqualTo("3.\nThe Unit met.\n4.\nTo mark the day, it spoke.\n5.\nOn the occasion ...");
    assertThat(repair.apply("9. Text.\nlO. More.\n11. Last."))
        .isEqualTo("9. Text.\n10. More.\n11. Last.");
  }

  @Test
  void a_lettered_heading_between_consecutive_numbers_stays() {
    String text = "3. The Unit met.\nA. Training\n4. It trained staff.\nB. Outreach\n5. It spoke.";
    assertThat(repair.apply(text)).isEqualTo(text);
  }

  @Test
  void specks_after_a_paragraph_number_are_dropped() {
    assertThat(repair.apply("7. ,\nThe Director General ...\n8. : A revised plan"))
        .isEqualTo("7.\nThe Director General ...\n8. A revised plan");
  }

  @Test
  void ordinary_line_starts_stay() {
    String text = "Mr. Smith spoke.\nSt. Gallen hosted it.\n(a) First item\n2009. A year of change";
    assertThat(repair.apply(text)).isEqualTo(text);
  }

  @Test
  void numbers_printed_without_a_dot_get_one_when_they_run_from_one() {
    String gap = "1        The Committee met.\n2        It heard two reports.\n3        It closed.";
    assertThat(repair.apply(gap)).isEqualTo("1.        The Committee met.\n2.        It heard two reports.\n3.        It closed.");
    String alone = "1\nThe Committee met.\n\n2\nIt heard two reports.\n\n3\nIt closed.";
    assertThat(repair.apply(alone)).isEqualTo("1.\nThe Committee met.\n\n2.\nIt heard two reports.\n\n3.\nIt closed.");
  }

  @Test
  void page_numbers_and_a_short_run_stay_without_a_dot() {
    String pages = "The Committee met.\n2\nIt heard two reports.\n3\nIt closed.";
    assertThat(repair.apply(pages)).isEqualTo(pages);
    String two = "1        The Committee met.\n2        It closed.";
    assertThat(repair.apply(two)).isEqualTo(two);
  }
}
