package org.councilsearch.model;

import java.util.List;

/**
 * The answer to one search.
 *
 * @param query the query as the user typed it
 * @param total how many passages match in all, beyond the hits returned
 * @param hits the requested page of ranked passages
 */
public record SearchResult(String query, long total, List<Hit> hits) {
  public SearchResult {
    hits = List.copyOf(hits);
  }
}
