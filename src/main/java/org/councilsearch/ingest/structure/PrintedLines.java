package org.councilsearch.ingest.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a paper's text into its printed lines: a form feed starts a new page, and a line far longer
 * than any printed line (its breaks lost in conversion) is cut by {@link RunOnLines} into the lines
 * it was printed as, so the line-role model reads lines as printed.
 */
public final class PrintedLines {
  private PrintedLines() {}

  /** The printed lines of {@code text}; blank lines kept, page breaks dropped. */
  public static List<PrintedLine> of(String text, RunOnLines cutter) {
    List<PrintedLine> lines = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return lines;
    }
    int page = 0;
    int row = 0;
    for (String raw : text.split("\r?\n|\r", -1)) {
      String rest = raw;
      int feed;
      while ((feed = rest.indexOf('\f')) >= 0) {
        String before = rest.substring(0, feed);
        if (!before.isBlank()) {
          row = add(lines, cutter, before, page, row);
        }
        page++;
        row = 0;
        rest = rest.substring(feed + 1);
        if (rest.isBlank()) {
          rest = null;
          break;
        }
      }
      if (rest != null) {
        row = add(lines, cutter, rest, page, row);
      }
    }
    return lines;
  }

  private static int add(List<PrintedLine> lines, RunOnLines cutter, String text, int page, int row) {
    List<String> pieces = cutter.split(text);
    boolean runOn = pieces.size() > 1;
    for (String piece : pieces) {
      lines.add(new PrintedLine(piece, page, row++, runOn));
    }
    return row;
  }
}
