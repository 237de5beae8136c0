package org.councilsearch.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.councilsearch.eval.Judgments.Judgment;

/**
 * nDCG and recall at a cutoff, for one ranked list against graded judgments. Gains are
 * 2^grade − 1; each judgment is credited once, to the first hit that matches it.
 */
public final class RankingMetrics {
  private RankingMetrics() {}

  /** A ranked passage as the metrics see it. */
  public record RankedPassage(Integer year, String text) {}

  /** The judgment each ranked passage earns, or null; each judgment is used at most once. */
  static List<Judgment> credit(List<RankedPassage> ranking, List<Judgment> judgments, int k) {
    List<Judgment> unused = new ArrayList<>(judgments);
    unused.sort(Comparator.comparingInt(Judgment::grade).reversed());
    List<Judgment> credited = new ArrayList<>();
    for (RankedPassage p : ranking.subList(0, Math.min(k, ranking.size()))) {
      Judgment match = null;
      for (Judgment j : unused) {
        if (p.year() != null && p.year() == j.year() && normalize(p.text()).contains(normalize(j.contains()))) {
          match = j;
          break;
        }
      }
      if (match != null) {
        unused.remove(match);
      }
      credited.add(match);
    }
    return credited;
  }

  /** Normalized discounted cumulative gain at {@code k}. */
  public static double ndcg(List<RankedPassage> ranking, List<Judgment> judgments, int k) {
    List<Judgment> credited = credit(ranking, judgments, k);
    double dcg = 0;
    for (int i = 0; i < credited.size(); i++) {
      if (credited.get(i) != null) {
        dcg += gain(credited.get(i).grade()) / log2(i + 2);
      }
    }
    List<Integer> ideal = judgments.stream().map(Judgment::grade).sorted(Comparator.reverseOrder()).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) {
      idcg += gain(ideal.get(i)) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  /** Share of the judgments found in the first {@code k} hits. */
  public static double recall(List<RankedPassage> ranking, List<Judgment> judgments, int k) {
    if (judgments.isEmpty()) {
      return 0;
    }
    long found = credit(ranking, judgments, k).stream().filter(j -> j != null).count();
    return (double) found / judgments.size();
  }

  private static double gain(int grade) {
    return Math.pow(2, grade) - 1;
  }

  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }

  /** Whitespace- and case-insensitive, and blind to typographic quotes, so phrases match as read. */
  static String normalize(String s) {
    return s.replace('’', '\'')
        .replace('“', '"')
        .replace('”', '"')
        .replaceAll("\\s+", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }
}
