package org.councilsearch.index;

import java.time.Duration;
import org.councilsearch.model.PhaseTimes;

/**
 * Hears about an indexing run as it goes. Calls come from worker threads but never concurrently:
 * the indexer serialises them.
 */
public interface IndexProgress {
  /** The run found {@code files} files in the corpus, of which {@code toRead} need reading. */
  void started(int files, int toRead);

  /** One file was read and indexed; {@code bytes} is its size. */
  void indexed(String source, long bytes, int passages);

  /** One file failed; the reason is one line. */
  void failed(String source, String reason);

  /**
   * One file was indexed, but not all of it as usual (a limit cut its tagging short); the note is
   * one line saying what and what to do. Listeners that only count files may ignore it.
   */
  default void noted(String source, String note) {}

  /**
   * Pages of one file were read with OCR, before it is indexed; OCR is slow, so a run that reads
   * scans shows their count. Listeners that only count files may ignore it.
   */
  default void scanned(String source, int pages, Duration took) {}

  /**
   * How long one file spent in each phase; comes after {@link #indexed} or {@link #failed} for
   * that file. Listeners that only count files may ignore it.
   */
  default void timed(String source, PhaseTimes phases) {}

  /** A listener that ignores everything. */
  IndexProgress NONE =
      new IndexProgress() {
        @Override
        public void started(int files, int toRead) {}

        @Override
        public void indexed(String source, long bytes, int passages) {}

        @Override
        public void failed(String source, String reason) {}
      };
}
