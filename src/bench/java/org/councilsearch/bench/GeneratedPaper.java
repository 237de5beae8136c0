package org.councilsearch.bench;

import java.util.List;

/**
 * One synthetic paper before it is written in a file format.
 *
 * @param fileName its file name in the archive, extension included
 * @param year the year it reports on, printed in its title
 * @param title its title as printed (in capitals, year last)
 * @param blocks its lines in reading order: header lines, title, headings, paragraphs and items
 */
record GeneratedPaper(String fileName, int year, String title, List<Block> blocks) {
  GeneratedPaper {
    blocks = List.copyOf(blocks);
  }

  /** What a block is, so each format can style it (bold title, numbered paragraph ...). */
  enum Kind {
    HEADER,
    TITLE,
    HEADING,
    PARAGRAPH,
    ITEM
  }

  /** One line or paragraph of the paper; paragraphs and items carry their printed label. */
  record Block(Kind kind, String text) {}

  /** How many characters of text the paper holds, for the archive's size report. */
  long chars() {
    return blocks.stream().mapToLong(b -> b.text().length()).sum();
  }
}
