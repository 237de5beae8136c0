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
 *   <li>Numbers printed without their dot, set apart from their text by a wide gap ("1        The
 *       Council ...") or standing alone on the line above it ("1" / "This paper ..."), become
 *       "1." when they run in sequence from 1, at least {@value #MIN_BARE_RUN} of them a few lines
 *       apart: page numbers are fewer, further apart, and never followed by text at the gap.
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

  /** "1        The ..." or "1" alone: a number printed without its dot; group 3 is the text at the gap. */
  private static final Pattern BARE =
      Pattern.compile("^(\\s*)([1-9]\\d{0,2})(?:(\\s{3,}|\\t)(?=[\\p{Lu}“\"‘(])(.*))?$");

  private static final Pattern OPENS_TEXT = Pattern.compile("^\\s*[\\p{Lu}“\"‘(]");

  /** Fewest numbers without a dot, in sequence from 1, read as paragraph numbers. */
  static final int MIN_BARE_RUN = 3;

  /** Most lines between two numbers of one run: a page holds several paragraphs. */
  private static final int MAX_BARE_GAP = 40;

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
    dotBareNumbers(lines);
    return String.join("\n", lines);
  }

  /** Gives a dot to the numbers of each run of {@link #BARE} numbers in sequence from 1. */
  private static void dotBareNumbers(String[] lines) {
    List<Integer> run = new ArrayList<>();
    int expected = 1;
    for (int i = 0; i < lines.length; i++) {
      Matcher m = BARE.matcher(lines[i]);
      if (!m.matches() || (m.group(3) == null && !(i + 1 < lines.length && OPENS_TEXT.matcher(lines[i + 1]).lookingAt()))) {
        continue;
      }
      int number = Integer.parseInt(m.group(2));
      boolean near = run.isEmpty() || i - run.get(run.size() - 1) <= MAX_BARE_GAP;
      if (number == expected && near) {
        run.add(i);
        expected++;
      } else {
        dot(lines, run);
        run.clear();
        expected = 1;
        if (number == 1) {
          run.add(i);
          expected = 2;
        }
      }
    }
    dot(lines, run);
  }

  private static void dot(String[] lines, List<Integer> run) {
    if (run.size() < MIN_BARE_RUN) {
      return;
    }
    for (int i : run) {
      Matcher m = BARE.matcher(lines[i]);
      if (m.matches()) {
        lines[i] = m.group(1) + m.group(2) + "." + (m.group(3) == null ? "" : m.group(3) + m.group(4));
      }
    }
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
