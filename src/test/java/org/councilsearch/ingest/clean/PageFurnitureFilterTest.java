package org.councilsearch.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageFurnitureFilterTest {
  private final PageFurnitureFilter filter = new PageFurnitureFilter();

  @Test
  void removes_page_number_lines() {
    String text = "first paragraph.\nPage 2\nsecond.\n- 3 -\nthird.\n– 4 –\nfourth.\nPage 5 of 9\nfifth.\n6/9\nsixth.";
    assertThat(filter.apply(text))
        .doesNotContain("Page")
        .doesNotContain("- 3 -")
        .doesNotContain("– 4 –")
        .doesNotContain("6/9")
        .contains("first paragraph.", "second.", "third.", "fourth.", "fifth.", "sixth.");
  }

  @Test
  void removes_a_lone_page_number_but_keeps_paragraph_numbers() {
    String text = "end of a sentence.\n\n7\n\n2.\nThroughout the year";
    assertThat(filter.apply(text)).isEqualTo("end of a sentence.\n\n\n\n2.\nThroughout the year");
  }

  @Test
  void keeps_a_lone_number_in_the_middle_of_a_wrapped_sentence() {
    String text = "The Network now comprises\n129\ngender focal points.";
    assertThat(filter.apply(text)).isEqualTo(text);
  }

  @Test
  void removes_a_repeated_document_symbol_header_after_the_first_page() {
    StringBuilder text = new StringBuilder("CRP/42\nGENDER REPORT\n\n1. First paragraph.\n");
    for (int page = 2; page <= 4; page++) {
      text.append("CRP/42\nPage ").append(page).append("\n").append(page).append(". Paragraph text.\n");
    }
    String cleaned = filter.apply(text.toString());
    assertThat(cleaned).startsWith("CRP/42\nGENDER REPORT");
    assertThat(cleaned.indexOf("CRP/42", 1)).isEqualTo(-1);
    assertThat(cleaned).contains("2. Paragraph text.", "3. Paragraph text.", "4. Paragraph text.");
  }

  @Test
  void removes_a_short_line_repeated_at_page_edges() {
    StringBuilder text = new StringBuilder("Title\n\nIntro text.\n");
    for (int page = 1; page <= 4; page++) {
      text.append("Paragraph on page ").append(page).append(" goes on and on.\n")
          .append("Council papers 2011\n").append(page).append("\n\f\n");
    }
    String cleaned = filter.apply(new LineEndingFilter().apply(text.toString()));
    assertThat(cleaned).doesNotContain("Council papers 2011").doesNotContain("\f");
    assertThat(cleaned).contains("Paragraph on page 4 goes on and on.");
  }

  @Test
  void keeps_a_repeated_line_that_is_content_rather_than_a_page_edge() {
    String item = "Project summary text that is long enough to be a paragraph.\nWGGI funding: USD 10,000\n\n";
    String text = "Annex\n\n" + item.repeat(4);
    assertThat(filter.apply(text)).isEqualTo(text);
  }
}
