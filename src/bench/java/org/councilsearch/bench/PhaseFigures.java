package org.councilsearch.bench;

/**
 * Throughput of one indexing phase over the same files.
 *
 * @param phase what ran: extraction, indexing without tagging, or the full pipeline
 * @param papers papers processed
 * @param passages passages indexed (for extraction: those the later phases found in the same files)
 * @param textMb megabytes of extracted text (UTF-8), the same for every phase
 * @param seconds wall time
 * @param papersPerSecond papers over seconds
 * @param mbPerSecond text megabytes over seconds
 * @param passagesPerSecond passages over seconds
 * @param peakHeapMb peak heap during the phase (upper bound, see HeapMeter)
 * @param indexMb index size on disk after the phase; 0 for extraction
 * @param failures files that could not be read
 */
public record PhaseFigures(
    String phase,
    int papers,
    long passages,
    double textMb,
    double seconds,
    double papersPerSecond,
    double mbPerSecond,
    double passagesPerSecond,
    long peakHeapMb,
    double indexMb,
    int failures) {
  static PhaseFigures of(
      String phase, int papers, long passages, double textMb, double seconds, long peakHeapMb,
      double indexMb, int failures) {
    return new PhaseFigures(
        phase, papers, passages, textMb, seconds, papers / seconds, textMb / seconds,
        passages / seconds, peakHeapMb, indexMb, failures);
  }

  /** The same phase with the passage count learnt from a later phase. */
  PhaseFigures withPassages(long count) {
    return of(phase, papers, count, textMb, seconds, peakHeapMb, indexMb, failures);
  }
}
