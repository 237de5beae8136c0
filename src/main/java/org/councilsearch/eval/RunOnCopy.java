package org.councilsearch.eval;

import java.util.regex.Pattern;

/**
 * A paper as a conversion that lost its line breaks gives it: each page run into one line, its
 * words kept. Web copies and some PDF converters give papers so; the reader must still find their
 * header and their numbered paragraphs.
 */
public final class RunOnCopy {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private RunOnCopy() {}

  /** {@code text} with each page (pages end at form feeds) on one line. */
  public static String of(String text) {
    StringBuilder copy = new StringBuilder(text.length());
    for (String page : text.split("\f")) {
      String line = SPACES.matcher(page).replaceAll(" ").strip();
      if (!line.isEmpty()) {
        copy.append(line).append("\n\f");
      }
    }
    return copy.toString();
  }
}
