package org.councilsearch.app;

import java.nio.file.Path;
import org.councilsearch.ingest.ExtractionLimits;

/**
 * One request to bring an index up to date with a corpus directory.
 *
 * @param corpus the directory of papers
 * @param index the index directory
 * @param full rebuild everything instead of reading only new and changed files
 * @param tagging tag organizations, dates and events (false indexes the text alone)
 * @param limits what one file may cost
 */
public record IndexJob(
    Path corpus, Path index, boolean full, boolean tagging, ExtractionLimits limits) {
  /** The everyday run: only what changed, tagged, with the default limits. */
  public static IndexJob incremental(Path corpus, Path index) {
    return new IndexJob(corpus, index, false, true, ExtractionLimits.DEFAULTS);
  }
}
