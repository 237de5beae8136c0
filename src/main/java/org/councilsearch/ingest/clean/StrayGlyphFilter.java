package org.councilsearch.ingest.clean;

/**
 * Removes bullet glyphs left inside a passage's text (two items run together on one line, a glyph
 * the segmenter did not see), and the private-use characters of symbol fonts. "½" goes only when it
 * stands alone between spaces, where it is a mis-decoded bullet; "1½" stays a fraction.
 */
public final class StrayGlyphFilter implements TextFilter {
  private static final String GLYPHS = "•▪■□◦●►▸▹▶➢➤✓✔❖◆◇♦‣⁃∙";

  @Override
  public String apply(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    StringBuilder out = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean drop =
          GLYPHS.indexOf(c) >= 0
              || (c >= '\uE000' && c <= '\uF8FF')
              || (c == '½'
                  && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))
                  && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1))));
      if (drop && out == null) {
        out = new StringBuilder(n);
        out.append(text, 0, i);
      }
      if (out != null) {
        out.append(drop ? ' ' : c);
      }
    }
    return out == null ? text : out.toString();
  }
}
