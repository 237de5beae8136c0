package org.councilsearch.model;

import java.time.Duration;
import java.util.List;

/**
 * What one indexing run did: counts of files by outcome, the reasons for each failure, and the
 * state of the index afterwards.
 *
 * @param added files indexed for the first time
 * @param updated files whose content changed and were indexed again
 * @param removed papers dropped because their file left the corpus
 * @param unchanged files skipped because their content hash was already indexed
 * @param failures files that could not be read, with one-line reasons
 * @param papers papers in the index after the run
 * @param passages passages in the index after the run
 * @param elapsed wall-clock time of the run
 * @param ocrPages scanned pages read with OCR in this run
 * @param ocrTime time OCR took, summed over the files (they are read in parallel)
 * @param phases where the workers' time went, phase by phase
 */
public record IndexReport(
    int added,
    int updated,
    int removed,
    int unchanged,
    List<FileFailure> failures,
    int papers,
    long passages,
    Duration elapsed,
    int ocrPages,
    Duration ocrTime,
    PhaseTimes phases) {
  public IndexReport {
    failures = List.copyOf(failures);
  }

  /** Files read in this run, whether or not they could be indexed, per second of the run. */
  public double papersPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : (added + updated + failures.size()) / seconds;
  }

  /** A file that could not be indexed. */
  public record FileFailure(String source, String reason) {}
}
