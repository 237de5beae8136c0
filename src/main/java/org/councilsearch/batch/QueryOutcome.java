package org.councilsearch.batch;

import java.util.List;
import org.councilsearch.export.PassageRow;

/**
 * What one query of a batch found.
 *
 * @param query the query as given
 * @param matches how many passages match it in all, or -1 when it could not run
 * @param passages its first passages, best first
 * @param error why it could not run, in the words search uses, or null
 */
public record QueryOutcome(BatchQuery query, long matches, List<PassageRow> passages, String error) {
  public QueryOutcome {
    passages = List.copyOf(passages);
  }

  /** A query that could not run. */
  static QueryOutcome failed(BatchQuery query, String why) {
    return new QueryOutcome(query, -1, List.of(), why);
  }
}
