package org.councilsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.councilsearch.app.IndexConfig;
import org.councilsearch.app.Services;
import org.councilsearch.search.SearchRequest;
import org.councilsearch.support.JarProcess;
import org.councilsearch.support.RecombinedPapers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the indexer with SIGKILL at random points of a full reindex, again and again, and checks
 * after each kill what a user would: the index still opens, still answers, and still holds the last
 * complete state; then one run left alone finishes the work.
 */
class KillDuringReindexIT {
  private static final int FIRST_PAPERS = 15;
  private static final int ADDED_PER_RUN = 2;
  private static final int KILLS = 6;
  private static final Duration HANG = Duration.ofMinutes(2);

  @TempDir Path tmp;

  private final Services services = new Services(Clock.systemUTC(), 1);

  @Test
  void a_killed_reindex_leaves_the_last_complete_index_and_the_next_run_finishes() throws Exception {
    long seed = Long.getLong("tests.seed", System.nanoTime());
    System.out.println("KillDuringReindexIT seed: " + seed + " (rerun with -Dtests.seed=" + seed + ")");
    Random random = new Random(seed);
    Path corpus = tmp.resolve("corpus");
    copyBundledCorpus(corpus);
    RecombinedPapers recombined = RecombinedPapers.from(Path.of("corpus"), random);
    recombined.write(corpus, 0, FIRST_PAPERS);
    int before = 5 + FIRST_PAPERS;

    long start = System.nanoTime();
    JarProcess.Result first = JarProcess.run(tmp, "first", HANG, index("--full"));
    Duration firstRun = Duration.ofNanos(System.nanoTime() - start);
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(papersIn(tmp.resolve("index"))).isEqualTo(before);

    // Each killed run has more papers to index than the last complete state holds, so that the
    // two states can be told apart after every kill, even when a kill comes after a commit.
    int complete = before;
    int written = FIRST_PAPERS;
    int killedMidRun = 0;
    int killedWhileReading = 0;
    for (int i = 0; i < KILLS; i++) {
      recombined.write(corpus, written, ADDED_PER_RUN);
      written += ADDED_PER_RUN;
      int target = 5 + written;
      // Kill i lands at a random point of the i-th slice of a run, so that the kills cover the
      // whole of it: start-up, reading and tagging, and the commit at the end.
      long slice = firstRun.toMillis() / KILLS;
      long delay = slice * i + (long) (random.nextDouble() * slice);
      JarProcess run = JarProcess.start(tmp, "killed-" + i, index("--full"));
      Thread.sleep(delay);
      boolean killed = run.kill();
      if (run.errorOutput().contains(" to read")) {
        killedWhileReading++;
      }

      assertThat(checkIndex(tmp.resolve("index"))).as("Lucene's CheckIndex after kill %d", i).isTrue();
      int papers = papersIn(tmp.resolve("index"));
      // A kill between the commit and the exit may leave the new state; never anything else.
      assertThat(papers).as("papers after kill %d at %d ms", i, delay).isIn(complete, target);
      if (killed && papers == complete) {
        killedMidRun++;
      }
      complete = papers;
    }
    System.out.printf(
        Locale.ROOT,
        "%d kills over %d ms: %d mid-run, %d of them after the files were listed%n",
        KILLS, firstRun.toMillis(), killedMidRun, killedWhileReading);
    assertThat(killedMidRun).as("kills that landed inside a run").isGreaterThanOrEqualTo(KILLS / 2);

    JarProcess.Result last = JarProcess.run(tmp, "last", HANG, index());
    assertThat(last.exitCode()).as(last.err()).isZero();
    assertThat(papersIn(tmp.resolve("index"))).isEqualTo(5 + FIRST_PAPERS + KILLS * ADDED_PER_RUN);
    assertThat(checkIndex(tmp.resolve("index"))).isTrue();
  }

  private static String[] index(String... extra) {
    return Stream.concat(Stream.of("index", "--corpus", "corpus", "--index", "index"), Stream.of(extra))
        .toArray(String[]::new);
  }

  /** Papers in the index as a searcher sees them, after checking that searching still answers. */
  private int papersIn(Path index) throws Exception {
    try (Services.Searching searching = services.open(new IndexConfig.Embedded(index))) {
      long total = searching.search().search(SearchRequest.of("female genital mutilation", 10)).total();
      assertThat(total).as("hits for a query that matches every state of the index").isPositive();
      return searching.catalog().papers().size();
    }
  }

  /** Lucene's own consistency check; it also takes the write lock, so a stale lock would show. */
  private static boolean checkIndex(Path index) throws Exception {
    try (FSDirectory dir = FSDirectory.open(index);
        CheckIndex check = new CheckIndex(dir)) {
      check.setInfoStream(null);
      return check.checkIndex().clean;
    }
  }

  private static void copyBundledCorpus(Path corpus) throws Exception {
    Files.createDirectories(corpus);
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path f : files.toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
  }
}
