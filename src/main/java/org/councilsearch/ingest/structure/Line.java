package org.councilsearch.ingest.structure;

/**
 * One line of cleaned text, classified.
 *
 * @param index position in the paper, from 0
 * @param indent leading spaces
 * @param text the line as it stands, trimmed, markup kept
 * @param plain the line without inline markup, whitespace collapsed; for a Markdown heading, its
 *     title without the {@code #} marks
 * @param kind what the line looks like on its own
 * @param label the number, numeral, letter, "(a)", "•" or annex name that opens the line, or null
 * @param body the plain text after the label; the whole plain text when there is no label
 * @param mdLevel the number of {@code #} of a Markdown heading, else 0
 * @param bold the whole line is wrapped in {@code **} or {@code __}
 */
record Line(
    int index,
    int indent,
    String text,
    String plain,
    LineKind kind,
    String label,
    String body,
    int mdLevel,
    boolean bold) {

  boolean isBlank() {
    return kind == LineKind.BLANK;
  }
}
