package org.councilsearch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.councilsearch.app.Services;
import org.councilsearch.model.SolrLocation;
import org.councilsearch.support.SolrCloud;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs {@code bench solr-indexing} against the test SolrCloud, for a figure on this machine's
 * loopback without a Solr installation; only when asked, with {@code -Dbench.archive=DIR} (an
 * archive from {@code generate}) and optionally {@code -Dbench.papers=N}. Prints the figures and
 * writes target/bench/solr-indexing.json. It checks only that both stores got the same passages;
 * speed is printed, never asserted.
 *
 * <p>Named without the IT suffix, so that {@code mvn verify} never finds it (and never reports
 * it skipped): it runs only when named with {@code -Dit.test}.
 */
@Tag("solrcloud")
@ExtendWith(SolrCloud.Shared.class)
@EnabledIfSystemProperty(named = "bench.archive", matches = ".+")
class SolrIndexingBenchRun {
  @Test
  void indexing_into_solrcloud_against_the_embedded_index(SolrCloud cloud) throws Exception {
    Path archive = Path.of(System.getProperty("bench.archive"));
    int papers = Integer.getInteger("bench.papers", 200);
    String alias = "bench_indexing";
    Services services = new Services(Clock.systemUTC(), Runtime.getRuntime().availableProcessors());
    try {
      SolrIndexingFigures figures =
          new SolrIndexingBench(services, System.out::println)
              .run(archive, papers, new SolrLocation(cloud.urls(), alias), SolrCloud.SHARDS,
                  SolrCloud.REPLICAS, Path.of("target/bench-work/solr-indexing"));
      SolrIndexingBench.text(figures).forEach(System.out::println);
      System.out.println("written: " + new FiguresFile(Path.of("target/bench")).write("solr-indexing", figures));
      for (int i = 0; i + 1 < figures.runs().size(); i += 2) {
        assertThat(figures.runs().get(i + 1).passages()).isEqualTo(figures.runs().get(i).passages());
      }
    } finally {
      cloud.delete(alias);
    }
  }
}
