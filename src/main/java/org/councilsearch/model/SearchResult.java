package org.councilsearch.model;

import java.util.List;
import java.util.Map;

/**
 * The answer to one search.
 *
 * @param query the query as the user typed it
 * @param total how many passages match in all, beyond the hits returned
 * @param interpreted what the query was understood to mean
 * @param hits the requested page of ranked passages
 * @param facets counts over the whole result set, by dimension (year, organization, event type,
 *     place, paper), most frequent first
 */
public record SearchResult(
    String query,
    long total,
    Interpretation interpreted,
    List<Hit> hits,
    Map<String, List<FacetCount>> facets) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  /** How many passages of the result have one value of a facet. */
  public record FacetCount(String value, String label, long count) {}
}
