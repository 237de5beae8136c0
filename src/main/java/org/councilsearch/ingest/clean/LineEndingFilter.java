package org.councilsearch.ingest.clean;

/**
 * Makes every line break a single {@code \n}: CR LF, lone CR, NEL, the Unicode line and paragraph
 * separators and the vertical tab Word uses for manual breaks. A form feed (a page break in some
 * extractions) becomes a line of its own, so that {@link PageFurnitureFilter} can see page edges.
 */
public final class LineEndingFilter implements TextFilter {
  @Override
  public String apply(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\r' -> {
          out.append('\n');
          if (i + 1 < n && text.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\u0085', '\u2028', '\u2029', '\u000B' -> out.append('\n');
        case '\f' -> out.append("\n\f\n");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
