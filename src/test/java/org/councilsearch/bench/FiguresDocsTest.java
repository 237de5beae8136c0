package org.councilsearch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.councilsearch.bench.PerformanceRecord.Figure;
import org.councilsearch.bench.PerformanceRecord.Kind;
import org.junit.jupiter.api.Test;

/** The figures pages of docs/ are what the specs and the benchmark record give, never typed. */
class FiguresDocsTest {
  @Test
  void the_committed_figures_pages_are_what_the_generator_writes() throws Exception {
    Map<Path, String> pages = new FiguresDocs(Path.of(".")).pages();
    assertThat(pages).containsOnlyKeys(Path.of("docs", "evaluation.md"), Path.of("docs", "performance.md"));
    pages.forEach((page, text) -> {
      try {
        assertThat(Files.readString(page, StandardCharsets.UTF_8))
            .as("%s differs from what the specs give; run `java -jar target/council-search-bench.jar docs` and commit it", page)
            .isEqualTo(text);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  @Test
  void the_evaluation_page_shows_every_spec_row() throws Exception {
    String page = new FiguresDocs(Path.of(".")).pages().get(Path.of("docs", "evaluation.md"));
    assertThat(page).contains("### own (").contains("| syntax |").contains("### held-out, en").contains("| heldout (");
  }

  @Test
  void only_a_measured_figure_that_is_no_cache_hit_meets_a_target() {
    assertThat(new Figure("p50", "3 ms", Kind.COLD, "p50 < 5 ms", true).verdict()).isEqualTo("p50 < 5 ms: **met**");
    assertThat(new Figure("p50", "0.1 ms", Kind.REPEATED, "p50 < 5 ms", true).verdict()).doesNotContain("met");
    assertThat(new Figure("10,000 papers", "9 min", Kind.EXTRAPOLATED, "< 10 min", true).verdict()).isEqualTo("< 10 min: met (extrapolated)");
    assertThat(new Figure("size", "12 MB", Kind.MEASURED, null, null).verdict()).isEmpty();
    assertThatThrownBy(() -> new Figure("p50", "3 ms", Kind.COLD, "p50 < 5 ms", null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(List.of(Kind.values())).extracting(Kind::label).contains("repeated search (cache hit)", "extrapolated");
  }
}
