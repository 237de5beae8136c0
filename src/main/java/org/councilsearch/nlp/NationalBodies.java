package org.councilsearch.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names of national bodies that no registry lists, in the languages for which no statistical name
 * finder is trained: a word that opens such a name ("Ministerio", "Ministère") followed by
 * capitalized words and the words that join them ("Ministerio de Trabajo y Previsión Social",
 * "Ministère de l'Éducation"). English names of this kind are the name finder's. The words are
 * data, one list per language. Immutable and thread-safe.
 */
final class NationalBodies {
  /** A name found: tokens {@code from} (inclusive) to {@code to} (exclusive). */
  record Found(int from, int to) {}

  private record Words(Set<String> opens, Set<String> joins) {}

  private final Map<String, Words> byLanguage = new HashMap<>();

  NationalBodies(List<String> languages) {
    for (String language : languages) {
      Set<String> opens = new HashSet<>();
      Set<String> joins = new HashSet<>();
      for (String line : LanguageWords.lines("national-bodies", language)) {
        int colon = line.indexOf(':');
        if (colon < 0) {
          throw new IllegalStateException("national-bodies-" + language + ".txt: a line takes opens: or joins:, not '" + line + "'");
        }
        Set<String> into = line.substring(0, colon).strip().equals("opens") ? opens : joins;
        for (String word : line.substring(colon + 1).strip().split("\\s+")) {
          into.add(into == joins ? word.toLowerCase(Locale.ROOT) : word);
        }
      }
      byLanguage.put(language, new Words(Set.copyOf(opens), Set.copyOf(joins)));
    }
  }

  /** The French and Spanish lists. */
  static NationalBodies shipped() {
    return new NationalBodies(List.of("fr", "es"));
  }

  /** The names in {@code tokens}, a sentence of a text in {@code language}, in text order. */
  List<Found> find(List<Token> tokens, String language) {
    List<Found> found = new ArrayList<>();
    Words words = language == null ? null : byLanguage.get(language);
    if (words == null) {
      return found;
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (!words.opens().contains(tokens.get(i).text())) {
        continue;
      }
      int end = i + 1;
      int j = i + 1;
      while (j < tokens.size()) {
        int k = j;
        while (k < tokens.size() && joins(words, tokens.get(k).text())) {
          k++;
        }
        if (k < tokens.size() && capitalized(tokens.get(k).text())) {
          end = k + 1;
          j = k + 1;
        } else {
          break;
        }
      }
      if (end > i + 1) {
        found.add(new Found(i, end));
        i = end - 1;
      }
    }
    return found;
  }

  private static boolean joins(Words words, String token) {
    return words.joins().contains(token.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
  }

  /** A word opening with a capital, after an elided article if any ("l'Éducation"). */
  private static boolean capitalized(String token) {
    String word = token.replaceFirst("^[ldLD]['\u2019]", "");
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && Character.isLetter(word.codePointAt(0));
  }
}
