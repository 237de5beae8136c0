package org.councilsearch.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PassageFiltersTest {
  @Test
  void joins_soft_line_wraps_with_one_space() {
    assertThat(new SoftWrapJoiner().apply("In Geneva, on 6 February 2009, GIC marked the sixth \nInternational Day\n\n  of Zero"))
        .isEqualTo("In Geneva, on 6 February 2009, GIC marked the sixth International Day of Zero");
  }

  @Test
  void removes_footnote_numbers_glued_to_a_sentence_end() {
    FootnoteMarkerFilter filter = new FootnoteMarkerFilter();
    assertThat(filter.apply("States, migrants and staff.1 Next")).isEqualTo("States, migrants and staff. Next");
    assertThat(filter.apply("version 2.1 of Chapter VIII.6 at 10.30 a.m.")).isEqualTo("version 2.1 of Chapter VIII.6 at 10.30 a.m.");
  }

  @Test
  void removes_stray_bullet_glyphs() {
    StrayGlyphFilter filter = new StrayGlyphFilter();
    assertThat(filter.apply("one • two \uF0B7 three ½ four")).isEqualTo("one   two   three   four");
    assertThat(filter.apply("1½ days")).isEqualTo("1½ days");
  }

  @Test
  void repairs_spacing_around_punctuation() {
    PunctuationSpacingFilter filter = new PunctuationSpacingFilter();
    assertThat(filter.apply("IOM’ s policy")).isEqualTo("IOM’s policy");
    assertThat(filter.apply("“ Temporary Labour Migration of Women” , published")).isEqualTo("“Temporary Labour Migration of Women”, published");
  }

  @Test
  void collapses_whitespace_and_trims() {
    assertThat(new WhitespaceCollapser().apply("  one \t two\n\nthree  ")).isEqualTo("one two three");
  }

  @Test
  void the_passage_pipeline_makes_one_clean_line() {
    String passage = "**Results:** the *WGGI*\nfunding  was • spent.<sup>2</sup>";
    assertThat(CleanupPipeline.forPassages().apply(passage)).isEqualTo("Results: the WGGI funding was spent.");
  }

  @Test
  void the_document_pipeline_keeps_line_structure_for_the_segmenter() {
    String text = "### I. INTRODUCTION\r\n\r\n1. The partici-\r\npants met.\u00A0\r\n\r\no An item\r\n";
    assertThat(CleanupPipeline.forDocuments().apply(text))
        .isEqualTo("### I. INTRODUCTION\n\n1. The participants met.\n\n• An item\n");
  }

  @Test
  void pipelines_accept_null_and_empty_text() {
    assertThat(CleanupPipeline.forDocuments().apply(null)).isEmpty();
    assertThat(CleanupPipeline.forPassages().apply("")).isEmpty();
    assertThat(CleanupPipeline.of().apply("unchanged")).isEqualTo("unchanged");
  }
}
