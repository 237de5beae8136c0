package org.councilsearch.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.councilsearch.model.Hit;
import org.councilsearch.saved.SavedSearchStatus;

/**
 * A saved search as the API gives it.
 *
 * @param id its number
 * @param name its name
 * @param q the query
 * @param filters its filters, keyed as the search API's parameters
 * @param created when it was saved
 * @param lastLooked when its new passages were last marked seen
 * @param matches how many passages match it now
 * @param newCount how many of those are new since it was last looked at
 * @param error why it cannot run against this index, or null
 * @param page its page
 * @param feed its Atom feed
 * @param newPassages the new passages, best first; null in lists
 */
record SavedSearchView(
    long id,
    String name,
    String q,
    Map<String, String> filters,
    Instant created,
    Instant lastLooked,
    int matches,
    int newCount,
    String error,
    String page,
    String feed,
    List<Hit> newPassages) {
  static SavedSearchView of(SavedSearchStatus s, boolean withPassages) {
    return new SavedSearchView(
        s.search().id(),
        s.search().name(),
        s.search().query(),
        s.search().filters(),
        s.search().created(),
        s.search().lastLooked(),
        s.matches(),
        s.newCount(),
        s.error(),
        "/saved-searches/" + s.search().id(),
        "/feeds/saved-searches/" + s.search().id() + ".atom",
        withPassages ? s.fresh() : null);
  }
}
