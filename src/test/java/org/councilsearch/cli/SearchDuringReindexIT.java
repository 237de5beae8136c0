package org.councilsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.councilsearch.app.IndexConfig;
import org.councilsearch.app.Services;
import org.councilsearch.search.SearchRequest;
import org.councilsearch.support.JarProcess;
import org.councilsearch.support.RecombinedPapers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches an index over and over, switching to each new commit as a search server would, while
 * another process rebuilds that index from scratch: no search may fail or come back empty in
 * between, and the searches must end up on the rebuilt index.
 */
class SearchDuringReindexIT {
  private static final int SEARCH_THREADS = 2;
  private static final int FIRST_PAPERS = 10;
  private static final int ADDED_PAPERS = 5;

  /** Between a thread's searches, as between a user's; it leaves the reindex some of the CPU. */
  private static final long PAUSE_MILLIS = 10;

  private static final Duration HANG = Duration.ofMinutes(2);

  /** Queries that match every paper set of the test: the bundled papers stay in the corpus. */
  private static final List<String> QUERIES =
      List.of("female genital mutilation", "FGM 2011", "trafficking", "collaborations with UN-Women");

  @TempDir Path tmp;

  @Test
  void searches_during_a_full_reindex_never_fail_or_come_back_empty() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path f : files.toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    RecombinedPapers recombined = RecombinedPapers.from(Path.of("corpus"), new Random(11));
    recombined.write(corpus, 0, FIRST_PAPERS);
    JarProcess.Result first =
        JarProcess.run(tmp, "first", HANG, "index", "--corpus", "corpus", "--index", "index");
    assertThat(first.exitCode()).as(first.err()).isZero();
    recombined.write(corpus, FIRST_PAPERS, ADDED_PAPERS);

    Services services = new Services(Clock.systemUTC(), 1);
    try (Services.Searching searching = services.open(new IndexConfig.Embedded(tmp.resolve("index")))) {
      Instant before = searching.index().indexedAt();
      AtomicBoolean reindexing = new AtomicBoolean(true);
      AtomicInteger searches = new AtomicInteger();
      Queue<String> problems = new ConcurrentLinkedQueue<>();
      Set<Instant> commitsSeen = ConcurrentHashMap.newKeySet();
      AtomicInteger threads = new AtomicInteger();
      ExecutorService pool =
          Executors.newFixedThreadPool(
              SEARCH_THREADS, r -> new Thread(r, "searcher-" + threads.incrementAndGet()));
      try {
        Runnable searcher =
            () -> {
              int turn = 0;
              while (reindexing.get()) {
                String query = QUERIES.get(turn++ % QUERIES.size());
                try {
                  searching.index().refresh();
                  commitsSeen.add(searching.index().indexedAt());
                  long total = searching.search().search(SearchRequest.of(query, 10)).total();
                  if (total == 0) {
                    problems.add("no hits for \"" + query + "\"");
                  }
                } catch (Exception e) { // every failure a user would see counts, whatever its type
                  problems.add(query + ": " + e);
                }
                searches.incrementAndGet();
                pause();
              }
            };
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < SEARCH_THREADS; i++) {
          running.add(pool.submit(searcher));
        }

        JarProcess.Result full =
            JarProcess.run(tmp, "full", HANG, "index", "--corpus", "corpus", "--index", "index", "--full");
        // A few more rounds on the new commit, with the old one's files deleted under the readers.
        Thread.sleep(500);
        reindexing.set(false);
        for (Future<?> f : running) {
          f.get();
        }
        assertThat(full.exitCode()).as(full.err()).isZero();
      } finally {
        pool.shutdownNow();
      }

      System.out.printf(Locale.ROOT, "%d searches during a full reindex, %d problems%n", searches.get(), problems.size());
      assertThat(problems).isEmpty();
      assertThat(searches.get()).isGreaterThan(50);
      searching.index().refresh();
      assertThat(commitsSeen).as("searches switched to the rebuilt index").contains(before).hasSizeGreaterThan(1);
      assertThat(searching.catalog().papers()).hasSize(5 + FIRST_PAPERS + ADDED_PAPERS);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(PAUSE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
