package org.councilsearch.ingest.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a paper's text into its printed lines: a form feed starts a new page, and a line far longer
 * than any printed line (its breaks lost in conversion) is cut into candidate lines by {@link
 * RunOnLines} first, so the line-role model always reads lines of a printable length.
 */
public final class PrintedLines {
  private PrintedLines() {}

  /** The printed lines of {@code text}; blank lines kept, page breaks dropped. */
  public static List<PrintedLine> of(String text) {
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
          row = add(lines, before, page, row);
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
        row = add(lines, rest, page, row);
      }
    }
    return lines;
  }

  /**
   * The candidate lines a line is cut into: the line itself when it is of a printable length, else
   * the pieces {@link RunOnLines} proposes.
   */
  public static List<String> pieces(String line) {
    return RunOnLines.split(line);
  }

  private static int add(List<PrintedLine> lines, String text, int page, int row) {
    List<String> pieces = RunOnLines.split(text);
    boolean runOn = pieces.size() > 1;
    for (String piece : pieces) {
      lines.add(new PrintedLine(piece, page, row++, runOn));
    }
    return row;
  }
}
