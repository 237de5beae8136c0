package org.councilsearch.bench;

import java.io.IOException;

/**
 * What the query benchmark sends queries to: the search service in this process today, the web
 * server over HTTP once it exists (an implementation that turns the request into a GET on
 * /api/search). Implementations must be thread-safe: several clients call at once.
 */
public interface SearchTarget {
  /** A short name for the figures, such as "in-process" or "plain BM25". */
  String name();

  /**
   * Runs one query to completion, the answer fully built as a client would get it.
   *
   * @return the number of hits returned, so that the work cannot be optimized away
   * @throws IOException when the target cannot be reached
   */
  int search(BenchQuery query) throws IOException;
}
