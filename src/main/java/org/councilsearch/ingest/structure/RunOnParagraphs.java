package org.councilsearch.ingest.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the line breaks an earlier conversion lost between numbered paragraphs: "1. The
 * meeting was opened ... 2. The following members ..." becomes one line per paragraph. A break is
 * put back only before the next number in sequence, after the end of a sentence and before a
 * capital, so "paragraph 2. The" or a list "1. 2. 3." is left alone unless it reads as the next
 * paragraph.
 */
final class RunOnParagraphs {
  private static final Pattern FIRST = Pattern.compile("\\s*([1-9]\\d{0,2})\\.\\s+\\p{Lu}.*");
  private static final int MIN_LENGTH = 120;

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
    if (first == null || !first.matches()) {
      out.append(line);
      return;
    }
    int number = Integer.parseInt(first.group(1));
    int start = 0;
    int searchFrom = first.end(1);
    while (true) {
      Pattern next = Pattern.compile("(?<=[.;:!?”’\")])\\s+(" + (number + 1) + ")\\.\\s+(?=[\\p{Lu}“\"‘(])");
      Matcher m = next.matcher(line);
      if (!m.find(searchFrom)) {
        break;
      }
      out.append(line, start, m.start()).append('\n');
      start = m.start(1);
      searchFrom = m.end(1);
      number++;
    }
    out.append(line, start, line.length());
  }
}
