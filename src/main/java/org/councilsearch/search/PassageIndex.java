package org.councilsearch.search;

import java.io.IOException;
import java.time.Instant;

/**
 * Where the passages and papers are searched: the embedded Lucene index or a SolrCloud
 * collection. Search, the catalogs and the web and command-line layers work through it and never
 * know which one they read. Implementations are thread-safe.
 */
public interface PassageIndex extends AutoCloseable {
  /** Work done with one view of the index. */
  @FunctionalInterface
  interface ViewWork<T> {
    T apply(IndexView view) throws IOException;
  }

  /**
   * Runs {@code work} against one view of the index: for the embedded index one commit, for a
   * collection what its replicas serve at each request.
   *
   * @throws java.io.UncheckedIOException when the index cannot be read
   */
  <T> T read(ViewWork<T> work);

  /** Switches to the newest commit, if another run has committed since; a no-op where the engine does it. */
  void refresh() throws IOException;

  /** When the index being searched was written, or null when it does not say. */
  Instant indexedAt();

  /** Where the index is, for messages: a directory or a collection. */
  String describe();

  @Override
  void close() throws IOException;
}
