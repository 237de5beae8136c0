package org.councilsearch.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.councilsearch.model.Paper;
import org.councilsearch.model.SearchResult.FacetCount;

/**
 * Labels the paper facet's values, ids, with what readers know papers by: the title, and where
 * two papers share a title, the year too (and then the symbol or file name), so no two values
 * read the same.
 */
final class PaperLabels {
  private PaperLabels() {}

  static List<FacetCount> label(List<FacetCount> byId, Function<String, Paper> paperOf) {
    List<Paper> papers = byId.stream().map(c -> paperOf.apply(c.value())).toList();
    List<String> labels = new ArrayList<>(papers.stream().map(Paper::title).toList());
    if (shared(labels)) {
      labels = withYears(papers, labels);
    }
    if (shared(labels)) {
      labels = withSymbols(papers, labels);
    }
    List<FacetCount> labelled = new ArrayList<>(byId.size());
    for (int i = 0; i < byId.size(); i++) {
      labelled.add(new FacetCount(byId.get(i).value(), labels.get(i), byId.get(i).count()));
    }
    return labelled;
  }

  private static List<String> withYears(List<Paper> papers, List<String> labels) {
    Map<String, Integer> count = counts(labels);
    List<String> out = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      Paper p = papers.get(i);
      String label = labels.get(i);
      boolean add = count.get(label) > 1 && p.year() != null && !label.contains(p.year().toString());
      out.add(add ? label + " (" + p.year() + ")" : label);
    }
    return out;
  }

  private static List<String> withSymbols(List<Paper> papers, List<String> labels) {
    Map<String, Integer> count = counts(labels);
    List<String> out = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      Paper p = papers.get(i);
      String label = labels.get(i);
      out.add(count.get(label) > 1 ? label + ", " + (p.symbol() != null ? p.symbol() : p.source()) : label);
    }
    return out;
  }

  private static boolean shared(List<String> labels) {
    return counts(labels).values().stream().anyMatch(n -> n > 1);
  }

  private static Map<String, Integer> counts(List<String> labels) {
    Map<String, Integer> count = new HashMap<>();
    labels.forEach(l -> count.merge(l, 1, Integer::sum));
    return count;
  }
}
