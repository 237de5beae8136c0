package org.councilsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.councilsearch.app.IndexJob;
import org.councilsearch.app.IndexUpdater;
import org.councilsearch.app.Services;
import org.councilsearch.bench.BenchQuery;
import org.councilsearch.bench.QueryMix;
import org.councilsearch.eval.Judgments;
import org.councilsearch.index.IndexProgress;
import org.councilsearch.ingest.ExtractionLimits;
import org.councilsearch.model.SearchResult;
import org.councilsearch.model.SolrLocation;
import org.councilsearch.support.SolrCloud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same searches on the embedded index and on a 2 × 2 SolrCloud collection of the bundled
 * corpus give the same answers: totals, facet counts, readings, and the top ten passages with
 * their scores and snippets (see {@link SolrEquivalence} for how ties are compared).
 */
@Tag("solrcloud")
@ExtendWith(SolrCloud.Shared.class)
class SolrSearchIT {
  private static final String COLLECTION = "equivalence";

  @TempDir static Path tmp;
  static Services services;
  static Services.Searching embedded;
  static Services.Searching solr;

  @BeforeAll
  static void indexTheCorpusBothWays(SolrCloud cloud) throws Exception {
    services = new Services(Clock.systemUTC(), 2);
    Path index = tmp.resolve("index");
    IndexUpdater updater = new IndexUpdater(services);
    IndexJob job = new IndexJob(Path.of("corpus"), index, false, true, ExtractionLimits.DEFAULTS);
    updater.update(job, IndexProgress.NONE);
    SolrLocation location = new SolrLocation(cloud.urls(), COLLECTION);
    // A rebuild, as index --solr URL --collection NAME --full makes it: 2 shards x 2 replicas.
    updater.update(
        new IndexJob(Path.of("corpus"), index, true, true, ExtractionLimits.DEFAULTS)
            .into(new IndexJob.SolrTarget(location, SolrCloud.SHARDS, SolrCloud.REPLICAS)),
        IndexProgress.NONE);
    embedded = services.open(index);
    solr = services.open(location);
  }

  @AfterAll
  static void close(SolrCloud cloud) throws Exception {
    if (solr != null) {
      solr.close();
    }
    if (embedded != null) {
      embedded.close();
    }
    cloud.delete(COLLECTION);
  }

  @Test
  void the_collection_holds_what_the_index_holds() {
    assertThat(solr.catalog().paperCount()).isEqualTo(embedded.catalog().paperCount());
    assertThat(solr.catalog().passageCount()).isEqualTo(embedded.catalog().passageCount());
    assertThat(solr.catalog().papers()).isEqualTo(embedded.catalog().papers());
  }

  @Test
  void judged_queries_answer_the_same() throws Exception {
    List<String> queries = new ArrayList<>();
    for (String set : List.of("dev", "own")) {
      try (InputStream in = getClass().getClassLoader().getResourceAsStream("eval/queries-" + set + ".json")) {
        Judgments.read(in).forEach(j -> queries.add(j.q()));
      }
    }
    assertThat(queries).hasSizeGreaterThan(40);
    for (String q : queries) {
      same(SearchRequest.of(q, 11));
    }
  }

  @Test
  void the_benchmark_mix_answers_the_same() {
    for (BenchQuery q : QueryMix.standard()) {
      SearchRequest r = q.request();
      same(new SearchRequest(r.query(), r.fromYear(), r.toYear(), r.organization(), r.event(), r.eventType(), r.place(), r.paper(), r.literal(), 11, 0));
    }
  }

  private static void same(SearchRequest request) {
    SearchResult a = embedded.search().search(request);
    SearchResult b = solr.search().search(request);
    SolrEquivalence.assertSame(request.query(), a, b, 10);
  }
}
