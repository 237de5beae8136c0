package org.councilsearch.ingest;

import java.time.Duration;

/**
 * What OCR cost on one file.
 *
 * @param pages pages read with OCR (a page without a text layer of a PDF, a frame of a TIFF)
 * @param elapsed time spent in Tesseract
 * @param pagesAbandoned pages whose OCR took longer than the page timeout and were left out
 */
public record OcrWork(int pages, Duration elapsed, int pagesAbandoned) {
  /** A file read without OCR. */
  public static final OcrWork NONE = new OcrWork(0, Duration.ZERO, 0);
}
