package org.councilsearch.ingest.structure;

/**
 * The layout knowledge the block readers use, as numbers: how long a heading may run, when a short
 * line ends a paragraph, what a title line above prose looks like. Changing how papers are read
 * is then a change of these values, not of the readers.
 *
 * @param maxSegmentChars a passage longer than this is cut at sentence ends
 * @param maxHeadingLines an unmarked heading, a lettered heading's title or a bullet heading runs
 *     over at most this many lines
 * @param romanTitleExtraLines lines a Roman-numbered heading's title may wrap onto
 * @param maxPairedLines item texts read at most to pair with labels printed apart from them
 * @param layoutLineChars lines at least this long tell how the text is laid out
 * @param minLayoutLines with fewer such lines the text counts as wrapped
 * @param wrapWidthPercentile the usual width of a full line: this percentile of those lengths
 * @param hardBreakPercent text is "one line per paragraph" when at least this share of those lines
 *     ends a sentence
 * @param shortLineShare in wrapped text, a line ending a sentence shorter than this share of the
 *     usual width ends its paragraph
 * @param maxAnnexTitleLines lines of an annex's title, printed under "ANNEX I"
 * @param maxAnnexTitleChars longer lines are not an annex's title
 * @param maxItemTitleChars an annex item's title is no longer than this
 * @param maxIsolatedTitleWords a title line above prose, between blank lines, has at most these
 *     words
 * @param minProseChars the paragraph under such a title has at least these characters, or
 * @param minProseWords ends a sentence of at least these words
 */
record LayoutProfile(
    int maxSegmentChars,
    int maxHeadingLines,
    int romanTitleExtraLines,
    int maxPairedLines,
    int layoutLineChars,
    int minLayoutLines,
    int wrapWidthPercentile,
    int hardBreakPercent,
    double shortLineShare,
    int maxAnnexTitleLines,
    int maxAnnexTitleChars,
    int maxItemTitleChars,
    int maxIsolatedTitleWords,
    int minProseChars,
    int minProseWords) {

  /** The council papers' layouts: PDF exports, Word documents, Markdown and plain text. */
  static final LayoutProfile COUNCIL_PAPERS =
      new LayoutProfile(4_000, 4, 2, 500, 30, 3, 75, 60, 0.7, 3, 200, 400, 12, 60, 6);
}
