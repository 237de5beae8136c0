package org.councilsearch.ingest.structure;

/**
 * One line of a paper as printed, before any cleanup joins or drops it.
 *
 * @param text the line, leading spaces kept, trailing ones removed; empty for a blank line
 * @param page the page it is on, from 0 (pages are separated by form feeds)
 * @param row its position on the page, from 0, counting blank lines
 * @param runOn true when the line was cut out of a longer line whose breaks were lost
 */
public record PrintedLine(String text, int page, int row, boolean runOn) {
  public PrintedLine {
    text = text == null ? "" : text.stripTrailing();
  }

  public boolean isBlank() {
    return text.isBlank();
  }
}
