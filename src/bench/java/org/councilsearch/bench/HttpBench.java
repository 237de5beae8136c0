package org.councilsearch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.councilsearch.app.IndexConfig;
import org.councilsearch.app.IndexJob;
import org.councilsearch.app.IndexUpdater;
import org.councilsearch.app.UserState;
import org.councilsearch.app.Services;
import org.councilsearch.web.AdminToken;
import org.councilsearch.web.RunningServer;
import org.councilsearch.web.ServedIndex;

/**
 * The web server under load on loopback: the query mix through {@code GET /api/search} with 1, 8
 * and 32 closed-loop clients against the same full searches in-process on the same index (like
 * with like: the difference is HTTP), then a soak of mixed load in windows, each ending with the
 * heap in use after a collection, so drifting latency or a leak shows.
 */
public final class HttpBench {
  private final Services services;
  private final List<BenchQuery> mix;
  private final int warmUpRounds;
  private final int rounds;
  private final int cachedSearches;
  private final Consumer<String> progress;

  /** @param cachedSearches searches the served index keeps per reader; 0 for cold searches */
  public HttpBench(Services services, List<BenchQuery> mix, int warmUpRounds, int rounds, int cachedSearches, Consumer<String> progress) {
    this.services = services;
    this.mix = List.copyOf(mix);
    this.warmUpRounds = warmUpRounds;
    this.rounds = rounds;
    this.cachedSearches = cachedSearches;
    this.progress = progress;
  }

  /**
   * @param soak how long the soak runs in all (zero for none), in windows of {@code window}
   * @param startup the serve start-up measured beforehand, or null
   * @param searches how the figures name the searches: cold, or repeated (cache hit)
   */
  public HttpFigures run(
      Path index, List<Integer> clients, Duration soak, Duration window, HttpFigures.ServeStartup startup, String searches)
      throws IOException {
    // No reindex is ever requested here: the corpus of the reindex job is never read.
    IndexJob neverRun = IndexJob.incremental(index.resolveSibling("no-corpus"), index);
    ServedIndex served =
        new ServedIndex(
            services.open(new IndexConfig.Embedded(index), cachedSearches), new IndexUpdater(services), neverRun, Clock.systemUTC(), Duration.ofSeconds(1));
    UserState state = services.userState(UserState.besideIndex(index), served::searching);
    try (RunningServer server = RunningServer.start(served, state, AdminToken.of(null), "127.0.0.1", 0)) {
      SearchTarget http = new HttpTarget("http://127.0.0.1:" + server.port());
      SearchTarget inProcess = new InProcessTarget(served.searching().search());
      QueryBench bench = new QueryBench(mix, warmUpRounds, rounds);
      HeapMeter heap = new HeapMeter();
      heap.reset();
      List<LatencyFigures> overHttp = new ArrayList<>();
      List<LatencyFigures> baseline = new ArrayList<>();
      for (int c : clients) {
        overHttp.add(bench.measure(http, c));
        progress.accept(FiguresText.latency(overHttp.get(overHttp.size() - 1)));
        baseline.add(bench.measure(inProcess, c));
        progress.accept(FiguresText.latency(baseline.get(baseline.size() - 1)));
      }
      long peak = heap.peakMb();
      LatencyFigures most = overHttp.get(overHttp.size() - 1);
      double ratio = most.p99Ms() / baseline.get(baseline.size() - 1).p99Ms();
      int soakClients = clients.contains(8) ? 8 : most.clients();
      List<HttpFigures.SoakWindow> windows = soak(http, soakClients, soak, window, throughputAt(overHttp, soakClients));
      return new HttpFigures(
          Machine.current(), index.toString(), served.searching().catalog().papers().size(), rounds, searches,
          overHttp, baseline, ratio, peak, windows, startup);
    }
  }

  private static double throughputAt(List<LatencyFigures> figures, int clients) {
    return figures.stream().filter(f -> f.clients() == clients).findFirst().orElse(figures.get(0)).queriesPerSecond();
  }

  private List<HttpFigures.SoakWindow> soak(
      SearchTarget http, int clients, Duration soak, Duration window, double queriesPerSecond) throws IOException {
    List<HttpFigures.SoakWindow> windows = new ArrayList<>();
    if (soak.isZero()) {
      return windows;
    }
    // Each window is a closed-loop run sized from the measured throughput to last about `window`.
    long perClient = Math.round(queriesPerSecond * window.toSeconds() / clients);
    int windowRounds = (int) Math.max(1, perClient / mix.size());
    QueryBench bench = new QueryBench(mix, 0, windowRounds);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long end = System.nanoTime() + soak.toNanos();
    for (int n = 1; System.nanoTime() < end; n++) {
      LatencyFigures f = bench.measure(http, clients);
      memory.gc();
      long heapMb = memory.getHeapMemoryUsage().getUsed() / (1024 * 1024);
      HttpFigures.SoakWindow w =
          new HttpFigures.SoakWindow(n, clients, f.seconds(), f.queriesPerSecond(), f.p50Ms(), f.p99Ms(), heapMb);
      windows.add(w);
      progress.accept(FiguresText.soakWindow(w));
    }
    return windows;
  }
}
