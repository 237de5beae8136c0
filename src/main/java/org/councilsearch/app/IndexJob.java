package org.councilsearch.app;

import java.nio.file.Path;
import org.councilsearch.ingest.ExtractionLimits;
import org.councilsearch.ingest.OcrSettings;

/**
 * One request to bring an index up to date with a corpus directory.
 *
 * @param corpus the directory of papers
 * @param index where the index lives: a directory or a SolrCloud collection
 * @param full rebuild everything instead of reading only new and changed files
 * @param tagging tag organizations, dates and events (false indexes the text alone)
 * @param limits what one file may cost
 * @param ocr how scanned pages are read
 */
public record IndexJob(
    Path corpus,
    IndexConfig index,
    boolean full,
    boolean tagging,
    ExtractionLimits limits,
    OcrSettings ocr) {
  /** A run into the embedded index at {@code index} that reads scans with the default OCR settings. */
  public IndexJob(Path corpus, Path index, boolean full, boolean tagging, ExtractionLimits limits) {
    this(corpus, new IndexConfig.Embedded(index), full, tagging, limits, OcrSettings.DEFAULTS);
  }

  /** The same run, written to {@code where} instead. */
  public IndexJob into(IndexConfig where) {
    return new IndexJob(corpus, where, full, tagging, limits, ocr);
  }

  /** The everyday run: only what changed, tagged, with the default limits. */
  public static IndexJob incremental(Path corpus, Path index) {
    return incremental(corpus, new IndexConfig.Embedded(index), OcrSettings.DEFAULTS);
  }

  /** The everyday run into {@code index}, reading scans as {@code ocr} says. */
  public static IndexJob incremental(Path corpus, IndexConfig index, OcrSettings ocr) {
    return new IndexJob(corpus, index, false, true, ExtractionLimits.DEFAULTS, ocr);
  }
}
