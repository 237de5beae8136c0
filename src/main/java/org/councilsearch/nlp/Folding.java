package org.councilsearch.nlp;

import java.text.Normalizer;
import java.text.Normalizer.Form;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds names and tokens so that spellings which differ only in case, accents, spacing or hyphens compare equal. */
final class Folding {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern IGNORED_IN_KEYS = Pattern.compile("[\\s\\-\u2010-\u2015.,]+");

  private Folding() {}

  /** "UN-Women", "UN Women" and "un women" all give "unwomen"; "Côte d'Ivoire" gives "cote d'ivoire" without the space. */
  static String key(String name) {
    return IGNORED_IN_KEYS.matcher(fold(name)).replaceAll("");
  }

  /**
   * One token as the phrase matcher compares it, or null for a token it skips. Hyphens, dashes
   * and commas are skipped, so "Co-operation" matches "Co operation" and "Committee on Migration,
   * Refugees and Population" matches with or without its comma; a final period goes ("St." =
   * "St").
   */
  static String token(String token) {
    if (token.length() == 1) {
      char c = token.charAt(0);
      if (c == ',' || (CouncilTokenizer.isJoiner(c) && c != '/')) {
        return null;
      }
    }
    String folded = fold(token);
    if (folded.length() > 1 && folded.endsWith(".")) {
      folded = folded.substring(0, folded.length() - 1);
    }
    return folded;
  }

  /** Lower case, no accents, one apostrophe. */
  static String fold(String text) {
    // Plain ASCII has no accents to take off, and decomposing it changes nothing: most tokens
    // are, and the phrase matchers fold every token of every sentence.
    if (isAscii(text)) {
      return text.toLowerCase(Locale.ROOT);
    }
    String decomposed = Normalizer.normalize(text, Form.NFKD);
    return MARKS.matcher(decomposed).replaceAll("").replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
