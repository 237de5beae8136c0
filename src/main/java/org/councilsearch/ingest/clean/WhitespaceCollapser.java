package org.councilsearch.ingest.clean;

/** Collapses every run of whitespace to one space and trims both ends. */
public final class WhitespaceCollapser implements TextFilter {
  @Override
  public String apply(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    int n = text.length();
    StringBuilder out = new StringBuilder(n);
    boolean pendingSpace = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(c);
    }
    return out.toString();
  }
}
