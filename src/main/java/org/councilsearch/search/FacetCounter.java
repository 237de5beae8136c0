package org.councilsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.councilsearch.index.Schema;
import org.councilsearch.model.SearchResult.FacetCount;

/**
 * Counts year, organization, event type, place and paper over a whole result set. The ordinal
 * state is built once per index reader and reused until the index changes. Thread-safe.
 */
final class FacetCounter {
  /** Enough values for a sidebar; the long tail is rarely worth a filter. */
  static final int TOP = 20;

  private static final List<String> DIMENSIONS =
      List.of(Schema.FACET_YEAR, Schema.FACET_ORG, Schema.FACET_EVENT_TYPE, Schema.FACET_PLACE, Schema.FACET_PAPER);

  private final Schema schema;
  private volatile Cached cached;

  private record Cached(IndexReader reader, SortedSetDocValuesReaderState state) {}

  FacetCounter(Schema schema) {
    this.schema = schema;
  }

  /**
   * Counts per dimension, most frequent first (years newest first).
   *
   * @param paperLabel turns a paper id into the title readers know it by
   */
  Map<String, List<FacetCount>> count(IndexReader reader, FacetsCollector hits, UnaryOperator<String> paperLabel)
      throws IOException {
    SortedSetDocValuesReaderState state = state(reader);
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    if (state == null) {
      return facets;
    }
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, hits);
    for (String dim : DIMENSIONS) {
      FacetResult result;
      try {
        result = counts.getTopChildren(dim.equals(Schema.FACET_YEAR) ? 200 : TOP, dim);
      } catch (IllegalArgumentException notIndexedYet) {
        result = null;
      }
      List<FacetCount> values = new ArrayList<>();
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          String label = dim.equals(Schema.FACET_PAPER) ? paperLabel.apply(lv.label) : lv.label;
          values.add(new FacetCount(lv.label, label, lv.value.longValue()));
        }
      }
      if (dim.equals(Schema.FACET_YEAR)) {
        values.sort((a, b) -> b.value().compareTo(a.value()));
      }
      facets.put(dim, values);
    }
    return facets;
  }

  private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
    Cached c = cached;
    if (c != null && c.reader() == reader) {
      return c.state();
    }
    SortedSetDocValuesReaderState state;
    try {
      state = new DefaultSortedSetDocValuesReaderState(reader, schema.facets());
    } catch (IllegalArgumentException emptyIndex) {
      state = null;
    }
    cached = new Cached(reader, state);
    return state;
  }
}
