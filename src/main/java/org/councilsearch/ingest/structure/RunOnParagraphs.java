package org.councilsearch.ingest.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the line breaks an earlier conversion lost between numbered paragraphs: "1. The
 * meeting was opened ... 2. The following members ..." becomes one line per paragraph. A break is
 * put back only before the next number in sequence, after the end of a sentence and before a
 * capital, so "paragraph 2. The" or a list "1. 2. 3." is left alone unless it reads as the next
 * paragraph. When a line lost every break, its front matter running into "1.", the body is cut
 * off where a "1." is followed by two more paragraphs in sequence.
 */
final class RunOnParagraphs {
  private static final Pattern FIRST = Pattern.compile("\\s*([1-9]\\d{0,2})\\.\\s+\\p{Lu}.*");
  private static final int MIN_LENGTH = 120;
  /** "1." after a space and before a capital, inside a line: where a run-on body may start. */
  private static final Pattern EMBEDDED_FIRST = Pattern.compile("(?<=\\s)1\\.\\s+(?=\\p{Lu})");
  /** Paragraphs in sequence after an embedded "1." for it to be taken for the body's start. */
  private static final int MIN_EMBEDDED_BREAKS = 2;

  private RunOnParagraphs() {}

  static String split(String text) {
    if (text.indexOf('\n') < 0 && text.length() < MIN_LENGTH) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 64);
    int from = 0;
    while (from <= text.length()) {
      int end = text.indexOf('\n', from);
      if (end < 0) {
        end = text.length();
      }
      splitLine(text.substring(from, end), out);
      if (end < text.length()) {
        out.append('\n');
      }
      from = end + 1;
    }
    return out.toString();
  }

  private static void splitLine(String line, StringBuilder out) {
    Matcher first = line.length() < MIN_LENGTH ? null : FIRST.matcher(line);
    if (first == null) {
      out.append(line);
      return;
    }
    if (first.matches()) {
      out.append(String.join("\n", paragraphs(line, Integer.parseInt(first.group(1)), first.end(1))));
      return;
    }
    // A copy whose every line break was lost: the front matter runs into "1. ...", and the
    // paragraphs after it. Only a first paragraph followed by at least two more in sequence is
    // taken for the body's start, so a "1." inside a sentence stays where it is.
    Matcher embedded = EMBEDDED_FIRST.matcher(line);
    while (embedded.find()) {
      List<String> body = paragraphs(line.substring(embedded.start()), 1, 1);
      if (body.size() > MIN_EMBEDDED_BREAKS) {
        out.append(line.substring(0, embedded.start()).stripTrailing()).append('\n').append(String.join("\n", body));
        return;
      }
    }
    out.append(line);
  }

  /** {@code line} cut before each next number in sequence, from {@code number}. */
  private static List<String> paragraphs(String line, int number, int searchFrom) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    while (true) {
      Pattern next = Pattern.compile("(?<=[.;:!?”’\")])\\s+(" + (number + 1) + ")\\.\\s+(?=[\\p{Lu}“\"‘(])");
      Matcher m = next.matcher(line);
      if (!m.find(searchFrom)) {
        break;
      }
      pieces.add(line.substring(start, m.start()));
      start = m.start(1);
      searchFrom = m.end(1);
      number++;
    }
    pieces.add(line.substring(start));
    return pieces;
  }
}
