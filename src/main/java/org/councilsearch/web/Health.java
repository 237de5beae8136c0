package org.councilsearch.web;

import java.time.Instant;
import org.councilsearch.model.IndexReport;

/**
 * The state of the served index, for GET /api/health.
 *
 * @param state "ready", or "reindexing" while a reindex request runs (searches still work)
 * @param documents papers in the commit being searched
 * @param passages passages in the commit being searched
 * @param indexedAt when that commit was written, or null
 * @param reindexing true while a reindex request runs
 * @param lastReindex how the last reindex request ended, or null when there was none
 */
public record Health(
    String state,
    int documents,
    long passages,
    Instant indexedAt,
    boolean reindexing,
    LastReindex lastReindex) {

  /**
   * The outcome of one reindex request.
   *
   * @param report what the run did, or null when it failed
   * @param error why it failed, or null
   */
  public record LastReindex(Instant started, Instant finished, IndexReport report, String error) {
    static LastReindex done(Instant started, Instant finished, IndexReport report) {
      return new LastReindex(started, finished, report, null);
    }

    static LastReindex failed(Instant started, Instant finished, String error) {
      return new LastReindex(started, finished, null, error);
    }
  }
}
