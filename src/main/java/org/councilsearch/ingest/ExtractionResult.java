package org.councilsearch.ingest;

import java.util.Objects;

/**
 * What extraction got out of one file.
 *
 * @param text the body text with line breaks as extracted; never null
 * @param mediaType the detected media type, such as {@code application/pdf}
 * @param title the title stored in the file's own metadata, or null
 * @param truncated true when the character limit cut the text short
 * @param ocr what reading its scanned pages with OCR cost; {@link OcrWork#NONE} for a text layer
 */
public record ExtractionResult(
    String text, String mediaType, String title, boolean truncated, OcrWork ocr) {
  public ExtractionResult {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(ocr, "ocr");
  }

  /** A result read without OCR. */
  public ExtractionResult(String text, String mediaType, String title, boolean truncated) {
    this(text, mediaType, title, truncated, OcrWork.NONE);
  }
}
