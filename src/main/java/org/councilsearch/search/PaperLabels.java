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
    List<String> labels = new ArrayList<>(papers.stream().map(p -> p.metadata().title()).toList());
    if (shared(labels)) {
      labels =
          apart(
              papers,
              labels,
              p ->
                  p.metadata().year() == null || p.metadata().title().contains(p.metadata().year().toString())
                      ? null
                      : " (" + p.metadata().year() + ")");
    }
    if (shared(labels)) {
      labels = apart(papers, labels, p -> ", " + (p.metadata().symbol() != null ? p.metadata().symbol() : p.source()));
    }
    List<FacetCount> labelled = new ArrayList<>(byId.size());
    for (int i = 0; i < byId.size(); i++) {
      labelled.add(new FacetCount(byId.get(i).value(), labels.get(i), byId.get(i).count()));
    }
    return labelled;
  }

  /**
   * The labels, each shared by several papers followed by what {@code tell} says of its paper
   * (nothing when it says null).
   */
  private static List<String> apart(
      List<Paper> papers, List<String> labels, Function<Paper, String> tell) {
    Map<String, Integer> count = counts(labels);
    List<String> out = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      String label = labels.get(i);
      String told = count.get(label) > 1 ? tell.apply(papers.get(i)) : null;
      out.add(told == null ? label : label + told);
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
