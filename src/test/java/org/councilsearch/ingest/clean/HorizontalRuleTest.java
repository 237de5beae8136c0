package org.councilsearch.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HorizontalRuleTest {
  @Test
  void three_or_more_of_one_rule_glyph_make_a_rule_spaces_allowed() {
    assertThat(HorizontalRule.matches("---")).isTrue();
    assertThat(HorizontalRule.matches("  * * *  ")).isTrue();
    assertThat(HorizontalRule.matches("______")).isTrue();
    assertThat(HorizontalRule.matches("=====")).isTrue();
  }

  @Test
  void fewer_glyphs_mixed_glyphs_or_text_are_not_a_rule() {
    assertThat(HorizontalRule.matches("--")).isFalse();
    assertThat(HorizontalRule.matches("-*-")).isFalse();
    assertThat(HorizontalRule.matches("- item")).isFalse();
    assertThat(HorizontalRule.matches("*** bold ***")).isFalse();
  }
}
