package org.councilsearch.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.councilsearch.index.Schema;
import org.councilsearch.model.Paper;
import org.councilsearch.model.SearchResult.FacetCount;

/**
 * Turns the counts an index view made into the facets a result shows, the same for every
 * backend: keyed by the parameter that filters by them, years newest first, papers by title,
 * languages by name.
 */
final class ShownFacets {
  private ShownFacets() {}

  /** The paper ids the paper facet of {@code counted} needs labels for. */
  static Set<String> papersNamed(Map<String, List<FacetCount>> counted) {
    Set<String> ids = new TreeSet<>();
    counted.getOrDefault(Schema.FACET_PAPER, List.of()).forEach(c -> ids.add(c.value()));
    return ids;
  }

  /** @param papers the papers of the paper facet's values, by id */
  static Map<String, List<FacetCount>> of(Map<String, List<FacetCount>> counted, Map<String, Paper> papers) {
    Map<String, List<FacetCount>> shown = new LinkedHashMap<>();
    if (counted.isEmpty()) {
      return shown;
    }
    for (FacetDimension d : FacetDimension.SHOWN) {
      List<FacetCount> values = new ArrayList<>(counted.getOrDefault(d.name(), List.of()));
      if (d.name().equals(Schema.FACET_YEAR)) {
        values.sort((a, b) -> b.value().compareTo(a.value()));
      }
      if (d.name().equals(Schema.FACET_PAPER)) {
        values = PaperLabels.label(values, papers::get);
      }
      if (d.name().equals(Schema.FACET_LANGUAGE)) {
        values = values.stream().map(c -> new FacetCount(c.value(), LanguageNames.name(c.value()), c.count())).toList();
      }
      shown.put(d.resultKey(), values);
    }
    return shown;
  }
}
