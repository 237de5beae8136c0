package org.councilsearch.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.HdrHistogram.Histogram;

/**
 * Measures latency and throughput of a {@link SearchTarget} on a fixed query mix with a number of
 * concurrent clients (closed loop: each client sends its next query when the last is answered).
 * Latencies go into HdrHistograms (microseconds, 3 significant digits). Each measurement is
 * preceded by warm-up rounds that are not recorded, so the JIT and the index's caches are warm.
 * Thread-safe: every measurement uses its own threads and histograms.
 */
public final class QueryBench {
  /** The slowest latency recorded exactly: one minute, in microseconds. */
  private static final long HIGHEST_MICROS = 60_000_000L;

  private final List<BenchQuery> mix;
  private final int warmUpRounds;
  private final int rounds;

  /**
   * @param mix the queries, in order
   * @param warmUpRounds unrecorded passes over the mix before each measurement
   * @param rounds recorded passes over the mix per client
   */
  public QueryBench(List<BenchQuery> mix, int warmUpRounds, int rounds) {
    if (mix.isEmpty() || rounds < 1 || warmUpRounds < 0) {
      throw new IllegalArgumentException("a query bench needs queries and at least one round");
    }
    this.mix = List.copyOf(mix);
    this.warmUpRounds = warmUpRounds;
    this.rounds = rounds;
  }

  /** Runs both targets at every client count and compares them at one client. */
  public QueryFigures compare(
      SearchTarget full, SearchTarget baseline, List<Integer> clients, String index, int papers, String searches)
      throws IOException {
    HeapMeter heap = new HeapMeter();
    heap.reset();
    List<LatencyFigures> fullFigures = new ArrayList<>();
    List<LatencyFigures> baseFigures = new ArrayList<>();
    for (int c : clients) {
      fullFigures.add(measure(full, c));
      baseFigures.add(measure(baseline, c));
    }
    long peak = heap.peakMb();
    LatencyFigures f = fullFigures.get(0);
    LatencyFigures b = baseFigures.get(0);
    return new QueryFigures(
        Machine.current(), index, papers, mix, rounds, searches, fullFigures, baseFigures,
        f.p50Ms() / b.p50Ms(), f.p99Ms() / b.p99Ms(), peak);
  }

  /** Latency and throughput of {@code target} with {@code clients} concurrent clients. */
  public LatencyFigures measure(SearchTarget target, int clients) throws IOException {
    for (int r = 0; r < warmUpRounds; r++) {
      for (BenchQuery q : mix) {
        target.search(q);
      }
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(clients, r -> new Thread(r, "bench-client"));
    List<Future<Map<String, Histogram>>> running = new ArrayList<>();
    long cpuStart = Machine.threadsCpuNanos();
    long start = System.nanoTime();
    try {
      for (int c = 0; c < clients; c++) {
        int first = c * mix.size() / clients;
        running.add(pool.submit(() -> client(target, first)));
      }
      Map<String, Histogram> byType = new TreeMap<>();
      for (Future<Map<String, Histogram>> f : running) {
        f.get().forEach((type, h) -> byType.computeIfAbsent(type, t -> histogram()).add(h));
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      // Read before the pool shuts down: a finished thread's CPU time can no longer be read.
      double cpuMs = (Machine.threadsCpuNanos() - cpuStart) / 1e6;
      return figures(target.name(), clients, seconds, cpuMs, byType);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("the query bench was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException("a query failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** One client's rounds, starting at its own place in the mix so clients do not march in step. */
  private Map<String, Histogram> client(SearchTarget target, int first) throws IOException {
    Map<String, Histogram> byType = new HashMap<>();
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < mix.size(); i++) {
        BenchQuery q = mix.get((first + i) % mix.size());
        long start = System.nanoTime();
        target.search(q);
        long micros = Math.max(1, (System.nanoTime() - start) / 1_000);
        byType.computeIfAbsent(q.type(), t -> histogram()).recordValue(Math.min(micros, HIGHEST_MICROS));
      }
    }
    return byType;
  }

  private static LatencyFigures figures(
      String target, int clients, double seconds, double cpuMs, Map<String, Histogram> byType) {
    Histogram all = histogram();
    Map<String, Double> p50ByType = new TreeMap<>();
    byType.forEach(
        (type, h) -> {
          all.add(h);
          p50ByType.put(type, ms(h.getValueAtPercentile(50)));
        });
    long count = all.getTotalCount();
    return new LatencyFigures(
        target,
        clients,
        count,
        seconds,
        count / seconds,
        ms(all.getValueAtPercentile(50)),
        ms(all.getValueAtPercentile(95)),
        ms(all.getValueAtPercentile(99)),
        ms(all.getMaxValue()),
        all.getMean() / 1000.0,
        p50ByType,
        cpuMs / Math.max(1, count));
  }

  private static Histogram histogram() {
    return new Histogram(HIGHEST_MICROS, 3);
  }

  private static double ms(long micros) {
    return micros / 1000.0;
  }
}
