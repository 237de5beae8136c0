package org.councilsearch.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one evaluation measured: counts micro-averaged over (passage, item) pairs, per type for the
 * whole gold set and per paper, and every disagreement.
 *
 * @param heldOut whether every paper was tagged by a model trained without it
 * @param passages how many gold passages were scored
 * @param totals pooled counts per type, in {@link EntityType} order
 * @param byYear counts per paper (by the year it reports on), then per type
 * @param misses every missed and spurious item, paper by paper in gold order
 */
public record EvaluationReport(
    boolean heldOut,
    int passages,
    Map<EntityType, Metrics> totals,
    Map<Integer, Map<EntityType, Metrics>> byYear,
    List<Miss> misses) {
  public EvaluationReport {
    // Copies that keep the order reports print in: types in enum order, papers by year.
    totals = Collections.unmodifiableMap(new EnumMap<>(totals));
    Map<Integer, Map<EntityType, Metrics>> years = new TreeMap<>();
    byYear.forEach((year, metrics) -> years.put(year, Collections.unmodifiableMap(new EnumMap<>(metrics))));
    byYear = Collections.unmodifiableMap(years);
    misses = List.copyOf(misses);
  }

  /** Pooled counts for one type. */
  public Metrics metrics(EntityType type) {
    return totals.getOrDefault(type, Metrics.ZERO);
  }

  /** The misses of one type, in order. */
  public List<Miss> misses(EntityType type) {
    return misses.stream().filter(m -> m.type() == type).toList();
  }
}
