package org.councilsearch.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * When a found event name counts as a gold one. Event names are long, and the tagger and the
 * annotator may reasonably cut them differently ("the Expert Meeting on ..." as written in the
 * text, "Seventeenth OSCE Economic and Environmental Forum" as in the heading), so two names match
 * when, after normalizing (lower case, accents and apostrophes dropped, other punctuation read as
 * spaces), one contains the other as whole words, or their word sets overlap with a Jaccard index
 * of at least {@value #MIN_JACCARD}.
 */
final class EventNames {
  static final double MIN_JACCARD = 0.6;

  private EventNames() {}

  /** The normalized form: lower-case words separated by single spaces. */
  static String normalize(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("['’‘`]", "");
    return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /**
   * How well two names match: 2 when equal, 1.5 when one contains the other, their Jaccard index
   * when it reaches {@value #MIN_JACCARD}, otherwise 0 (no match). Greater is a better pairing.
   */
  static double similarity(String gold, String found) {
    String a = normalize(gold);
    String b = normalize(found);
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    if (a.equals(b)) {
      return 2;
    }
    if ((" " + a + " ").contains(" " + b + " ") || (" " + b + " ").contains(" " + a + " ")) {
      return 1.5;
    }
    double jaccard = jaccard(words(a), words(b));
    return jaccard >= MIN_JACCARD ? jaccard : 0;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    return union.isEmpty() ? 0 : (double) common.size() / union.size();
  }

  private static Set<String> words(String normalized) {
    return new HashSet<>(Arrays.asList(normalized.split(" ")));
  }
}
