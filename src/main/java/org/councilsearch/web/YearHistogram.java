package org.councilsearch.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.councilsearch.model.SearchResult.FacetCount;
import org.councilsearch.web.SearchPage.Bar;
import org.councilsearch.web.SearchPage.Histogram;

/**
 * Lays out the year facet as a bar chart, oldest year first. Years without matches between the
 * first and the last get an empty slot, so the gaps in time show, unless the span is too wide for a
 * small screen.
 */
final class YearHistogram {
  static final int HEIGHT = 120;
  static final int BAR_WIDTH = 28;
  static final int GAP = 6;
  static final int LABEL_SPACE = 18;
  private static final int MAX_SLOTS = 40;

  private YearHistogram() {}

  /** The chart, or null when no year has a match. */
  static Histogram of(List<FacetCount> years, SearchForm form) {
    TreeMap<Integer, Long> counts = new TreeMap<>();
    for (FacetCount c : years) {
      try {
        counts.put(Integer.parseInt(c.value()), c.count());
      } catch (NumberFormatException notAYear) {
        // Only numeric years can be placed on the axis.
      }
    }
    if (counts.isEmpty()) {
      return null;
    }
    List<Integer> slots = new ArrayList<>();
    int first = counts.firstKey();
    int last = counts.lastKey();
    if (last - first < MAX_SLOTS) {
      for (int y = first; y <= last; y++) {
        slots.add(y);
      }
    } else {
      slots.addAll(counts.keySet());
    }
    long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
    int plot = HEIGHT - LABEL_SPACE;
    String selected = form.get("year");
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      int year = slots.get(i);
      long count = counts.getOrDefault(year, 0L);
      int h = count == 0 ? 0 : Math.max(2, (int) Math.round((double) count / max * (plot - 4)));
      int x = i * (BAR_WIDTH + GAP);
      bars.add(
          new Bar(
              year,
              count,
              x,
              plot - h,
              BAR_WIDTH,
              h,
              x + BAR_WIDTH / 2,
              form.with("year", String.valueOf(year)).link("/search"),
              String.valueOf(year).equals(selected)));
    }
    int width = Math.max(BAR_WIDTH, slots.size() * (BAR_WIDTH + GAP) - GAP);
    return new Histogram(width, HEIGHT, plot, bars);
  }
}
