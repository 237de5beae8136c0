package org.councilsearch.batch;

import java.time.Instant;

/**
 * Where a batch stands.
 *
 * @param id its number, used in its addresses
 * @param name the file's name, or what the user called it
 * @param state {@code queued}, {@code running}, {@code done}, or {@code interrupted} (the server
 *     stopped before it finished; what ran is kept)
 * @param total how many queries it has
 * @param done how many have run
 * @param failed how many of those could not be read
 * @param hitsPerQuery how many passages are kept per query
 * @param created when it was uploaded
 * @param finished when it ended, or null
 */
public record BatchStatus(
    long id, String name, String state, int total, int done, int failed, int hitsPerQuery, Instant created, Instant finished) {
  /** Whether it will not change any more. */
  public boolean ended() {
    return state.equals("done") || state.equals("interrupted");
  }
}
