package org.councilsearch.ingest.structure;

/**
 * Reads one kind of block (a numbered paragraph, a heading, an annex, labels paired with their
 * texts ...) that starts at a content line, from the lines' kinds and shapes. The segmenter offers
 * each line to its readers in order; the first that takes it reads on from there.
 */
@FunctionalInterface
interface BlockReader {
  /** Signals that line i is not this reader's to read. */
  int NOT_MINE = -1;

  /**
   * Reads the block starting at content line {@code i} into {@code reading}; returns the index of
   * the next line to read, or {@link #NOT_MINE}.
   */
  int read(Reading reading, int i);
}
