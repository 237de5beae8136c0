package org.councilsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.councilsearch.index.Schema;
import org.councilsearch.model.Paper;
import org.councilsearch.model.SearchResult;
import org.councilsearch.model.SearchResult.FacetCount;

/**
 * Counts year, organization, event type, place and paper over a whole result set. The ordinal
 * state is built once per index reader and reused until the index changes. Thread-safe.
 */
final class FacetCounter {
  /** Enough values for a sidebar; the long tail is rarely worth a filter. */
  static final int TOP = 20;

  /** Each indexed dimension and its key in a result: the parameter that filters by its values. */
  private static final Map<String, String> DIMENSIONS = dimensions();

  private final Schema schema;
  private volatile Cached cached;

  private record Cached(IndexReader reader, SortedSetDocValuesReaderState state) {}

  FacetCounter(Schema schema) {
    this.schema = schema;
  }

  /**
   * Counts per dimension, most frequent first (years newest first).
   *
   * @param paper the paper of an id, whose title (and, for papers of one title, year) labels it
   */
  Map<String, List<FacetCount>> count(IndexReader reader, FacetsCollector hits, Function<String, Paper> paper)
      throws IOException {
    SortedSetDocValuesReaderState state = state(reader);
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    if (state == null) {
      return facets;
    }
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, hits);
    for (Map.Entry<String, String> dimension : DIMENSIONS.entrySet()) {
      String dim = dimension.getKey();
      FacetResult result;
      try {
        result = counts.getTopChildren(dim.equals(Schema.FACET_YEAR) ? 200 : TOP, dim);
      } catch (IllegalArgumentException notIndexedYet) {
        result = null;
      }
      List<FacetCount> values = new ArrayList<>();
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          values.add(new FacetCount(lv.label, lv.label, lv.value.longValue()));
        }
      }
      if (dim.equals(Schema.FACET_YEAR)) {
        values.sort((a, b) -> b.value().compareTo(a.value()));
      }
      if (dim.equals(Schema.FACET_PAPER)) {
        values = PaperLabels.label(values, paper);
      }
      facets.put(dimension.getValue(), values);
    }
    return facets;
  }

  private static Map<String, String> dimensions() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put(Schema.FACET_YEAR, SearchResult.YEAR);
    d.put(Schema.FACET_ORG, SearchResult.ORGANIZATION);
    d.put(Schema.FACET_EVENT_TYPE, SearchResult.EVENT_TYPE);
    d.put(Schema.FACET_PLACE, SearchResult.PLACE);
    d.put(Schema.FACET_PAPER, SearchResult.PAPER);
    return d;
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
