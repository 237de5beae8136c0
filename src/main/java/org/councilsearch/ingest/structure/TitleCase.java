package org.councilsearch.ingest.structure;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Writes a title printed in capitals in title case: "GENDER COORDINATION REPORT 2009" reads "Gender
 * Coordination Report 2009", "REPORT BY THE WORKING GROUP ON GENDER ISSUES" reads "Report by the
 * Working Group on Gender Issues", "INFORME ANUAL DE LA COMISIÓN" reads "Informe Anual de la
 * Comisión". Small words (articles, prepositions, conjunctions of the three languages, read from
 * {@value #SMALL_WORDS}) stay lower case except first; Roman numerals, words with digits and the
 * acronyms the caller knows ("IOM", "WGGI") stay as printed.
 */
final class TitleCase {
  private static final String SMALL_WORDS = "org/councilsearch/ingest/structure/title-small-words.txt";

  /** The small words of {@value #SMALL_WORDS}, in English, French and Spanish. */
  private static final RoleWords SMALL = RoleWords.read(SMALL_WORDS);

  private static final Set<String> ROMAN =
      Set.of(
          "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
          "XV", "XVI", "XVII", "XVIII", "XIX", "XX");

  private TitleCase() {}

  /** True when the text has letters and none of them is lower case. */
  static boolean isUpperCase(String text) {
    boolean letters = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters;
  }

  /** Whether {@code word}, folded, is one of the small words of the three languages. */
  static boolean isSmallWord(String word) {
    return !SMALL.categoriesOf(word).isEmpty();
  }

  static String of(String text, Predicate<String> isAcronym) {
    String[] words = text.strip().split("\\s+");
    StringBuilder out = new StringBuilder(text.length());
    boolean first = true;
    boolean afterColon = false;
    for (String word : words) {
      if (word.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(word(word, first || afterColon, isAcronym));
      first = false;
      afterColon = word.endsWith(":") || word.equals("–") || word.equals("—");
    }
    return out.toString();
  }

  private static String word(String word, boolean capitaliseSmall, Predicate<String> isAcronym) {
    StringBuilder out = new StringBuilder(word.length());
    int i = 0;
    boolean firstPart = true;
    while (i < word.length()) {
      int start = i;
      while (i < word.length() && Character.isLetterOrDigit(word.charAt(i))) {
        i++;
      }
      if (i > start) {
        String core = word.substring(start, i);
        out.append(part(core, firstPart && !capitaliseSmall, isAcronym, start > 0 && isApostrophe(word.charAt(start - 1))));
        firstPart = false;
      }
      while (i < word.length() && !Character.isLetterOrDigit(word.charAt(i))) {
        out.append(word.charAt(i));
        i++;
      }
    }
    return out.toString();
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  private static String part(
      String core, boolean mayBeSmall, Predicate<String> isAcronym, boolean afterApostrophe) {
    for (int i = 0; i < core.length(); i++) {
      if (Character.isDigit(core.charAt(i))) {
        return core;
      }
    }
    if (!isUpperCase(core)) {
      return core;
    }
    if (ROMAN.contains(core) || isAcronym.test(core)) {
      return core;
    }
    String lower = core.toLowerCase(Locale.ROOT);
    // "WOMEN'S", "DON'T": a possessive or a contraction; "L'UNION", "D'ACTION": an elided article, whose
    // noun is written as any other word.
    if ((afterApostrophe && core.length() <= 2) || (mayBeSmall && !SMALL.categoriesOf(lower).isEmpty())) {
      return lower;
    }
    return lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
  }
}
