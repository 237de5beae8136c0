package org.councilsearch.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How scanned pages are read with Tesseract.
 *
 * @param tesseractDir the folder holding the {@code tesseract} program, or null to find it on the
 *     {@code PATH}
 * @param languages Tesseract language packs to read with, in order ({@code eng}, {@code fra} ...);
 *     those not installed are left out
 * @param pageTimeout OCR of one page taking longer than this is abandoned, so that one bad scan
 *     cannot stall a reindex
 */
public record OcrSettings(Path tesseractDir, List<String> languages, Duration pageTimeout) {
  /** The Council's three working languages, Tesseract from the PATH, a minute per page. */
  public static final OcrSettings DEFAULTS =
      new OcrSettings(null, List.of("eng", "fra", "spa"), Duration.ofSeconds(60));

  public OcrSettings {
    languages = List.copyOf(languages);
    Objects.requireNonNull(pageTimeout, "pageTimeout");
    if (languages.isEmpty()) {
      throw new IllegalArgumentException("at least one OCR language is needed");
    }
    if (pageTimeout.isNegative() || pageTimeout.isZero()) {
      throw new IllegalArgumentException("the OCR page timeout must be positive: " + pageTimeout);
    }
  }
}
