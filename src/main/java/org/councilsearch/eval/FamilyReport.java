package org.councilsearch.eval;

import java.util.List;
import java.util.Map;

/**
 * The family evaluation of one split of fixtures.
 *
 * @param split the split's name ("heldout", "tuning")
 * @param papers how many papers it holds
 * @param correct per field, how many papers have it right
 * @param organizations the organizations the passages name, paired per paper and summed
 * @param dates the dates the passages state, paired per paper and summed
 * @param misses one line per wrong field or unpaired item, naming the paper
 */
public record FamilyReport(
    String split,
    int papers,
    Map<FamilyField, Integer> correct,
    Metrics organizations,
    Metrics dates,
    List<String> misses) {
  public FamilyReport {
    correct = Map.copyOf(correct);
    misses = List.copyOf(misses);
  }

  /** The share of papers with {@code field} right; 1 for an empty split. */
  public double accuracy(FamilyField field) {
    return papers == 0 ? 1.0 : (double) correct.getOrDefault(field, 0) / papers;
  }
}
