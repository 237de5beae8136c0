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
 * @param byLanguage counts per language of the gold passages ("en"), then per type
 * @param gazetteerShares per language, for the types the gazetteer lists (organizations, places),
 *     the share of the gold mentions it already lists: how far tagging them is a look-up
 * @param misses every missed and spurious item, paper by paper in gold order
 */
public record EvaluationReport(
    boolean heldOut,
    int passages,
    Map<EntityType, Metrics> totals,
    Map<Integer, Map<EntityType, Metrics>> byYear,
    Map<String, Map<EntityType, Metrics>> byLanguage,
    Map<String, Map<EntityType, Double>> gazetteerShares,
    List<Miss> misses) {
  public EvaluationReport {
    // Copies that keep the order reports print in: types in enum order, papers by year.
    totals = byType(totals);
    Map<Integer, Map<EntityType, Metrics>> years = new TreeMap<>();
    byYear.forEach((year, metrics) -> years.put(year, byType(metrics)));
    byYear = Collections.unmodifiableMap(years);
    Map<String, Map<EntityType, Metrics>> languages = new TreeMap<>();
    byLanguage.forEach((language, metrics) -> languages.put(language, byType(metrics)));
    byLanguage = Collections.unmodifiableMap(languages);
    Map<String, Map<EntityType, Double>> shares = new TreeMap<>();
    gazetteerShares.forEach((language, share) -> shares.put(language, byType(share)));
    gazetteerShares = Collections.unmodifiableMap(shares);
    misses = List.copyOf(misses);
  }

  private static <V> Map<EntityType, V> byType(Map<EntityType, V> values) {
    Map<EntityType, V> copy = new EnumMap<>(EntityType.class);
    copy.putAll(values);
    return Collections.unmodifiableMap(copy);
  }

  /** Pooled counts for one type. */
  public Metrics metrics(EntityType type) {
    return totals.getOrDefault(type, Metrics.ZERO);
  }

  /** The share of {@code language}'s gold mentions of {@code type} the gazetteer lists; null for a type it does not list. */
  public Double gazetteerShare(String language, EntityType type) {
    return gazetteerShares.getOrDefault(language, Map.of()).get(type);
  }

  /** The misses of one type, in order. */
  public List<Miss> misses(EntityType type) {
    return misses.stream().filter(m -> m.type() == type).toList();
  }
}
