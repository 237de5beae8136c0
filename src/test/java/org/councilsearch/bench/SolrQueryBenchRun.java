package org.councilsearch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.councilsearch.app.IndexConfig;
import org.councilsearch.app.IndexJob;
import org.councilsearch.app.IndexUpdater;
import org.councilsearch.app.Services;
import org.councilsearch.cli.BenchMain;
import org.councilsearch.index.IndexProgress;
import org.councilsearch.ingest.ExtractionLimits;
import org.councilsearch.model.SolrLocation;
import org.councilsearch.support.SolrCloud;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;

/**
 * Not a test: runs {@code bench solr}, the query mix on the embedded index and on the 3-node test
 * SolrCloud in one run, when asked with {@code -Dbench.solr=PAPERS} (0 for the bundled corpus,
 * else a generated archive of that many papers, seed 42). The cluster, the clients and the
 * embedded index share this JVM and the machine's cores, as a loopback cluster must.
 *
 * <pre>
 * mvn -B -o test-compile failsafe:integration-test@solr -Dit.test=SolrQueryBenchRun -Dbench.solr=300
 * </pre>
 *
 * The figures are printed and written to target/bench/solr.json.
 *
 * <p>Named without the IT suffix, so that {@code mvn verify} never finds it (and never reports
 * it skipped): it runs only when named with {@code -Dit.test}.
 */
@Tag("solrcloud")
@ExtendWith(SolrCloud.Shared.class)
@EnabledIfSystemProperty(named = "bench.solr", matches = "\\d+")
class SolrQueryBenchRun {
  private static final String COLLECTION = "bench";

  @Test
  void the_query_mix_on_both_backends(SolrCloud cloud) throws Exception {
    int papers = Integer.parseInt(System.getProperty("bench.solr"));
    Path work = Files.createTempDirectory("solr-bench");
    Services services = new Services(Clock.systemUTC(), 2);
    Path corpus = Path.of("corpus");
    if (papers > 0) {
      corpus = work.resolve("archive");
      run(services, "generate", "--papers", String.valueOf(papers), "--out", corpus.toString(), "--seed", "42");
    }
    Path index = work.resolve("index");
    IndexUpdater updater = new IndexUpdater(services);
    updater.update(new IndexJob(corpus, index, false, true, ExtractionLimits.DEFAULTS), IndexProgress.NONE);
    SolrLocation location = new SolrLocation(cloud.urls(), COLLECTION);
    updater.update(
        new IndexJob(corpus, index, true, true, ExtractionLimits.DEFAULTS)
            .into(new IndexConfig.SolrCloud(location, SolrCloud.SHARDS, SolrCloud.REPLICAS)),
        IndexProgress.NONE);
    String out =
        run(services, "bench", "solr", "--index", index.toString(), "--solr", cloud.solrOption(),
            "--collection", COLLECTION, "--clients", System.getProperty("bench.clients", "1,8,32"),
            "--rounds", System.getProperty("bench.rounds", "5"), "--warm-up", "2",
            "--cached-searches", System.getProperty("bench.cached", "1024"));
    System.out.println(out);
    assertThat(out).contains("SolrCloud / embedded");
    cloud.delete(COLLECTION);
  }

  private static String run(Services services, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = BenchMain.commandLine(services);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    assertThat(code).as(String.join(" ", args) + ": " + err).isZero();
    return out.toString();
  }
}
