package org.councilsearch.saved;

import java.util.List;
import org.councilsearch.model.Hit;

/**
 * A saved search as it stands against the index now.
 *
 * @param search the saved search
 * @param matches how many passages match it now (at most {@link SavedSearches#FOLLOWED})
 * @param newCount how many of them are new: indexed since the user last looked
 * @param fresh the new passages, best first (empty when only counted)
 * @param error why the search cannot run against this index any more, or null
 */
public record SavedSearchStatus(SavedSearch search, int matches, int newCount, List<Hit> fresh, String error) {
  public SavedSearchStatus {
    fresh = List.copyOf(fresh);
  }
}
