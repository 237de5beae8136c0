package org.councilsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.councilsearch.support.JarProcess;
import org.councilsearch.support.RecombinedPapers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Users keep searching over HTTP while another process rebuilds the served index from scratch:
 * every answer is a 200 with hits, and the server ends up serving the rebuilt index.
 */
class SearchOverHttpDuringReindexIT {
  private static final int CLIENTS = 8;
  private static final int FIRST_PAPERS = 10;
  private static final int ADDED_PAPERS = 5;
  private static final Duration HANG = Duration.ofMinutes(2);

  /** Queries that match in the old and the new index alike: the bundled papers stay in the corpus. */
  private static final List<String> QUERIES =
      List.of("female genital mutilation 2009", "IPU", "trafficking", "collaborations with UN-Women", "\"white ribbon\"");

  @TempDir Path tmp;

  @Test
  void searches_over_http_during_a_full_reindex_all_answer_with_hits() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path f : files.toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    RecombinedPapers recombined = RecombinedPapers.from(Path.of("corpus"), new Random(23));
    recombined.write(corpus, 0, FIRST_PAPERS);

    try (WebClient web = WebClient.serve(corpus, tmp.resolve("index"), null)) {
      String indexedBefore = web.get("/api/health").json().get("indexedAt").asText();
      recombined.write(corpus, FIRST_PAPERS, ADDED_PAPERS);
      AtomicBoolean reindexing = new AtomicBoolean(true);
      AtomicInteger searches = new AtomicInteger();
      Queue<String> problems = new ConcurrentLinkedQueue<>();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      try {
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
          int client = c;
          running.add(
              clients.submit(
                  () -> {
                    int turn = client;
                    while (reindexing.get()) {
                      String query = QUERIES.get(turn++ % QUERIES.size());
                      try {
                        WebClient.Reply reply = web.get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
                        if (reply.status() != 200) {
                          problems.add(query + ": HTTP " + reply.status() + " " + reply.body());
                        } else if (reply.json().get("total").asInt() == 0) {
                          problems.add(query + ": no hits");
                        }
                      } catch (Exception e) { // any failure a user would see counts, whatever its type
                        problems.add(query + ": " + e);
                      }
                      searches.incrementAndGet();
                    }
                    return null;
                  }));
        }
        JarProcess.Result full =
            JarProcess.run(tmp, "full", HANG, "index", "--corpus", "corpus", "--index", "index", "--full");
        // Long enough for the server to notice the new commit and answer from it.
        Thread.sleep(1500);
        reindexing.set(false);
        for (Future<?> f : running) {
          f.get();
        }
        assertThat(full.exitCode()).as(full.err()).isZero();
      } finally {
        clients.shutdownNow();
      }

      System.out.printf(Locale.ROOT, "%d searches over HTTP during a full reindex, %d problems%n", searches.get(), problems.size());
      assertThat(problems).isEmpty();
      assertThat(searches.get()).isGreaterThan(100);
      var health = web.get("/api/health").json();
      assertThat(health.get("indexedAt").asText()).as("the rebuilt index is served").isNotEqualTo(indexedBefore);
      assertThat(health.get("documents").asInt()).isEqualTo(5 + FIRST_PAPERS + ADDED_PAPERS);
    }
  }
}
