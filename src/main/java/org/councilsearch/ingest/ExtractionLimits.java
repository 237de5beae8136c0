package org.councilsearch.ingest;

import java.time.Duration;

/**
 * Bounds on what one file may cost, because input files are hostile: a 200 MB file, a PDF that
 * loops, or a zip bomb must not stall or sink a reindex.
 *
 * @param maxFileBytes files larger than this are refused before parsing
 * @param maxChars extracted text beyond this is cut and the result marked truncated
 * @param timeout extraction of one file taking longer than this is abandoned
 */
public record ExtractionLimits(long maxFileBytes, int maxChars, Duration timeout) {
  /** Council papers are rarely above a few MB; 100 MB leaves room for scanned annexes. */
  public static final ExtractionLimits DEFAULTS =
      new ExtractionLimits(100L * 1024 * 1024, 20_000_000, Duration.ofSeconds(60));
}
