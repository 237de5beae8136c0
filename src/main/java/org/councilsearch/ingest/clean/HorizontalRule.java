package org.councilsearch.ingest.clean;

/**
 * A line drawn across the page: a Markdown thematic break (three or more of one of "-", "*", "_",
 * with optional spaces) or a row of "=". Clean-up leaves such a line alone rather than read its
 * first glyph as a bullet, and structure reads it as a rule, not as text.
 */
public final class HorizontalRule {
  private HorizontalRule() {}

  /** Whether {@code line}, leading and trailing white space aside, is a rule. */
  public static boolean matches(String line) {
    String t = line.strip();
    if (t.length() < 3) {
      return false;
    }
    char c = t.charAt(0);
    if (c != '-' && c != '*' && c != '_' && c != '=') {
      return false;
    }
    int count = 0;
    for (int i = 0; i < t.length(); i++) {
      char x = t.charAt(i);
      if (x == c) {
        count++;
      } else if (x != ' ') {
        return false;
      }
    }
    return count >= 3;
  }
}
