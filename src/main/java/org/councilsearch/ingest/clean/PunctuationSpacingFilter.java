package org.councilsearch.ingest.clean;

import java.util.regex.Pattern;

/**
 * Repairs the spacing around punctuation that PDF extraction breaks: "IOM’ s" becomes "IOM’s", a
 * space before a comma, semicolon or full stop goes ("Women” ,"), and so does a space just inside
 * quotes and brackets ("“ African Women", "( IOM )").
 */
public final class PunctuationSpacingFilter implements TextFilter {
  private static final Pattern SPLIT_POSSESSIVE = Pattern.compile("(?<=\\p{L}[’']) (?=s\\b)");
  private static final Pattern SPACE_BEFORE_PUNCTUATION =
      Pattern.compile("(?<=[\\p{L}\\p{N}”’\")\\]]) +(?=[,;.](?:\\s|$))");
  private static final Pattern SPACE_AFTER_OPENING = Pattern.compile("(?<=[“(\\[]) +(?=[\\p{L}\\p{N}])");
  private static final Pattern SPACE_BEFORE_CLOSING =
      Pattern.compile("(?<=[\\p{L}\\p{N}.!?]) +(?=[”)\\]](?:[\\s,;.:]|$))");

  @Override
  public String apply(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String s = SPLIT_POSSESSIVE.matcher(text).replaceAll("");
    s = SPACE_BEFORE_PUNCTUATION.matcher(s).replaceAll("");
    s = SPACE_AFTER_OPENING.matcher(s).replaceAll("");
    return SPACE_BEFORE_CLOSING.matcher(s).replaceAll("");
  }
}
