package org.councilsearch.ingest.clean;

/**
 * Marks every bullet item the same way, whatever glyph the source used: a line that starts with a
 * bullet glyph starts with "• " afterwards (its indentation kept), and a glyph alone on a line
 * (PDF extraction often separates a column of glyphs from their texts) becomes a lone "•".
 *
 * <p>Glyphs that are never text at a line start are always bullets: •, ▪, ■, ◦, ●, ►, ➢, ✓, the
 * private-use glyphs of symbol fonts (U+F0B7 and friends) and "½", which is how a Symbol-font bullet
 * often comes out of a PDF. Characters that can also be text ("o", "-", "–", "—", "*", "+") are
 * bullets only when followed by a space and when the line starts a new item: after a blank line,
 * after a line that ends a sentence or introduces a list (".", ":", ";"), or after another item.
 * Markdown rules such as "---" and "* * *" are left alone.
 */
public final class BulletGlyphFilter implements TextFilter {
  public static final char BULLET = '•';

  private static final String ALWAYS = "•·▪■□◦○●►▸▹▶➢➤➔✓✔❖◆◇♦‣⁃∙½";
  private static final String SOMETIMES = "o-–—*+";

  @Override
  public String apply(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder(text.length() + 16);
    String previous = "";
    boolean previousIsItem = false;
    boolean afterBlank = false;
    for (int li = 0; li < lines.length; li++) {
      String line = lines[li];
      if (li > 0) {
        out.append('\n');
      }
      int indent = 0;
      while (indent < line.length() && line.charAt(indent) == ' ') {
        indent++;
      }
      String rest = line.substring(indent);
      String normalized = normalize(rest, previous, previousIsItem);
      if (normalized != null) {
        out.append(line, 0, indent).append(normalized);
        previousIsItem = true;
        afterBlank = false;
      } else {
        out.append(line);
        if (rest.isEmpty()) {
          afterBlank = true;
        } else {
          // A line right under an item continues it; a line after a blank line ends the list.
          previousIsItem = previousIsItem && !afterBlank;
          afterBlank = false;
        }
      }
      previous = rest;
    }
    return out.toString();
  }

  /** The line with its bullet glyph replaced, or null when it does not start a bullet item. */
  private static String normalize(String line, String previous, boolean previousIsItem) {
    if (line.isEmpty() || HorizontalRule.matches(line)) {
      return null;
    }
    int first = line.codePointAt(0);
    int width = Character.charCount(first);
    boolean alone = line.length() == width;
    boolean spaced = !alone && line.charAt(width) == ' ';
    String rest = alone ? "" : line.substring(width).strip();
    if (isAlwaysBullet(first)) {
      if (alone || rest.isEmpty()) {
        return String.valueOf(BULLET);
      }
      if (first == '½' && !spaced) {
        return null;
      }
      return BULLET + " " + rest;
    }
    if (first < 0x10000 && SOMETIMES.indexOf(first) >= 0 && spaced && !rest.isEmpty()) {
      if (first == '-' && rest.startsWith("-")) {
        return null;
      }
      if (startsNewItem(previous, previousIsItem)) {
        return BULLET + " " + rest;
      }
    }
    return null;
  }

  private static boolean isAlwaysBullet(int cp) {
    return (cp < 0x10000 && ALWAYS.indexOf(cp) >= 0) || (cp >= 0xE000 && cp <= 0xF8FF);
  }

  private static boolean startsNewItem(String previous, boolean previousIsItem) {
    if (previousIsItem) {
      return true;
    }
    String p = previous.strip();
    if (p.isEmpty()) {
      return true;
    }
    int end = p.length() - 1;
    while (end > 0 && "”’\"')]*_".indexOf(p.charAt(end)) >= 0) {
      end--;
    }
    char last = p.charAt(end);
    return last == '.' || last == ':' || last == ';' || last == '!' || last == '?';
  }
}
