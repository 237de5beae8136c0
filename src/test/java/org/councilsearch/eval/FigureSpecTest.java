package org.councilsearch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.councilsearch.eval.FigureSpec.Drift;
import org.junit.jupiter.api.Test;

class FigureSpecTest {
  private static final String SPEC =
      """
      # ranking, for the test
      set run  type | queries nDCG@10
      dev full all  | 15      0.962
      dev full year | 3       0.901
      own full all  | 57      0.930
      """;

  private static FigureSpec measured(String... rows) {
    FigureSpec m = FigureSpec.empty(List.of("set", "run", "type"), List.of("queries", "nDCG@10"));
    for (String row : rows) {
      String[] w = row.split(" ");
      m = m.plus(List.of(w[0], w[1], w[2]), List.of(w[3], w[4]));
    }
    return m;
  }

  @Test
  void the_text_form_reads_back_as_written() {
    FigureSpec spec = FigureSpec.parse(SPEC);
    assertThat(spec.rows()).hasSize(3);
    assertThat(spec.rows().get(1).label()).isEqualTo("dev full year");
    assertThat(FigureSpec.parse(spec.format())).isEqualTo(spec);
    assertThat(spec.format()).startsWith("# ranking, for the test\nset run  type | queries nDCG@10\n");
  }

  @Test
  void figures_within_the_tolerance_either_way_match() {
    FigureSpec spec = FigureSpec.parse(SPEC);
    assertThat(spec.drift(measured("dev full all 15 0.964", "dev full year 3 0.899"), 2)).isEmpty();
  }

  @Test
  void a_figure_that_improved_fails_as_surely_as_one_that_fell() {
    FigureSpec spec = FigureSpec.parse(SPEC);
    List<Drift> drift = spec.drift(measured("dev full all 15 0.965", "dev full year 3 0.898"), 2);
    assertThat(drift).extracting(Drift::describe)
        .containsExactly("dev full all nDCG@10: spec 0.962, measured 0.965", "dev full year nDCG@10: spec 0.901, measured 0.898");
  }

  @Test
  void counts_must_match_exactly() {
    FigureSpec spec = FigureSpec.parse(SPEC);
    assertThat(spec.drift(measured("dev full all 16 0.962", "dev full year 3 0.901"), 2)).extracting(Drift::describe)
        .containsExactly("dev full all queries: spec 15, measured 16");
  }

  @Test
  void a_row_on_one_side_only_fails_but_other_scopes_are_not_checked() {
    FigureSpec spec = FigureSpec.parse(SPEC);
    List<Drift> drift = spec.drift(measured("dev full all 15 0.962", "dev full place 2 0.800"), 2);
    assertThat(drift).extracting(Drift::describe)
        .containsExactly("dev full year: in the spec but not measured", "dev full place: measured but not in the spec");
  }

  @Test
  void other_columns_fail_as_a_whole() {
    FigureSpec spec = FigureSpec.parse(SPEC);
    FigureSpec other = FigureSpec.empty(List.of("set", "run", "type"), List.of("queries", "MAP"));
    assertThat(spec.drift(other, 2)).hasSize(1);
  }

  @Test
  void an_update_replaces_the_measured_scope_in_place_and_keeps_the_rest() {
    FigureSpec spec = FigureSpec.parse(SPEC);
    FigureSpec updated = spec.update(measured("dev full all 15 0.970", "dev full place 2 0.800", "fr full all 10 0.700"), 2);
    assertThat(updated.comments()).containsExactly("# ranking, for the test");
    assertThat(updated.rows()).extracting(r -> r.label() + " " + String.join(" ", r.figures()))
        .containsExactly("dev full all 15 0.970", "dev full place 2 0.800", "own full all 57 0.930", "fr full all 10 0.700");
  }

  @Test
  void a_malformed_line_is_named() {
    assertThatThrownBy(() -> FigureSpec.parse("a b | c\nx y z | 1\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> FigureSpec.parse("# only a comment\n")).hasMessageContaining("no header");
  }
}
