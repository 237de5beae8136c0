package org.councilsearch.bench;

import java.util.Map;

/**
 * Latency and throughput of one target under a number of concurrent clients.
 *
 * @param target which target
 * @param clients concurrent clients, each sending its next query when the last is answered
 * @param queries queries answered
 * @param seconds wall time
 * @param queriesPerSecond throughput
 * @param p50Ms median latency
 * @param p95Ms 95th percentile
 * @param p99Ms 99th percentile
 * @param maxMs slowest query
 * @param meanMs mean latency
 * @param p50MsByType median latency per query type
 * @param cpuMsPerQuery CPU time of the JVM's threads (clients and any server in it; not the
 *     collector or the compiler) per query answered: unlike latency, it grows little when other
 *     programs share the cores
 */
public record LatencyFigures(
    String target,
    int clients,
    long queries,
    double seconds,
    double queriesPerSecond,
    double p50Ms,
    double p95Ms,
    double p99Ms,
    double maxMs,
    double meanMs,
    Map<String, Double> p50MsByType,
    double cpuMsPerQuery) {}
