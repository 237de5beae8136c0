package org.councilsearch.search;

import java.util.regex.Pattern;

/**
 * Tells a question mark from a wildcard. People end questions with "?", so a "?" after a word or
 * standing alone is punctuation; only a "?" inside a word ({@code wom?n}) or before another
 * wildcard character stands for a letter. An escaped {@code \?} stays what it is. Spanish opening
 * marks ("¿", "¡") are always punctuation.
 */
final class QuestionMarks {
  /** A run of "?" that no letter, digit or wildcard follows, not escaped. */
  private static final Pattern PUNCTUATION = Pattern.compile("(?<!\\\\)\\?+(?![\\p{L}\\p{N}_*?])");

  private QuestionMarks() {}

  /** {@code text} with each punctuation "?" made a space, so every other character keeps its column. */
  static String asSpaces(String text) {
    String opened = text.replace('¿', ' ').replace('¡', ' ');
    if (opened.indexOf('?') < 0) {
      return opened;
    }
    return PUNCTUATION.matcher(opened).replaceAll(m -> " ".repeat(m.group().length()));
  }
}
