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
 * @param vectors how far the vector pass, which makes passages findable by meaning, has come
 */
public record Health(
    String state,
    int documents,
    long passages,
    Instant indexedAt,
    boolean reindexing,
    LastReindex lastReindex,
    Vectors vectors) {

  /**
   * The vector pass in the background.
   *
   * @param state "off" (served without vectors), "waiting" (a reindex runs first), "embedding",
   *     "complete" or "failed"
   * @param done passages the running or last pass has given their vector
   * @param toDo passages the running or last pass found without one
   * @param error why the last pass failed, or null
   */
  public record Vectors(String state, long done, long toDo, String error) {
    static final Vectors OFF = new Vectors("off", 0, 0, null);
  }

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
