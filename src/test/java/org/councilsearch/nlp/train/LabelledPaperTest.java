package org.councilsearch.nlp.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.councilsearch.ingest.structure.LineRole;
import org.councilsearch.ingest.structure.PrintedLine;
import org.junit.jupiter.api.Test;

class LabelledPaperTest {
  @Test
  void a_row_without_a_role_is_refused_naming_the_paper_and_the_line() {
    assertThatThrownBy(() -> LabelledPaper.parse("river-board-2015", "River Board paper", "en", "title\tA title\nno tab here\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("river-board-2015.roles line 2")
        .hasMessageContaining("role<TAB>text");
  }

  @Test
  void an_unknown_role_is_refused_with_the_roles_there_are() {
    assertThatThrownBy(() -> LabelledPaper.parse("river-board-2015", "River Board paper", "en", "headline\tA title\n"))
        .hasMessageContaining("river-board-2015.roles line 1")
        .hasMessageContaining("unknown line role \"headline\"")
        .hasMessageContaining("para-start");
  }

  @Test
  void the_text_is_the_text_column_and_page_breaks_start_pages() {
    LabelledPaper paper = LabelledPaper.parse("p", "f", "en", "symbol\tIRB/EX/7/2\n\ntitle\tWater\n\f\nfurniture\tPage 2\n");
    assertThat(paper.text()).isEqualTo("IRB/EX/7/2\n\nWater\n\f\nPage 2\n");
    RoleExample example = paper.example();
    assertThat(example.roles()).containsExactly(LineRole.SYMBOL, LineRole.TITLE, LineRole.FURNITURE);
    assertThat(example.printed().stream().filter(l -> !l.isBlank()).map(PrintedLine::page).toList()).containsExactly(0, 0, 1);
  }

  @Test
  void a_long_paragraph_line_is_cut_as_the_reader_cuts_it_and_goes_on_as_a_continuation() {
    String sentence = "The gauges were read every morning by the staff of the station on the river bank. ";
    LabelledPaper paper = LabelledPaper.parse("p", "f", "en", "para-start\t1. " + sentence.repeat(4) + "\n");
    List<LineRole> roles = paper.example().roles();
    assertThat(roles).hasSizeGreaterThan(1);
    assertThat(roles.get(0)).isEqualTo(LineRole.PARA_START);
    assertThat(roles.subList(1, roles.size())).containsOnly(LineRole.PARA_CONT);
  }
}
