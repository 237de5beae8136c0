package org.councilsearch.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;

/** Pairs gold items with found items of one type, each item at most once, and counts the result. */
final class Pairing {
  private Pairing() {}

  /** What one pairing gave: its counts, and the items left unpaired on each side (as shown to people). */
  record Outcome(Metrics metrics, List<String> missed, List<String> spurious) {
    Outcome {
      missed = List.copyOf(missed);
      spurious = List.copyOf(spurious);
    }
  }

  /**
   * Pairs items with equal keys. Items with the same key count once on each side: two spellings
   * that resolve to one organization are one organization.
   */
  static <T> Outcome exact(List<T> gold, List<T> found, Function<T, String> key, Function<T, String> show) {
    Map<String, T> goldByKey = byKey(gold, key);
    Map<String, T> foundByKey = byKey(found, key);
    List<String> missed = new ArrayList<>();
    List<String> spurious = new ArrayList<>();
    int tp = 0;
    for (Map.Entry<String, T> g : goldByKey.entrySet()) {
      if (foundByKey.containsKey(g.getKey())) {
        tp++;
      } else {
        missed.add(show.apply(g.getValue()));
      }
    }
    for (Map.Entry<String, T> f : foundByKey.entrySet()) {
      if (!goldByKey.containsKey(f.getKey())) {
        spurious.add(show.apply(f.getValue()));
      }
    }
    return new Outcome(new Metrics(tp, spurious.size(), missed.size()), missed, spurious);
  }

  /**
   * Pairs items whose similarity is above 0, best pairs first, so that a near-exact pair is never
   * broken up to make a weaker one. Identical strings count once on each side.
   */
  static Outcome similar(List<String> gold, List<String> found, ToDoubleBiFunction<String, String> similarity) {
    List<String> g = List.copyOf(byKey(gold, s -> s).values());
    List<String> f = List.copyOf(byKey(found, s -> s).values());
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      for (int j = 0; j < f.size(); j++) {
        double score = similarity.applyAsDouble(g.get(i), f.get(j));
        if (score > 0) {
          candidates.add(new Candidate(i, j, score));
        }
      }
    }
    // Stable sort: among equal scores, earlier gold and found items pair first.
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
    boolean[] goldUsed = new boolean[g.size()];
    boolean[] foundUsed = new boolean[f.size()];
    int tp = 0;
    for (Candidate c : candidates) {
      if (!goldUsed[c.gold()] && !foundUsed[c.found()]) {
        goldUsed[c.gold()] = true;
        foundUsed[c.found()] = true;
        tp++;
      }
    }
    List<String> missed = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      if (!goldUsed[i]) {
        missed.add(g.get(i));
      }
    }
    List<String> spurious = new ArrayList<>();
    for (int j = 0; j < f.size(); j++) {
      if (!foundUsed[j]) {
        spurious.add(f.get(j));
      }
    }
    return new Outcome(new Metrics(tp, spurious.size(), missed.size()), missed, spurious);
  }

  private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
    Map<String, T> byKey = new LinkedHashMap<>();
    for (T item : items) {
      byKey.putIfAbsent(key.apply(item), item);
    }
    return byKey;
  }

  private record Candidate(int gold, int found, double score) {}
}
