package org.councilsearch.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs paragraph numbers as OCR misreads them, so that a scanned paper is cited by the numbers
 * printed on it.
 *
 * <ul>
 *   <li>A number with a letter that looks like a digit: "l2." and "I2." for "12.", "1O." for
 *       "10.". Only where a real digit is present, so that the roman heading "I." stays.
 *   <li>A number read as letters altogether, such as "A." for "4.", when the paragraphs on both
 *       sides prove it: "3." before and "5." after. A heading "A." between "3." and "4." stays.
 *   <li>Specks read as punctuation after the number: "7. ," and "8. :" become "7." and "8.".
 * </ul>
 *
 * <p>Text with a text layer has none of these, so the repair is safe on every paper.
 */
public final class ParagraphNumberRepair implements TextFilter {
  /** A line-start marker of up to three characters and a dot, then the rest of the line. */
  private static final Pattern MARKER =
      Pattern.compile("^(\\s*)([0-9A-Za-z|]{1,3})\\.(?=\\s|$)(.*)$");

  private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");

  /** Specks after a marker: punctuation alone, before the text or the end of the line. */
  private static final Pattern SPECKS = Pattern.compile("^\\s+[,:;.'‘’`|]+(?=\\s|$)");

  @Override
  public String apply(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String[] lines = text.split("\n", -1);
    List<Integer> markers = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MARKER.matcher(lines[i]);
      if (m.matches()) {
        String repaired = mixedDigits(m.group(2));
        lines[i] = m.group(1) + repaired + "." + withoutSpecks(m.group(3), repaired);
        markers.add(i);
      }
    }
    for (int k = 0; k < markers.size(); k++) {
      int line = markers.get(k);
      Matcher m = MARKER.matcher(lines[line]);
      if (!m.matches() || NUMBER.matcher(m.group(2)).matches()) {
        continue;
      }
      Integer before = numberAt(lines, markers, k - 1);
      Integer after = numberAt(lines, markers, k + 1);
      Integer read = asDigits(m.group(2));
      if (read != null && before != null && after != null && before + 1 == read && read + 1 == after) {
        lines[line] = m.group(1) + read + "." + m.group(3);
      }
    }
    return String.join("\n", lines);
  }

  /** "l2" as "12", "1O" as "10": letters that look like digits, beside at least one digit. */
  private static String mixedDigits(String token) {
    if (token.chars().noneMatch(Character::isDigit) || NUMBER.matcher(token).matches()) {
      return token;
    }
    String digits = token.replaceAll("[lI|]", "1").replaceAll("[Oo]", "0");
    return NUMBER.matcher(digits).matches() ? digits : token;
  }

  private static String withoutSpecks(String rest, String token) {
    return NUMBER.matcher(token).matches() ? SPECKS.matcher(rest).replaceFirst("") : rest;
  }

  /** The token read with every look-alike as its digit, or null when some character is none. */
  private static Integer asDigits(String token) {
    StringBuilder digits = new StringBuilder();
    for (char c : token.toCharArray()) {
      int at = "OoDQlI|iZzEASsbGTBgq".indexOf(c);
      if (Character.isDigit(c)) {
        digits.append(c);
      } else if (at >= 0) {
        digits.append("00001111223455667899".charAt(at));
      } else {
        return null;
      }
    }
    return Integer.valueOf(digits.toString());
  }

  private static Integer numberAt(String[] lines, List<Integer> markers, int k) {
    if (k < 0 || k >= markers.size()) {
      return null;
    }
    Matcher m = MARKER.matcher(lines[markers.get(k)]);
    return m.matches() && NUMBER.matcher(m.group(2)).matches()
        ? Integer.valueOf(m.group(2))
        : null;
  }
}
