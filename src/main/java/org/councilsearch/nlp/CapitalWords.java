package org.councilsearch.nlp;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells a word of a line printed in capitals from an acronym it spells: "AU" in "STATUT
 * D'OBSERVATEUR AU CENTRE" is French for "to the", not the African Union. The words are listed per
 * language (French and Spanish articles and prepositions); English has no list, as its acronyms
 * are its own. Immutable and thread-safe.
 */
final class CapitalWords {
  private final Map<String, Set<String>> words = new HashMap<>();

  CapitalWords(List<String> languages) {
    for (String language : languages) {
      Set<String> set = new HashSet<>();
      LanguageWords.lines("function-words", language).forEach(w -> set.add(w.toLowerCase(Locale.ROOT)));
      words.put(language, Set.copyOf(set));
    }
  }

  /** The French and Spanish lists. */
  static CapitalWords shipped() {
    return new CapitalWords(List.of("fr", "es"));
  }

  /**
   * Whether token {@code at}, printed in capitals, is a word of {@code language} in a run of words
   * in capitals rather than a name: a word beside it is in capitals too.
   */
  boolean isWord(List<Token> tokens, int at, String language) {
    Set<String> listed = language == null ? null : words.get(language);
    String text = tokens.get(at).text();
    if (listed == null || !inCapitals(text) || !listed.contains(text.toLowerCase(Locale.ROOT))) {
      return false;
    }
    return (at > 0 && inCapitals(tokens.get(at - 1).text())) || (at + 1 < tokens.size() && inCapitals(tokens.get(at + 1).text()));
  }

  /** At least one letter, and every letter a capital. */
  private static boolean inCapitals(String text) {
    boolean letter = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letter = true;
      }
      i += Character.charCount(c);
    }
    return letter;
  }
}
