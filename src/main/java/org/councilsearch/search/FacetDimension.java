package org.councilsearch.search;

import java.util.List;
import org.councilsearch.index.Schema;
import org.councilsearch.model.SearchResult;

/**
 * One facet a search result shows: the index's dimension, the result key that filters by its
 * values, and how many of its most frequent values are shown.
 *
 * @param name the dimension as {@link Schema} names it
 * @param resultKey the key in {@link SearchResult#facets()}
 * @param top how many values are counted and shown
 */
public record FacetDimension(String name, String resultKey, int top) {
  /** Enough values for a sidebar; the long tail is rarely worth a filter. */
  static final int TOP = 20;

  /** Every year a result can span, for the histogram. */
  static final int YEARS = 200;

  /** The facets of every search result, in the order they are shown. */
  public static final List<FacetDimension> SHOWN =
      List.of(
          new FacetDimension(Schema.FACET_YEAR, SearchResult.YEAR, YEARS),
          new FacetDimension(Schema.FACET_ORG, SearchResult.ORGANIZATION, TOP),
          new FacetDimension(Schema.FACET_EVENT_TYPE, SearchResult.EVENT_TYPE, TOP),
          new FacetDimension(Schema.FACET_PLACE, SearchResult.PLACE, TOP),
          new FacetDimension(Schema.FACET_LANGUAGE, SearchResult.LANGUAGE, TOP),
          new FacetDimension(Schema.FACET_PAPER, SearchResult.PAPER, TOP));
}
