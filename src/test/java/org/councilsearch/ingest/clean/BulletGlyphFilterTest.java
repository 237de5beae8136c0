package org.councilsearch.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BulletGlyphFilterTest {
  private final BulletGlyphFilter filter = new BulletGlyphFilter();

  @Test
  void marks_every_bullet_glyph_the_same_way() {
    assertThat(filter.apply("• one\n▪ two\n\uF0B7 three\n➢ four")).isEqualTo("• one\n• two\n• three\n• four");
  }

  @Test
  void a_glyph_alone_on_a_line_stays_a_lone_bullet() {
    assertThat(filter.apply("in May to:\n½\n½\n\nfirst;\nsecond;")).isEqualTo("in May to:\n•\n•\n\nfirst;\nsecond;");
  }

  @Test
  void o_and_dashes_are_bullets_only_where_an_item_can_start() {
    String text = "the following:\n\no The distribution of ribbons\n\no A course\n- Dash item\n* Star item";
    assertThat(filter.apply(text))
        .isEqualTo("the following:\n\n• The distribution of ribbons\n\n• A course\n• Dash item\n• Star item");
  }

  @Test
  void a_dash_that_continues_a_wrapped_sentence_is_not_a_bullet() {
    String text = "more training events on gender\n– perhaps on an inter-agency basis";
    assertThat(filter.apply(text)).isEqualTo(text);
  }

  @Test
  void keeps_the_indentation_of_nested_markdown_items() {
    assertThat(filter.apply("- Outer item:\n  - Inner item")).isEqualTo("• Outer item:\n  • Inner item");
  }

  @Test
  void leaves_markdown_rules_and_bold_alone() {
    String text = "---\n* * *\n**Bold line**\n½ of the staff";
    assertThat(filter.apply(text)).isEqualTo("---\n* * *\n**Bold line**\n• of the staff");
  }
}
