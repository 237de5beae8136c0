package org.councilsearch.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.councilsearch.app.IndexJob;
import org.councilsearch.app.IndexUpdater;
import org.councilsearch.app.Services;
import org.councilsearch.index.IndexProgress;
import org.councilsearch.index.VectorProgress;
import org.councilsearch.model.IndexReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index the server searches. It looks for a newer commit every {@code refreshEvery}, so a
 * reindex by another process is picked up without a restart, and it runs reindex requests on one
 * background thread, one at a time, while searches go on against the previous commit. Thread-safe.
 */
public final class ServedIndex implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ServedIndex.class);

  private final Services.Searching searching;
  private final IndexUpdater updater;
  private final IndexJob reindex;
  private final Clock clock;
  private final ScheduledExecutorService refresher;
  private final ExecutorService reindexer;
  private final AtomicBoolean reindexing = new AtomicBoolean();
  private volatile Health.LastReindex last;
  private final boolean withVectors;
  private volatile Health.Vectors vectors;
  private final AtomicBoolean stopVectors = new AtomicBoolean();
  private final AtomicBoolean vectorsQueued = new AtomicBoolean();

  /**
   * @param searching the open index, which this object closes
   * @param updater runs reindex requests
   * @param reindex what a reindex request does (normally an incremental run over the corpus)
   * @param refreshEvery how often to look for a newer commit
   */
  public ServedIndex(
      Services.Searching searching,
      IndexUpdater updater,
      IndexJob reindex,
      Clock clock,
      Duration refreshEvery) {
    this(searching, updater, reindex, clock, refreshEvery, false);
  }

  /**
   * @param withVectors run the vector pass in the background now and after each reindex, so that
   *     passages become findable by meaning
   */
  public ServedIndex(
      Services.Searching searching,
      IndexUpdater updater,
      IndexJob reindex,
      Clock clock,
      Duration refreshEvery,
      boolean withVectors) {
    this.withVectors = withVectors;
    this.vectors = this.withVectors ? new Health.Vectors("waiting", 0, 0, null) : Health.Vectors.OFF;
    this.searching = searching;
    this.updater = updater;
    this.reindex = reindex;
    this.clock = clock;
    this.refresher = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "index-refresher"));
    this.reindexer = Executors.newSingleThreadExecutor(r -> daemon(r, "reindexer"));
    long millis = refreshEvery.toMillis();
    refresher.scheduleWithFixedDelay(this::refresh, millis, millis, TimeUnit.MILLISECONDS);
    queueVectors();
  }

  /** The searches, papers, entities and collaborations of the current commit. */
  public Services.Searching searching() {
    return searching;
  }

  /**
   * Starts an incremental reindex in the background.
   *
   * @return false when one is already running
   */
  public boolean startReindex() {
    if (!reindexing.compareAndSet(false, true)) {
      return false;
    }
    // A running vector pass commits what it has and makes way; it starts again after the reindex.
    stopVectors.set(true);
    try {
      reindexer.execute(this::runReindex);
    } catch (RuntimeException e) {
      reindexing.set(false);
      throw e;
    }
    return true;
  }

  /** What the server is serving now. */
  public Health health() {
    boolean running = reindexing.get();
    return new Health(
        running ? "reindexing" : "ready",
        searching.catalog().paperCount(),
        searching.catalog().passageCount(),
        searching.index().indexedAt(),
        running,
        last,
        vectors);
  }

  /** Queues a vector pass behind whatever the background thread is doing, unless one is queued. */
  private void queueVectors() {
    if (withVectors && vectorsQueued.compareAndSet(false, true)) {
      reindexer.execute(this::runVectors);
    }
  }

  private void runVectors() {
    vectorsQueued.set(false);
    stopVectors.set(false);
    long[] counts = new long[2];
    vectors = new Health.Vectors("embedding", 0, 0, null);
    try {
      updater.addVectors(
          reindex.index(),
          new VectorProgress() {
            @Override
            public void started(long passages, int papers) {
              counts[1] = passages;
              vectors = new Health.Vectors("embedding", 0, passages, null);
            }

            @Override
            public void advanced(int passages, int embedded) {
              counts[0] += passages;
              vectors = new Health.Vectors("embedding", counts[0], counts[1], null);
            }
          },
          stopVectors::get);
      refresh();
      vectors = new Health.Vectors(counts[0] >= counts[1] ? "complete" : "waiting", counts[0], counts[1], null);
    } catch (RuntimeException | IOException e) {
      LOG.warn("adding vectors failed: {}", e.getMessage());
      vectors = new Health.Vectors("failed", counts[0], counts[1], e.getMessage());
    }
  }

  private void runReindex() {
    Instant started = clock.instant();
    try {
      IndexReport report = updater.update(reindex, withVectors, IndexProgress.NONE);
      refresh();
      last = Health.LastReindex.done(started, clock.instant(), report);
      queueVectors();
    } catch (RuntimeException | IOException e) {
      LOG.warn("reindex failed: {}", e.getMessage());
      last = Health.LastReindex.failed(started, clock.instant(), e.getMessage());
    } finally {
      reindexing.set(false);
    }
  }

  private void refresh() {
    try {
      searching.index().refresh();
    } catch (IOException | RuntimeException e) {
      // The current commit keeps serving; the next tick tries again.
      LOG.warn("could not switch to the newest index commit: {}", e.getMessage());
    }
  }

  @Override
  public void close() throws IOException {
    refresher.shutdownNow();
    reindexer.shutdownNow();
    try {
      reindexer.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    searching.close();
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
