package org.councilsearch.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Closes blank lines that fall inside a sentence, as OCR leaves them where it sees a gap between
 * two text blocks of one paragraph ("... The Unit" / blank / "continued the roll-out ..."), so that
 * the segmenter does not cut the paragraph in two. A blank line stays unless the line before it
 * ends mid-sentence (a letter, a digit, a comma or a hyphen) and the line after it goes on with a
 * lower-case word or a bracketed acronym ("(IASC)"): a new paragraph, heading or list item never
 * does. A speck read as a mark before that word ("- initiative.") goes too.
 */
public final class SplitSentenceJoiner implements TextFilter {
  private static final Pattern BRACKETED_ACRONYM = Pattern.compile("\\([A-Z]{2,}\\)");

  /** One stray mark and a space before a lower-case word. */
  private static final Pattern SPECK = Pattern.compile("^\\s*[-~·'‘`:;.,|]\\s+(?=\\p{Ll})");

  @Override
  public String apply(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String[] lines = text.split("\n", -1);
    List<String> out = new ArrayList<>(lines.length);
    int i = 0;
    while (i < lines.length) {
      String line = lines[i];
      out.add(line);
      int next = i + 1;
      while (next < lines.length && lines[next].isBlank() && lines[next].indexOf('\f') < 0) {
        next++;
      }
      boolean inside =
          next > i + 1 && next < lines.length && endsMidSentence(line) && continues(withoutSpeck(lines[next]));
      if (inside) {
        lines[next] = withoutSpeck(lines[next]);
      } else {
        // Each blank line is looked at once, however long the run: the filter stays linear.
        for (int blank = i + 1; blank < next; blank++) {
          out.add(lines[blank]);
        }
      }
      i = Math.max(i + 1, next);
    }
    return String.join("\n", out);
  }

  /** A speck OCR read as a mark before the words ("- initiative."), without the mark. */
  private static String withoutSpeck(String line) {
    return SPECK.matcher(line).replaceFirst("");
  }

  private static boolean endsMidSentence(String line) {
    String s = line.stripTrailing();
    if (s.isEmpty()) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    return Character.isLetterOrDigit(last) || last == ',' || last == '-';
  }

  /** A lower-case word, or an acronym in brackets such as "(IASC)", never an item "(a)". */
  private static boolean continues(String line) {
    String s = line.stripLeading();
    return !s.isEmpty()
        && (Character.isLowerCase(s.charAt(0)) || BRACKETED_ACRONYM.matcher(s).lookingAt());
  }
}
