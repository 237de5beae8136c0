package org.councilsearch.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to one search.
 *
 * @param query the query as the user typed it
 * @param total how many passages match in all, beyond the hits returned
 * @param interpreted what the query was understood to mean
 * @param hits the requested page of ranked passages
 * @param facets counts over the whole result set, most frequent first (years newest first), keyed
 *     by the search parameter that filters by their values: {@value #YEAR}, {@value
 *     #ORGANIZATION}, {@value #EVENT_TYPE}, {@value #PLACE}, {@value #LANGUAGE} and {@value #PAPER}
 * @param meaning how much of the archive search by meaning covered, or null when the search was
 *     by words alone
 */
public record SearchResult(
    String query,
    long total,
    Interpretation interpreted,
    List<Hit> hits,
    Map<String, List<FacetCount>> facets,
    MeaningCoverage meaning) {
  /** The facet of paper years. */
  public static final String YEAR = "year";

  /** The facet of organizations, by canonical name. */
  public static final String ORGANIZATION = "org";

  /** The facet of event types (meeting, workshop ...). */
  public static final String EVENT_TYPE = "event-type";

  /** The facet of places. */
  public static final String PLACE = "place";

  /** The facet of passages' languages, by ISO 639-1 code, labelled with the language's name. */
  public static final String LANGUAGE = "lang";

  /** The facet of papers, by id, labelled with their titles. */
  public static final String PAPER = "doc";

  public SearchResult {
    hits = List.copyOf(hits);
    // Kept in the order counted, so every answer lists its facets the same way.
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }

  /** A result of search by words alone. */
  public SearchResult(
      String query, long total, Interpretation interpreted, List<Hit> hits, Map<String, List<FacetCount>> facets) {
    this(query, total, interpreted, hits, facets, null);
  }

  /**
   * How much of the archive has passage vectors: search by meaning finds only those, and the vector
   * pass adds them after indexing.
   */
  public record MeaningCoverage(long withVector, long passages) {
    /** Every passage has its vector. */
    public boolean complete() {
      return withVector >= passages;
    }

    /** The share of passages with a vector, in whole percent, rounded down. */
    public int percent() {
      return passages == 0 ? 100 : (int) (withVector * 100 / passages);
    }
  }

  /** How many passages of the result have one value of a facet. */
  public record FacetCount(String value, String label, long count) {}
}
