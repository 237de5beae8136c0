package org.councilsearch.search;

import java.util.regex.Pattern;

/**
 * Tells a question mark from a wildcard. People end questions with "?", so a "?" after a word or
 * standing alone is punctuation; only a "?" inside a word ({@code wom?n}) or before another
 * wildcard character stands for a letter. An escaped {@code \?} stays what it is.
 */
final class QuestionMarks {
  /** A run of "?" that no letter, digit or wildcard follows, not escaped. */
  private static final Pattern PUNCTUATION = Pattern.compile("(?<!\\\\)\\?+(?![\\p{L}\\p{N}_*?])");

  private QuestionMarks() {}

  /** {@code text} with each punctuation "?" made a space, so every other character keeps its column. */
  static String asSpaces(String text) {
    if (text.indexOf('?') < 0) {
      return text;
    }
    return PUNCTUATION.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
  }
}
