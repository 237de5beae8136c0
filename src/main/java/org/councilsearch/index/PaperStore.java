package org.councilsearch.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Where {@link PaperIndexer} writes a run: the embedded index or a SolrCloud collection (the
 * engines live in {@code backend}). The pipeline does not care which.
 *
 * <p>A run reads what is stored, replaces papers whole and removes papers, then commits; readers
 * see the run's changes when it commits, and a store closed without committing keeps what readers
 * saw before. {@link #replace} is called from several worker threads at once.
 */
public interface PaperStore extends Closeable {
  /** The papers stored before the run, by source file; empty for a rebuild. */
  Map<String, StoredPaper> storedPapers() throws IOException;

  /** Replaces everything stored for {@code paper}'s id with these documents, in one step. */
  void replace(StoredPaper paper, FieldedDocument paperDoc, List<FieldedDocument> passages)
      throws IOException;

  /**
   * Writes out one worker's worth of what the store holds in memory, if it buffers at all: each
   * worker that runs out of papers calls it, so the buffers are written side by side rather than
   * one after the other by the commit, on one core.
   */
  default void writeBuffered() throws IOException {}

  /** Removes a paper and its passages. */
  void remove(String paperId) throws IOException;

  /** Makes the run visible to readers, all at once; returns what the store then holds. */
  Totals commit() throws IOException;

  /** Opens the store of one run: the writing half of an engine. */
  @FunctionalInterface
  interface Opener {
    /**
     * Opens the store for one run; the caller closes it.
     *
     * @param full rebuild from scratch instead of updating what is there
     */
    PaperStore openStore(boolean full) throws IOException;
  }

  /** A paper as stored: enough to tell whether its file changed. */
  record StoredPaper(String id, String source, String hash) {}

  /** How many papers and passages a store holds. */
  record Totals(int papers, long passages) {}
}
