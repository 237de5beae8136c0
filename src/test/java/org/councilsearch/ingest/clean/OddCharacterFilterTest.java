package org.councilsearch.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OddCharacterFilterTest {
  private final OddCharacterFilter filter = new OddCharacterFilter();

  @Test
  void turns_no_break_and_other_unicode_spaces_into_plain_spaces() {
    assertThat(filter.apply("vis-à-vis\u00A0the\u202Foutside\u2009world\tnow"))
        .isEqualTo("vis-à-vis the outside world now");
  }

  @Test
  void removes_invisible_and_control_characters() {
    assertThat(filter.apply("\uFEFFzero\u200Bwidth\u200D and\u0007 bell\u0000\uFFFD"))
        .isEqualTo("zerowidth and bell");
  }

  @Test
  void cuts_trailing_spaces_from_every_line_but_keeps_indentation() {
    assertThat(filter.apply(" GENDER REPORT 2009 \n \n  - nested item  ")).isEqualTo(" GENDER REPORT 2009\n\n  - nested item");
  }

  @Test
  void spells_out_ligatures() {
    assertThat(filter.apply("ﬁnancial ﬂows, eﬀective")).isEqualTo("financial flows, effective");
  }

  @Test
  void keeps_a_soft_hyphen_only_at_a_line_end() {
    assertThat(filter.apply("partici\u00AD\npants and co\u00ADoperation"))
        .isEqualTo("partici\u00AD\npants and cooperation");
  }

  @Test
  void removes_stray_surrogates_and_keeps_pairs() {
    assertThat(filter.apply("a\uD800b \uD83D\uDE00 c\uDC00")).isEqualTo("ab \uD83D\uDE00 c");
  }

  @Test
  void writes_unicode_hyphens_as_plain_hyphens() {
    assertThat(filter.apply("non\u2011voting and co\u2010operation")).isEqualTo("non-voting and co-operation");
  }
}
