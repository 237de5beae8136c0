package org.councilsearch.saved;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A search kept under a name: the query and every filter it was run with.
 *
 * @param id the number the database gave it, used in its addresses
 * @param name the name the user gave it, unique regardless of case
 * @param query the query text
 * @param filters the filters, keyed as the search API's parameters ({@code year}, {@code org} ...)
 * @param created when it was saved
 * @param lastLooked when its new passages were last marked seen, or null
 */
public record SavedSearch(
    long id, String name, String query, Map<String, String> filters, Instant created, Instant lastLooked) {
  public SavedSearch {
    filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
  }
}
