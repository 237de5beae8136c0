package org.councilsearch.bench;

import java.util.List;

/**
 * The query mix over HTTP against the same full searches in-process on the same index, so the
 * difference is what HTTP costs; then a soak.
 *
 * @param searches whether the searches were cold or answered from kept results
 * @param overHttp full search through {@code GET /api/search}, one entry per client count
 * @param baseline the same full search in-process, at the same client counts
 * @param p99OverBaselineAt32 how many times the in-process p99 the HTTP p99 is, at the most clients
 * @param peakHeapMb the server process's peak heap during the measured runs (server and clients share it)
 * @param soak the soak's windows in order, to show whether latency and memory stay flat
 * @param serveStartup time from starting {@code serve} to its first answered search, or null
 */
public record HttpFigures(
    Machine machine,
    String index,
    int papers,
    int rounds,
    String searches,
    List<LatencyFigures> overHttp,
    List<LatencyFigures> baseline,
    double p99OverBaselineAt32,
    long peakHeapMb,
    List<SoakWindow> soak,
    ServeStartup serveStartup) {

  /** One stretch of the soak: throughput, latency and the heap in use after a collection. */
  public record SoakWindow(int window, int clients, double seconds, double queriesPerSecond, double p50Ms, double p99Ms, long heapAfterGcMb) {}

  /** From process start to the first search answered over HTTP. */
  public record ServeStartup(double readyMs) {}
}
