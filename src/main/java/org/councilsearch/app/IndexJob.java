package org.councilsearch.app;

import java.nio.file.Path;
import org.councilsearch.ingest.ExtractionLimits;
import org.councilsearch.ingest.OcrSettings;
import org.councilsearch.model.SolrLocation;

/**
 * One request to bring an index up to date with a corpus directory.
 *
 * @param corpus the directory of papers
 * @param index the index directory
 * @param full rebuild everything instead of reading only new and changed files
 * @param tagging tag organizations, dates and events (false indexes the text alone)
 * @param limits what one file may cost
 * @param ocr how scanned pages are read
 * @param solr the SolrCloud collection to write to instead of the index directory, or null
 */
public record IndexJob(
    Path corpus,
    Path index,
    boolean full,
    boolean tagging,
    ExtractionLimits limits,
    OcrSettings ocr,
    SolrTarget solr) {
  /** A run that reads scans with the default OCR settings. */
  public IndexJob(Path corpus, Path index, boolean full, boolean tagging, ExtractionLimits limits) {
    this(corpus, index, full, tagging, limits, OcrSettings.DEFAULTS, null);
  }

  /** A run into the embedded index at {@code index}. */
  public IndexJob(
      Path corpus,
      Path index,
      boolean full,
      boolean tagging,
      ExtractionLimits limits,
      OcrSettings ocr) {
    this(corpus, index, full, tagging, limits, ocr, null);
  }

  /**
   * Where a run into SolrCloud writes, and how a rebuild lays out its new collection.
   *
   * @param location the nodes and the collection or alias
   * @param shards shards of a collection that a rebuild creates
   * @param replicas replicas of each of its shards
   */
  public record SolrTarget(SolrLocation location, int shards, int replicas) {}

  /** The same run, written to a SolrCloud collection instead of the index directory. */
  public IndexJob into(SolrTarget target) {
    return new IndexJob(corpus, index, full, tagging, limits, ocr, target);
  }

  /** The everyday run: only what changed, tagged, with the default limits. */
  public static IndexJob incremental(Path corpus, Path index) {
    return incremental(corpus, index, OcrSettings.DEFAULTS);
  }

  /** The everyday run, reading scans as {@code ocr} says. */
  public static IndexJob incremental(Path corpus, Path index, OcrSettings ocr) {
    return new IndexJob(corpus, index, false, true, ExtractionLimits.DEFAULTS, ocr);
  }
}
