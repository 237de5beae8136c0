package org.councilsearch.backend.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.councilsearch.index.Schema;
import org.councilsearch.model.SearchResult.FacetCount;
import org.councilsearch.search.FacetDimension;

/**
 * Counts facet values over a whole result set in the embedded index. The ordinal state is built
 * once per index reader and reused until the index changes. Thread-safe.
 */
final class FacetCounter {
  private final Schema schema;
  private volatile Cached cached;

  private record Cached(IndexReader reader, SortedSetDocValuesReaderState state) {}

  FacetCounter(Schema schema) {
    this.schema = schema;
  }

  /**
   * Counts per dimension, by {@link Schema} dimension name, most frequent first and equal counts
   * by value; empty when the index has no facets yet.
   */
  Map<String, List<FacetCount>> count(IndexReader reader, FacetsCollector hits, List<FacetDimension> dimensions)
      throws IOException {
    SortedSetDocValuesReaderState state = state(reader);
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    if (state == null) {
      return facets;
    }
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, hits);
    for (FacetDimension dimension : dimensions) {
      FacetResult result;
      try {
        result = counts.getTopChildren(dimension.top(), dimension.name());
      } catch (IllegalArgumentException notIndexedYet) {
        result = null;
      }
      List<FacetCount> values = new ArrayList<>();
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          values.add(new FacetCount(lv.label, lv.label, lv.value.longValue()));
        }
      }
      facets.put(dimension.name(), values);
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
