package org.councilsearch.ingest.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the line breaks an earlier conversion lost between numbered paragraphs: "1. The
 * meeting was opened ... 2. The following members ..." becomes one line per paragraph. A break is
 * put back only before the next number in sequence followed by a capital, and not after a word
 * that refers to a number ("paragraph 2. The", "table 3."). A heading run in between ("... was
 * opened. II. MEMBERSHIP 3. The ...") gets a line of its own, so it is read as a heading, not as
 * the end of the paragraph before it. When a line lost every break, its front matter running into
 * "1.", the body is cut off where a "1." is followed by a "2." (not after a colon, which announces a
 * list) or another number by two more paragraphs in sequence; a page run into one line is cut the
 * same way where the paragraph after the last one of the page before starts. Paragraphs numbered
 * by section ("1.1 ... 1.2 ... 2.1 ...", with or without a dot after) go on in either part, the
 * section's headings ("2. Recommendations") between them; such a numbering is preferred to the
 * whole numbers of those headings.
 */
final class RunOnParagraphs {
  /** A paragraph's number: whole and followed by a dot ("12."), or by section ("2.3", "2.3."). */
  private static final String NUMBER = "([1-9]\\d{0,2}\\.[1-9]\\d?\\.?|[1-9]\\d{0,2}\\.)";
  /** What follows a paragraph's number: a space, or nothing before a capitalized word ("1.The"). */
  private static final String AFTER = "(?:\\s+|(?<=\\.)(?=\\p{Lu}\\p{Ll}))";
  private static final Pattern FIRST = Pattern.compile("\\s*" + NUMBER + AFTER + "\\p{Lu}.*");
  private static final int MIN_LENGTH = 120;
  /** A number after a space and before a capital, inside a line: where a run-on body may start. */
  private static final Pattern EMBEDDED = Pattern.compile("(?<=\\s)" + NUMBER + AFTER + "(?=\\p{Lu})");
  /** Paragraphs in sequence after an embedded number (other than a first "1.") for it to start the body. */
  private static final int MIN_EMBEDDED_BREAKS = 2;
  /** The most words of a heading printed between two paragraphs; more are the paragraph's own. */
  private static final int MAX_HEADING_WORDS = 25;
  /** A heading's own number ("II.", "B.", "3.2."), whose dot ends no sentence. */
  private static final Pattern HEADING_NUMBER = Pattern.compile("(?:[IVXLC]+|\\p{Lu}|\\d{1,2}(?:\\.\\d{1,2})*)\\.");
  /** A section's heading after its paragraphs, opened by its number ("2. Recommendations", "3 Interpretation"). */
  private static final Pattern SECTION_HEADING = Pattern.compile("\\d{1,2}\\.?\\s+\\p{Lu}");
  private static final String BULLETS = "•▪◦‣-–*";
  private static final Pattern SENTENCE_END = Pattern.compile("[.;:!?][”’\")]?\\s");

  private RunOnParagraphs() {}

  static String split(String text) {
    if (text.indexOf('\n') < 0 && text.length() < MIN_LENGTH) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 64);
    Number last = null;
    int from = 0;
    while (from <= text.length()) {
      int end = text.indexOf('\n', from);
      if (end < 0) {
        end = text.length();
      }
      last = splitLine(text.substring(from, end), last, out);
      if (end < text.length()) {
        out.append('\n');
      }
      from = end + 1;
    }
    return out.toString();
  }

  /** Appends {@code line} with its breaks put back; returns the last paragraph number it holds, or {@code last}. */
  private static Number splitLine(String line, Number last, StringBuilder out) {
    Matcher first = line.length() < MIN_LENGTH ? null : FIRST.matcher(line);
    if (first == null) {
      out.append(line);
      return numberStarting(line, last);
    }
    if (first.matches()) {
      Paragraphs body = paragraphs(line, Number.of(first.group(1)), first.end(1));
      out.append(String.join("\n", body.lines()));
      return body.last();
    }
    // A copy whose every line break was lost: the front matter (or the end of the page before's
    // paragraph) runs into a numbered paragraph and those after it. The paragraph that follows the
    // page before's last is taken for the body's start; any other number only when two more
    // paragraphs follow it in sequence, so that a number inside a sentence stays where it is.
    // Numbers by section are tried first: the whole numbers before them are their sections' headings.
    for (boolean bySection : new boolean[] {true, false}) {
      Matcher embedded = EMBEDDED.matcher(line);
      while (embedded.find()) {
        Number number = Number.of(embedded.group(1));
        if (number.bySection() != bySection || RunOnLines.REFERRING.contains(lastWord(line, 0, embedded.start() - 1))) {
          continue;
        }
        Paragraphs body = paragraphs(line.substring(embedded.start()), number, embedded.group(1).length());
        if (body.breaks() >= leastBreaks(line, embedded.start(), number) || number.follows(last)) {
          out.append(line.substring(0, embedded.start()).stripTrailing()).append('\n').append(String.join("\n", body.lines()));
          return body.last();
        }
      }
    }
    out.append(line);
    return last;
  }

  /**
   * How many paragraphs must follow an embedded number for it to start the body: one after a
   * first number ("1.", "1.1": a short paper of two paragraphs), unless a lead-in's colon announces
   * a list ("decided: 1. To approve ... 2. To adopt ..."); two after any other number.
   */
  private static int leastBreaks(String line, int at, Number number) {
    boolean list = line.substring(0, at).stripTrailing().endsWith(":");
    return number.isFirst() && !list ? 1 : MIN_EMBEDDED_BREAKS;
  }

  private static Number numberStarting(String line, Number last) {
    Matcher m = FIRST.matcher(line);
    return m.matches() ? Number.of(m.group(1)) : last;
  }

  /**
   * A paragraph's number: a whole number ({@code minor} 0) or a section's and the paragraph's in it.
   */
  private record Number(int major, int minor) {
    static Number of(String printed) {
      String[] parts = printed.split("\\.");
      return new Number(Integer.parseInt(parts[0]), parts.length > 1 && !parts[1].isEmpty() ? Integer.parseInt(parts[1]) : 0);
    }

    boolean bySection() {
      return minor > 0;
    }

    boolean isFirst() {
      return major == 1 && minor <= 1;
    }

    /** Whether this number comes right after {@code before}: the next in its section, or the next section's first. */
    boolean follows(Number before) {
      if (before == null || before.bySection() != bySection()) {
        return false;
      }
      return bySection()
          ? (major == before.major && minor == before.minor + 1) || (major == before.major + 1 && minor == 1)
          : major == before.major + 1;
    }

    /** How the numbers that may come next are printed, as a pattern's alternatives. */
    String nextPrinted() {
      return bySection()
          ? major + "\\." + (minor + 1) + "\\.?|" + (major + 1) + "\\.1\\.?"
          : (major + 1) + "\\.";
    }
  }

  /** The lines of a run-on body, how many numbered breaks were put back, and its last number. */
  private record Paragraphs(List<String> lines, int breaks, Number last) {}

  /** {@code line} cut before each next number in sequence, from {@code number}. */
  private static Paragraphs paragraphs(String line, Number number, int searchFrom) {
    List<String> lines = new ArrayList<>();
    int breaks = 0;
    int start = 0;
    while (true) {
      Matcher m = Pattern.compile("\\s+(" + number.nextPrinted() + ")(?:\\s+(?=[\\p{Lu}“\"‘(])|(?<=\\.)(?=\\p{Lu}\\p{Ll}))").matcher(line);
      int at = -1;
      while (m.find(searchFrom)) {
        if (!RunOnLines.REFERRING.contains(lastWord(line, start, m.start()))) {
          at = m.start();
          break;
        }
        searchFrom = m.end(1);
      }
      if (at < 0) {
        break;
      }
      String before = line.substring(start, at);
      int heading = headingStart(before);
      if (heading > 0) {
        lines.add(before.substring(0, heading).strip());
        lines.add(before.substring(heading).strip());
      } else {
        lines.add(before);
      }
      start = m.start(1);
      searchFrom = m.end(1);
      number = Number.of(m.group(1));
      breaks++;
    }
    lines.add(line.substring(start));
    return new Paragraphs(lines, breaks, number);
  }

  private static String lastWord(String line, int from, int to) {
    int space = line.lastIndexOf(' ', to - 1);
    String word = line.substring(Math.max(from, space + 1), to);
    return word.toLowerCase(Locale.ROOT);
  }

  /**
   * Where a heading run onto the end of a paragraph starts: after its last sentence's end, when
   * what follows ends no sentence and has a heading's few words; 0 when there is none.
   */
  private static int headingStart(String paragraph) {
    String text = paragraph.stripTrailing();
    if (text.isEmpty() || ".;:!?”’\")".indexOf(text.charAt(text.length() - 1)) >= 0) {
      return 0;
    }
    int end = -1;
    Matcher m = SENTENCE_END.matcher(text);
    while (m.find()) {
      int word = text.lastIndexOf(' ', m.start()) + 1;
      // The dot of a heading's number ("II.") ends no sentence: the heading starts at its number.
      if (!HEADING_NUMBER.matcher(text.substring(word, m.start() + 1)).matches()) {
        end = m.end();
      }
    }
    if (end <= 0 || end >= text.length()) {
      return 0;
    }
    String tail = text.substring(end);
    int words = tail.split("\\s+").length;
    boolean opens = Character.isUpperCase(tail.codePointAt(0)) || BULLETS.indexOf(tail.charAt(0)) >= 0 || SECTION_HEADING.matcher(tail).lookingAt();
    return words <= MAX_HEADING_WORDS && opens ? end : 0;
  }
}
