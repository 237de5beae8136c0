package org.councilsearch.bench;

import java.util.List;

/**
 * The query benchmark's figures: the full search and the plain BM25 baseline on the same index.
 *
 * @param machine where it ran
 * @param index the index searched
 * @param papers papers in the index
 * @param mix the queries run
 * @param rounds passes over the mix per client
 * @param searches whether the searches were cold or answered from kept results
 * @param full the full search per client count
 * @param baseline plain BM25 per client count
 * @param p50OverBaseline full over baseline median latency, one client
 * @param p99OverBaseline full over baseline 99th percentile, one client
 * @param peakHeapMb peak heap while serving (upper bound, see HeapMeter)
 */
public record QueryFigures(
    Machine machine,
    String index,
    int papers,
    List<BenchQuery> mix,
    int rounds,
    String searches,
    List<LatencyFigures> full,
    List<LatencyFigures> baseline,
    double p50OverBaseline,
    double p99OverBaseline,
    long peakHeapMb) {}
