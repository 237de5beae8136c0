package org.councilsearch.ingest.clean;

/**
 * Turns the odd characters of extracted text into plain ones: no-break and other Unicode spaces and
 * tabs become a space; invisible characters (zero-width spaces, joiners, byte order marks,
 * direction marks), control characters, replacement characters and stray surrogates are removed;
 * typographic ligatures (ﬁ, ﬂ, ...) are spelled out; the Unicode hyphen and non-breaking hyphen
 * become "-"; trailing spaces are cut from every line.
 *
 * <p>Kept: line breaks, form feeds (page edges, for {@link PageFurnitureFilter}) and a soft hyphen
 * at a line end (a hyphenation point, for {@link Dehyphenator}); a soft hyphen anywhere else is
 * invisible and removed.
 */
public final class OddCharacterFilter implements TextFilter {
  @Override
  public String apply(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    int n = text.length();
    StringBuilder out = new StringBuilder(n);
    int lineStart = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        trimTrailingSpaces(out, lineStart);
        out.append('\n');
        lineStart = out.length();
        continue;
      }
      if (c == '\f') {
        out.append(c);
        continue;
      }
      if (c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR) {
        out.append(' ');
        continue;
      }
      if (c == '\u00AD') {
        if (softHyphenEndsLine(text, i + 1)) {
          out.append(c);
        }
        continue;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, text.charAt(i + 1));
          if (Character.getType(cp) != Character.FORMAT
              && Character.getType(cp) != Character.UNASSIGNED) {
            out.append(c).append(text.charAt(i + 1));
          }
          i++;
        }
        continue;
      }
      if (Character.isLowSurrogate(c)
          || Character.isISOControl(c)
          || Character.getType(c) == Character.FORMAT
          || c == '\uFFFD'
          || c == '\uFFFE'
          || c == '\uFFFF') {
        continue;
      }
      if (c == '\u2010' || c == '\u2011') {
        out.append('-'); // the Unicode hyphens, as every keyboard writes them
        continue;
      }
      String ligature = ligature(c);
      if (ligature != null) {
        out.append(ligature);
        continue;
      }
      out.append(c);
    }
    trimTrailingSpaces(out, lineStart);
    return out.toString();
  }

  private static boolean softHyphenEndsLine(String text, int from) {
    for (int j = from; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\n') {
        return true;
      }
      if (c != ' ' && c != '\t' && Character.getType(c) != Character.SPACE_SEPARATOR) {
        return false;
      }
    }
    return false;
  }

  private static void trimTrailingSpaces(StringBuilder out, int lineStart) {
    int end = out.length();
    while (end > lineStart && out.charAt(end - 1) == ' ') {
      end--;
    }
    out.setLength(end);
  }

  private static String ligature(char c) {
    return switch (c) {
      case '\uFB00' -> "ff";
      case '\uFB01' -> "fi";
      case '\uFB02' -> "fl";
      case '\uFB03' -> "ffi";
      case '\uFB04' -> "ffl";
      case '\uFB05', '\uFB06' -> "st";
      default -> null;
    };
  }
}
