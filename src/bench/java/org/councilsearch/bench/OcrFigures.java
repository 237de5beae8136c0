package org.councilsearch.bench;

import java.util.List;

/**
 * OCR of one bundled paper's scans, against its text.
 *
 * @param machine where it ran
 * @param paper the corpus file that was printed and scanned
 * @param languages the Tesseract language packs read with
 * @param runs one per scan format
 */
public record OcrFigures(Machine machine, String paper, String languages, List<Run> runs) {
  /**
   * @param format "image-only PDF" or "multi-page TIFF"
   * @param pages pages read with OCR
   * @param seconds time spent in Tesseract
   * @param pagesPerSecond pages over seconds
   * @param wordAccuracy of the indexed passages against those of the text version
   * @param paragraphNumbersFound the text version's paragraph numbers that the scan gives too
   * @param paragraphNumbers paragraph numbers of the text version
   * @param sameYear true when the scan gives the text version's year
   */
  public record Run(
      String format,
      int pages,
      double seconds,
      double pagesPerSecond,
      double wordAccuracy,
      int paragraphNumbersFound,
      int paragraphNumbers,
      boolean sameYear) {}
}
