package org.councilsearch.bench;

import java.util.List;

/**
 * How indexing and search grow with the archive.
 *
 * @param machine where it ran
 * @param archive the archive whose first papers were indexed at each size
 * @param rows one row per archive size, smallest first
 */
public record GrowthFigures(Machine machine, String archive, List<Row> rows) {
  public GrowthFigures {
    rows = List.copyOf(rows);
  }

  /**
   * Figures at one archive size.
   *
   * @param papers papers indexed
   * @param passages passages indexed
   * @param indexSeconds full pipeline, from scratch
   * @param indexMb index size on disk
   * @param peakHeapMb peak heap while indexing (upper bound, see HeapMeter)
   * @param p50Ms median search latency, one client, full search
   * @param p99Ms 99th percentile, same
   * @param queriesPerSecond throughput, same
   */
  public record Row(
      int papers,
      long passages,
      double indexSeconds,
      double indexMb,
      long peakHeapMb,
      double p50Ms,
      double p99Ms,
      double queriesPerSecond) {}
}
