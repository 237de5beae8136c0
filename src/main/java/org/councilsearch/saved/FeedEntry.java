package org.councilsearch.saved;

import java.time.Instant;
import org.councilsearch.model.Hit;

/**
 * A passage of a saved search's feed.
 *
 * @param hit the passage with its citation data
 * @param noticed when the saved search first found it
 */
public record FeedEntry(Hit hit, Instant noticed) {}
