package org.councilsearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.councilsearch.app.IndexConfig;
import org.councilsearch.app.IndexJob;
import org.councilsearch.app.IndexUpdater;
import org.councilsearch.app.Services;
import org.councilsearch.bench.BenchQuery;
import org.councilsearch.bench.QueryMix;
import org.councilsearch.eval.Judgments;
import org.councilsearch.index.IndexProgress;
import org.councilsearch.ingest.ExtractionLimits;
import org.councilsearch.model.EntityType;
import org.councilsearch.model.Paper;
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
 * corpus (built by {@code index --solr --full}) give the same answers: totals, facet counts,
 * readings, and the top ten passages with their scores, snippets and notes (see {@link
 * SolrEquivalence} for how ties are compared); papers, entity pages and collaborations read back
 * the same; and with one of the three nodes stopped, searches from several clients keep answering
 * in full from the replicas left.
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
            .into(new IndexConfig.SolrCloud(location, SolrCloud.SHARDS, SolrCloud.REPLICAS)),
        IndexProgress.NONE);
    embedded = services.open(new IndexConfig.Embedded(index));
    solr = services.open(new IndexConfig.SolrCloud(location));
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
    for (String set : List.of("dev", "own", "questions")) {
      try (InputStream in = getClass().getClassLoader().getResourceAsStream("eval/queries-" + set + ".json")) {
        Judgments.read(in).forEach(j -> queries.add(j.q()));
      }
    }
    assertThat(queries).hasSizeGreaterThan(100);
    for (String q : queries) {
      same(SearchRequest.of(q, 11));
    }
  }

  @Test
  void the_benchmark_mix_answers_the_same() {
    for (BenchQuery q : QueryMix.standard()) {
      SearchRequest r = q.request();
      same(r.page(11, 0));
    }
  }

  @Test
  void syntax_filters_paging_and_relaxed_queries_answer_the_same() {
    List<SearchRequest> requests =
        List.of(
            SearchRequest.of("\"Director General of IOM\"", 11), // a phrase with a stop word's gap
            SearchRequest.of("\"gender mainstreaming\"~3 OR traffick*", 11),
            SearchRequest.of("section:gender AND NOT year:2003", 11),
            SearchRequest.of("year:[2005 TO 2009] AND event:workshop", 11),
            SearchRequest.of("performance received from UN-Women", 11),
            SearchRequest.of("female genital mutilation whales", 11), // nothing has all: relaxed
            SearchRequest.of("trafficing victims", 11), // a misspelling, respelled
            SearchRequest.of("mainstreeming", 11),
            SearchRequest.of("events in Geneva", 11),
            new SearchRequest("training", null, null, null, null, "workshop", null, null, null, false, 11, 0),
            new SearchRequest("women", 2005, 2012, "UNICEF", null, null, null, null, null, false, 11, 0),
            new SearchRequest("gender", null, null, null, "meeting", null, null, null, null, false, 11, 0),
            new SearchRequest("migration", null, null, null, null, null, null, null, null, false, 11, 10),
            new SearchRequest("women", null, null, null, null, null, null, null, null, true, 11, 0));
    for (SearchRequest r : requests) {
      same(r);
    }
    // Fuzzy words are expanded on each shard with that shard's term statistics (Lucene's blended
    // rewrite runs per index), so they match the same passages but may score them a little
    // differently: the same total and facets, not the same order.
    SearchRequest fuzzy = SearchRequest.of("migrant~1 workers", 11);
    SolrEquivalence.assertSame(fuzzy.query(), embedded.search().search(fuzzy), solr.search().search(fuzzy), 0);
    String paper = embedded.catalog().papers().get(0).id();
    same(new SearchRequest("gender", null, null, null, null, null, null, paper, null, false, 11, 0));
  }

  @Test
  void papers_entities_and_collaborations_read_back_the_same() {
    for (Paper p : embedded.catalog().papers()) {
      assertThat(solr.catalog().content(p.id())).isEqualTo(embedded.catalog().content(p.id()));
      assertThat(solr.catalog().content(p.source())).isEqualTo(embedded.catalog().content(p.source()));
    }
    for (EntityType type : EntityType.values()) {
      assertThat(solr.entities().list(type)).as("%s listing", type).isEqualTo(embedded.entities().list(type));
    }
    for (String name : List.of("UN-Women", "UNICEF", "Geneva", "OSCE")) {
      assertThat(solr.entities().profile(name)).as("profile of %s", name).isEqualTo(embedded.entities().profile(name));
    }
    assertThat(solr.collaborations().find("UNICEF")).isEqualTo(embedded.collaborations().find("UNICEF"));
    assertThatThrownBy(() -> solr.catalog().content("no-such-paper")).isInstanceOf(PaperNotFoundException.class);
  }

  @Test
  void searches_keep_answering_while_a_node_is_down(SolrCloud cloud) throws Exception {
    List<SearchRequest> mix = new ArrayList<>();
    QueryMix.standard().forEach(q -> mix.add(q.request()));
    List<Long> totals = new ArrayList<>();
    for (SearchRequest r : mix) {
      totals.add(embedded.search().search(r).total());
    }
    int clients = 4;
    int rounds = 3;
    ExecutorService pool = Executors.newFixedThreadPool(clients, r -> new Thread(r, "solr-fault-client"));
    List<Future<List<String>>> running = new ArrayList<>();
    CountDownLatch started = new CountDownLatch(clients);
    try {
      for (int c = 0; c < clients; c++) {
        int first = c;
        running.add(
            pool.submit(
                () -> {
                  List<String> problems = new ArrayList<>();
                  started.countDown();
                  for (int i = 0; i < rounds * mix.size(); i++) {
                    int q = (first + i) % mix.size();
                    try {
                      long total = solr.search().search(mix.get(q)).total();
                      if (total != totals.get(q)) {
                        problems.add(mix.get(q).query() + ": " + total + " passages, not " + totals.get(q));
                      }
                    } catch (RuntimeException e) {
                      problems.add(mix.get(q).query() + ": " + e.getMessage());
                    }
                  }
                  return problems;
                }));
      }
      started.await();
      cloud.stopNode(1);
      List<String> problems = new ArrayList<>();
      for (Future<List<String>> f : running) {
        problems.addAll(f.get(5, TimeUnit.MINUTES));
      }
      // And with the node still down, every search of the mix answers in full.
      for (int q = 0; q < mix.size(); q++) {
        SolrEquivalence.assertSame(mix.get(q).query(), embedded.search().search(mix.get(q)), solr.search().search(mix.get(q)), 0);
      }
      assertThat(problems).isEmpty();
    } finally {
      pool.shutdownNow();
      cloud.startNode(1);
      cloud.awaitActive(collectionBehind(cloud));
    }
  }

  private static String collectionBehind(SolrCloud cloud) throws Exception {
    return new CollectionAdminRequest.ListAliases().process(cloud.client()).getAliases().get(COLLECTION);
  }

  private static void same(SearchRequest request) {
    SearchResult a = embedded.search().search(request);
    SearchResult b = solr.search().search(request);
    SolrEquivalence.assertSame(request.query(), a, b, 10);
  }
}
