package org.councilsearch.nlp.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.councilsearch.ingest.structure.LineRole;
import org.councilsearch.ingest.structure.PrintedLine;
import org.junit.jupiter.api.Test;

class RoleVariantsTest {
  private static final LabelledPaper PAPER =
      LabelledPaper.parse(
          "river-board-2015",
          "River Board paper",
          "en",
          """
          masthead\tINTERNATIONAL RIVER BOARD
          symbol\tIRB/EX/7/2
          distribution\tOriginal: English
          session\tSeventh meeting

          title\tWater quality at the gauges of the upper river

          para-start\t1. Readings were taken at nine gauges during the spring and all of them were kept.
          para-cont\tAll were within the agreed limits set by the Board in its last meeting.

          para-start\t2. The Board may wish to note the readings and to ask for the next ones in autumn.
          """);

  @Test
  void a_run_on_copy_is_cut_back_into_lines_that_keep_their_roles() {
    RoleExample runOn = RoleVariants.runOn(PAPER);
    List<String> texts = runOn.printed().stream().filter(l -> !l.isBlank()).map(PrintedLine::text).toList();
    assertThat(texts).contains("IRB/EX/7/2");
    assertThat(runOn.printed()).allMatch(PrintedLine::runOn);
    List<LineRole> roles = runOn.roles();
    assertThat(roles.get(texts.indexOf("IRB/EX/7/2"))).isEqualTo(LineRole.SYMBOL);
    assertThat(texts).as("a paragraph's lines are one line of the copy").contains(
        "1. Readings were taken at nine gauges during the spring and all of them were kept. All were within the agreed limits set by the Board in its last meeting.");
    int second = indexStarting(texts, "2. The Board");
    assertThat(second).isPositive();
    assertThat(roles.get(second)).isEqualTo(LineRole.PARA_START);
  }

  @Test
  void running_heads_are_furniture_on_every_page_after_the_first() {
    LabelledPaper withHeads = RoleVariants.withRunningHeads(PAPER);
    List<LabelledPaper.Row> heads = new ArrayList<>();
    for (LabelledPaper.Row row : withHeads.rows()) {
      if (row.role() == LineRole.FURNITURE) {
        heads.add(row);
      }
    }
    assertThat(PAPER.rows().size()).isLessThan(RoleVariants.LINES_PER_PAGE);
    assertThat(heads).isEmpty();
    LabelledPaper twoPages = LabelledPaper.parse("p", "f", "en", PAPER.rows().stream().map(r -> r.role() == null ? r.text() : r.role().label() + "\t" + r.text()).reduce("", (a, b) -> a + b + "\n") + "\f\npara-cont\tMore text.\n");
    assertThat(RoleVariants.withRunningHeads(twoPages).rows()).anyMatch(r -> r.role() == LineRole.FURNITURE && r.text().startsWith("IRB/EX/7/2"));
  }

  @Test
  void every_copy_keeps_one_role_per_line_and_is_the_same_each_time() {
    List<RoleExample> first = RoleVariants.of(PAPER);
    assertThat(first).as("as labelled, run on and cut by the rules, with running heads, with OCR noise, in two columns").hasSize(5);
    assertThat(RoleVariants.of(PAPER)).isEqualTo(first);
    assertThat(RoleVariants.runOn(PAPER)).isEqualTo(RoleVariants.runOn(PAPER));
  }

  private static int indexStarting(List<String> texts, String start) {
    for (int i = 0; i < texts.size(); i++) {
      if (texts.get(i).startsWith(start)) {
        return i;
      }
    }
    return -1;
  }
}
