package org.councilsearch.search;

import java.util.regex.Pattern;

/**
 * French typography puts a space before a colon ("migrants : vaccination"); standing alone,
 * between spaces, it names no field, so it is punctuation. A colon glued to a word ({@code
 * place:Geneva}) stays syntax.
 */
final class SpacedPunctuation {
  private static final Pattern ALONE = Pattern.compile("(?<=^|\\s):+(?=\\s|$)");

  private SpacedPunctuation() {}

  /** {@code text} with each such colon made a space, so every other character keeps its column. */
  static String asSpaces(String text) {
    if (text.indexOf(':') < 0) {
      return text;
    }
    return ALONE.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
  }

  /** Whether {@code chunk} is punctuation only, once question marks and spaced colons are spaces. */
  static boolean only(String chunk) {
    return asSpaces(QuestionMarks.asSpaces(chunk)).isBlank();
  }
}
