package org.councilsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.SolrDocument;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.index.Schema;
import org.councilsearch.backend.solr.SolrSchema;
import org.councilsearch.support.JarProcess;
import org.councilsearch.support.SolrCloud;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code index --solr} against a real 3-node SolrCloud, the bundled corpus in a collection of 2
 * shards × 2 replicas: the same papers and passages as the embedded index, incremental runs,
 * the alias switch of a rebuild, a node stopped during a run, and the one-line errors.
 */
@Tag("solrcloud")
@ExtendWith(SolrCloud.Shared.class)
class SolrIndexingIT {
  @TempDir static Path shared;
  static Path embedded;

  @TempDir Path tmp;
  Path corpus;

  @BeforeAll
  static void indexTheCorpusEmbedded() {
    embedded = shared.resolve("index");
    CliRun run = CliRun.of("index", "--corpus", "corpus", "--index", embedded.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @BeforeEach
  void copyTheCorpus() throws Exception {
    corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path f : files.toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
  }

  private CliRun index(SolrCloud cloud, String collection, String... extra) {
    String[] args =
        Stream.concat(
                // By words alone: search by meaning on a collection is SolrSearchCommandIT's.
                Stream.of("index", "--corpus", corpus.toString(), "--solr", cloud.solrOption(),
                    "--collection", collection, "--no-vectors"),
                Stream.of(extra))
            .toArray(String[]::new);
    return CliRun.of(args);
  }

  @Test
  void the_corpus_in_a_collection_holds_the_embedded_index_passages_and_papers(SolrCloud cloud)
      throws Exception {
    String alias = "same_as_embedded";
    try {
      CliRun run = index(cloud, alias, "--full");
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).contains("5 added");

      assertThat(ids(cloud, alias, "passage")).isEqualTo(embeddedIds("passage"));
      assertThat(ids(cloud, alias, "paper")).isEqualTo(embeddedIds("paper"));
      String collection = behind(cloud, alias);
      assertThat(collection).startsWith(alias + "_");
      var state = cloud.client().getClusterStateProvider().getCollection(collection);
      assertThat(state.getSlices()).hasSize(SolrCloud.SHARDS);
      state.getSlices().forEach(s -> assertThat(s.getReplicas()).hasSize(SolrCloud.REPLICAS));
      // Every paper's passages live on one shard, beside the paper.
      for (var slice : state.getSlices()) {
        try (var core = new org.apache.solr.client.solrj.impl.Http2SolrClient.Builder(
            slice.getLeader().getBaseUrl()).build()) {
          SolrQuery local = new SolrQuery("*:*").setRows(10_000).setFields(Schema.PAPER);
          local.set("distrib", false);
          Set<String> papers = new HashSet<>();
          for (SolrDocument d : core.query(slice.getLeader().getCoreName(), local).getResults()) {
            papers.add((String) d.getFirstValue(Schema.PAPER));
          }
          for (String paper : papers) {
            assertThat(count(cloud, alias, Schema.PAPER + ":" + paper))
                .as("paper %s lives on one shard", paper)
                .isEqualTo(countOn(core, slice.getLeader().getCoreName(), Schema.PAPER + ":" + paper));
          }
        }
      }
    } finally {
      cloud.delete(alias);
    }
  }

  @Test
  void an_everyday_run_replaces_changed_papers_and_drops_removed_ones(SolrCloud cloud)
      throws Exception {
    String alias = "incremental";
    try {
      assertThat(index(cloud, alias, "--full").exitCode()).isZero();
      CliRun again = index(cloud, alias);
      assertThat(again.out()).contains("0 added, 0 updated, 0 removed, 5 unchanged");

      Path changed = corpus.resolve("001_cedc7a1f39cda02c.txt");
      String changedId = paperId(cloud, alias, changed.getFileName().toString());
      long before = count(cloud, alias, "type:passage AND paper:" + changedId);
      Files.writeString(changed, Files.readString(changed)
          + "\n\n36. A paragraph added in a revision about zebra crossings.\n");
      Path removed = corpus.resolve("003_c199febe08e1a6b0.txt");
      String removedId = paperId(cloud, alias, removed.getFileName().toString());
      Files.delete(removed);
      long others = count(cloud, alias, "type:passage AND -paper:" + changedId + " AND -paper:" + removedId);

      CliRun run = index(cloud, alias);
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).contains("0 added, 1 updated, 1 removed, 3 unchanged", "holds 4 papers");
      assertThat(count(cloud, alias, "type:passage AND paper:" + changedId)).isEqualTo(before + 1);
      assertThat(count(cloud, alias, "text_words:zebra")).isEqualTo(1);
      assertThat(count(cloud, alias, "paper:" + removedId)).isZero();
      assertThat(count(cloud, alias, "type:passage AND -paper:" + changedId)).isEqualTo(others);
    } finally {
      cloud.delete(alias);
    }
  }

  @Test
  void a_rebuild_switches_readers_from_the_whole_old_archive_to_the_whole_new_one(SolrCloud cloud)
      throws Exception {
    String alias = "rebuilt";
    try {
      assertThat(index(cloud, alias, "--full").exitCode()).isZero();
      String old = behind(cloud, alias);
      long oldPassages = count(cloud, alias, "type:passage");
      Files.delete(corpus.resolve("003_c199febe08e1a6b0.txt"));

      AtomicBoolean done = new AtomicBoolean();
      ConcurrentLinkedQueue<Object> seen = new ConcurrentLinkedQueue<>();
      CompletableFuture<Void> reader =
          CompletableFuture.runAsync(
              () -> {
                while (!done.get()) {
                  try {
                    seen.add(count(cloud, alias, "type:passage"));
                  } catch (Exception e) {
                    seen.add(e.toString());
                  }
                }
              });
      CliRun run = index(cloud, alias, "--full");
      done.set(true);
      reader.get();

      assertThat(run.exitCode()).as(run.err()).isZero();
      long newPassages = count(cloud, alias, "type:passage");
      assertThat(newPassages).isLessThan(oldPassages);
      assertThat(seen).isNotEmpty().allMatch(c -> c.equals(oldPassages) || c.equals(newPassages));
      assertThat(CollectionAdminRequest.listCollections(cloud.client())).doesNotContain(old);
      assertThat(behind(cloud, alias)).isNotEqualTo(old);
    } finally {
      cloud.delete(alias);
    }
  }

  @Test
  void a_node_stopped_during_a_run_costs_at_most_that_run(SolrCloud cloud) throws Exception {
    String alias = "node_down";
    try {
      assertThat(index(cloud, alias, "--full").exitCode()).isZero();
      try (Stream<Path> files = Files.list(corpus)) {
        for (Path f : files.toList()) {
          Files.writeString(f, Files.readString(f) + "\n\n90. A revision read during a restart.\n");
        }
      }
      CompletableFuture<CliRun> running = CompletableFuture.supplyAsync(() -> index(cloud, alias));
      Thread.sleep(1500);
      cloud.stopNode(1);
      CliRun during = running.get();
      cloud.startNode(1);
      cloud.awaitActive(behind(cloud, alias));

      assertThat(during.exitCode()).isIn(ExitCodes.OK, ExitCodes.SOLR_FAILED);
      if (during.exitCode() != ExitCodes.OK) {
        assertThat(during.err().strip().lines()).hasSize(1);
        assertThat(during.err()).startsWith("error: ").contains("running the same command again");
      }
      CliRun after = index(cloud, alias);
      assertThat(after.exitCode()).as(after.err()).isZero();
      assertThat(after.out()).contains("holds 5 papers");
      assertThat(count(cloud, alias, "type:passage")).isEqualTo(embeddedIds("passage").size() + 5);
      assertThat(count(cloud, alias, "text_words:restart")).isEqualTo(5);
    } finally {
      cloud.delete(alias);
    }
  }

  @Test
  void an_unusable_cluster_or_collection_is_one_line_saying_what_to_do(SolrCloud cloud)
      throws Exception {
    CliRun down =
        CliRun.of("index", "--corpus", corpus.toString(), "--solr", "http://127.0.0.1:9/solr");
    assertThat(down.exitCode()).isEqualTo(ExitCodes.SOLR_UNREACHABLE);
    assertThat(down.err().strip().lines()).hasSize(1);
    assertThat(down.err()).contains("no SolrCloud node answers at http://127.0.0.1:9/solr");

    CliRun missing = index(cloud, "never_built");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.COLLECTION_MISSING);
    assertThat(missing.err().strip().lines()).hasSize(1);
    assertThat(missing.err()).contains("--collection never_built --full");

    Path older = tmp.resolve("older-configset");
    new SolrSchema(new Schema()).write(older);
    Path schemaFile = older.resolve("managed-schema.xml");
    Files.writeString(schemaFile, Files.readString(schemaFile, StandardCharsets.UTF_8)
        .replace(SolrSchema.schemaName(), "council-search-v0"), StandardCharsets.UTF_8);
    cloud.uploadConfigSet(older, "council-search-v0");
    cloud.createCollection("from_v0", "council-search-v0");
    try {
      CliRun mismatch = index(cloud, "from_v0");
      assertThat(mismatch.exitCode()).isEqualTo(ExitCodes.SCHEMA_MISMATCH);
      assertThat(mismatch.err().strip().lines()).hasSize(1);
      assertThat(mismatch.err())
          .contains("schema version 0", "uses " + Schema.VERSION, "--collection from_v0 --full");
    } finally {
      cloud.delete("from_v0");
    }
  }

  @Test
  void an_operator_uploads_the_written_configset_and_the_jar_indexes_into_it(SolrCloud cloud)
      throws Exception {
    CliRun config = CliRun.of("solr-config", "--out", tmp.resolve("configset").toString());
    assertThat(config.exitCode()).as(config.err()).isZero();
    String configSet = new SolrSchema(new Schema()).configSetName();
    assertThat(config.out()).contains("Wrote configset " + configSet, "bin/solr zk upconfig");
    cloud.uploadConfigSet(tmp.resolve("configset"), "uploaded_by_hand");
    cloud.createCollection("by_hand", "uploaded_by_hand");
    try {
      // The shaded jar, with SolrJ's HTTP/2 client on the Jetty 11 that Javalin brings.
      JarProcess.Result run =
          JarProcess.run(tmp, "jar-index", Duration.ofMinutes(5), "index", "--corpus",
              corpus.toString(), "--solr", cloud.solrOption(), "--collection", "by_hand", "--no-vectors");
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).contains("5 added", "holds 5 papers");
      assertThat(ids(cloud, "by_hand", "passage")).isEqualTo(embeddedIds("passage"));

      // What a user sees of a cluster that is down: one line, no library's stack trace.
      JarProcess.Result down =
          JarProcess.run(tmp, "jar-down", Duration.ofMinutes(2), "index", "--corpus",
              corpus.toString(), "--solr", "http://127.0.0.1:9/solr");
      assertThat(down.exitCode()).isEqualTo(ExitCodes.SOLR_UNREACHABLE);
      assertThat(down.err().strip().lines()).hasSize(1);
      assertThat(down.err()).startsWith("error: no SolrCloud node answers");
    } finally {
      cloud.delete("by_hand");
    }
  }

  private static String behind(SolrCloud cloud, String alias) throws Exception {
    return new CollectionAdminRequest.ListAliases().process(cloud.client()).getAliases().get(alias);
  }

  private static long count(SolrCloud cloud, String collection, String query) throws Exception {
    return cloud.client().query(collection, new SolrQuery(query).setRows(0)).getResults().getNumFound();
  }

  private static long countOn(org.apache.solr.client.solrj.SolrClient core, String coreName,
      String query) throws Exception {
    SolrQuery q = new SolrQuery(query).setRows(0);
    q.set("distrib", false);
    return core.query(coreName, q).getResults().getNumFound();
  }

  private static String paperId(SolrCloud cloud, String collection, String source) throws Exception {
    SolrQuery q = new SolrQuery("type:paper AND source:\"" + source + "\"").setFields(Schema.ID);
    return (String) cloud.client().query(collection, q).getResults().get(0).getFirstValue(Schema.ID);
  }

  private static Set<String> ids(SolrCloud cloud, String collection, String type) throws Exception {
    SolrQuery q = new SolrQuery("type:" + type).setRows(100_000).setFields(Schema.ID);
    Set<String> ids = new HashSet<>();
    for (SolrDocument d : cloud.client().query(collection, q).getResults()) {
      ids.add((String) d.getFirstValue(Schema.ID));
    }
    return ids;
  }

  private static Set<String> embeddedIds(String type) throws Exception {
    Set<String> ids = new HashSet<>();
    try (var dir = FSDirectory.open(embedded);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      var searcher = new org.apache.lucene.search.IndexSearcher(reader);
      StoredFields stored = searcher.storedFields();
      var query = new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(Schema.TYPE, type));
      for (var sd : searcher.search(query, 100_000).scoreDocs) {
        ids.add(stored.document(sd.doc).get(Schema.ID));
      }
    }
    return ids;
  }
}
