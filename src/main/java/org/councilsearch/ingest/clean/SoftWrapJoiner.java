package org.councilsearch.ingest.clean;

/**
 * Joins the lines of one passage into one line: every line break, with the spaces around it,
 * becomes a single space. Hyphenated line ends are repaired earlier, on the whole paper, by {@link
 * Dehyphenator}, which needs the paper's vocabulary.
 */
public final class SoftWrapJoiner implements TextFilter {
  @Override
  public String apply(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    if (text.indexOf('\n') < 0 && text.indexOf('\f') < 0) {
      return text;
    }
    int n = text.length();
    StringBuilder out = new StringBuilder(n);
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\f') {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
          end--;
        }
        out.setLength(end);
        i++;
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\n' || text.charAt(i) == '\f')) {
          i++;
        }
        if (out.length() > 0 && i < n) {
          out.append(' ');
        }
        continue;
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }
}
