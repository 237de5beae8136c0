package org.councilsearch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word accuracy of a reading against the text it should have given: 1 - (substituted + deleted +
 * inserted words) / words of the reference, over the best word-by-word alignment (an edit distance
 * on words, as OCR evaluations count it). Words are runs of letters and digits, case kept, so
 * spacing and punctuation do not count and a misread letter costs its word.
 */
public final class WordAccuracy {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private WordAccuracy() {}

  /** The accuracy of {@code reading} against {@code reference}, from 0 (or below) to 1. */
  public static double of(String reference, String reading) {
    List<String> ref = words(reference);
    List<String> got = words(reading);
    if (ref.isEmpty()) {
      return got.isEmpty() ? 1 : 0;
    }
    return 1 - (double) distance(ref, got) / ref.size();
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** Levenshtein distance on words, in two rows of memory. */
  private static int distance(List<String> a, List<String> b) {
    int[] previous = new int[b.size() + 1];
    int[] current = new int[b.size() + 1];
    for (int j = 0; j <= b.size(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.size(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.size(); j++) {
        int substitute = previous[j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.size()];
  }
}
