package org.councilsearch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.councilsearch.search.SearchRequest;
import org.junit.jupiter.api.Test;

class QueryBenchTest {
  private static final List<BenchQuery> MIX =
      List.of(
          new BenchQuery("year", SearchRequest.of("training 2005", 10)),
          new BenchQuery("acronym", SearchRequest.of("FGM", 10)),
          new BenchQuery("phrase", SearchRequest.of("\"white ribbons\"", 10)));

  /** A target that counts calls and does a little work. */
  private static final class CountingTarget implements SearchTarget {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public String name() {
      return "counting";
    }

    @Override
    public int search(BenchQuery query) {
      calls.incrementAndGet();
      return query.request().query().hashCode() & 7;
    }
  }

  @Test
  void every_client_runs_every_round_and_warm_up_is_not_recorded() throws IOException {
    CountingTarget target = new CountingTarget();

    LatencyFigures figures = new QueryBench(MIX, 2, 5).measure(target, 4);

    assertThat(figures.queries()).isEqualTo(4 * 5 * 3);
    assertThat(target.calls.get()).isEqualTo(4 * 5 * 3 + 2 * 3);
    assertThat(figures.clients()).isEqualTo(4);
    assertThat(figures.p50Ms()).isLessThanOrEqualTo(figures.p95Ms());
    assertThat(figures.p95Ms()).isLessThanOrEqualTo(figures.p99Ms());
    assertThat(figures.p99Ms()).isLessThanOrEqualTo(figures.maxMs());
    assertThat(figures.p50MsByType()).containsOnlyKeys("year", "acronym", "phrase");
    assertThat(figures.queriesPerSecond()).isPositive();
  }

  @Test
  void compares_a_target_with_its_baseline_at_each_client_count() throws IOException {
    QueryFigures figures =
        new QueryBench(MIX, 0, 3).compare(new CountingTarget(), new CountingTarget(), List.of(1, 2), "idx", 5, "cold");

    assertThat(figures.full()).extracting(LatencyFigures::clients).containsExactly(1, 2);
    assertThat(figures.baseline()).extracting(LatencyFigures::clients).containsExactly(1, 2);
    assertThat(figures.p50OverBaseline()).isPositive();
  }

  @Test
  void the_growth_chart_draws_a_line_per_series() {
    GrowthFigures growth =
        new GrowthFigures(
            Machine.current(),
            "archive",
            List.of(
                new GrowthFigures.Row(1000, 50_000, 60, 100, 400, 3, 12, 200),
                new GrowthFigures.Row(3000, 150_000, 190, 300, 420, 5, 20, 150)));

    String svg = new GrowthChart().svg(growth);

    assertThat(svg).startsWith("<svg").endsWith("</svg>\n");
    assertThat(svg.split("<polyline", -1)).hasSize(1 + 5);
  }
}
