package org.councilsearch.bench;

/**
 * The indexing benchmark's figures: three phases over the same files, their ratios, and an
 * incremental run.
 *
 * @param machine where it ran
 * @param archive the archive directory
 * @param workers parallel workers for extraction and tagging
 * @param modelLoadSeconds loading the tagging models, once, before the phases
 * @param extraction Tika extraction alone
 * @param withoutTagging extraction, clean-up, segmentation and Lucene indexing, no tagging
 * @param full the whole pipeline: extraction, clean-up, segmentation, tagging, indexing
 * @param fullOverExtraction full time over extraction time
 * @param fullOverWithoutTagging full time over time without tagging
 * @param taggingOverWithoutTagging the time tagging adds, over time without tagging (target: at
 *     most 3)
 * @param incremental adding papers to the full index
 */
public record IndexingFigures(
    Machine machine,
    String archive,
    int workers,
    double modelLoadSeconds,
    PhaseFigures extraction,
    PhaseFigures withoutTagging,
    PhaseFigures full,
    double fullOverExtraction,
    double fullOverWithoutTagging,
    double taggingOverWithoutTagging,
    IncrementalFigures incremental) {

  /**
   * An incremental reindex after papers were added.
   *
   * @param indexedPapers papers in the index before
   * @param addedPapers papers added
   * @param seconds wall time of the update, hashing every file included
   */
  public record IncrementalFigures(int indexedPapers, int addedPapers, double seconds) {}
}
