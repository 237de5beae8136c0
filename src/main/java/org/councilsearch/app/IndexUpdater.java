package org.councilsearch.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.councilsearch.index.IndexProgress;
import org.councilsearch.index.IndexUnavailableException;
import org.councilsearch.index.PaperIndexer;
import org.councilsearch.ingest.Corpus;
import org.councilsearch.ingest.CorpusFile;
import org.councilsearch.model.IndexReport;
import org.councilsearch.model.Paper;
import org.councilsearch.nlp.EntityTagger;

/**
 * Brings an index up to date with its corpus, for the {@code index} command and for the server (at
 * start-up and on a reindex request), so both do it the same way. Thread-safe; the index's own lock
 * keeps two runs from writing at once.
 */
public final class IndexUpdater {
  private final Services services;

  public IndexUpdater(Services services) {
    this.services = services;
  }

  /**
   * Runs {@code job}, telling {@code progress} how it goes.
   *
   * @throws IndexUnavailableException when the directory is not an index or is locked
   * @throws org.councilsearch.index.SolrUnavailableException when the SolrCloud cannot be used
   * @throws org.councilsearch.ingest.CorpusNotFoundException when the corpus is missing
   */
  public IndexReport update(IndexJob job, IndexProgress progress) throws IOException {
    PaperIndexer indexer =
        job.tagging()
            ? services.indexer(job.limits(), job.ocr())
            : services.indexer(job.limits(), job.ocr(), EntityTagger.NONE);
    return indexer.update(
        new Corpus(job.corpus()), services.backend(job.index()), job.full(), progress);
  }

  /**
   * True when an index exists at {@code index} and holds exactly the corpus's files, none of them
   * changed since it was written. Cheap: it compares names and modification times, not content; a
   * run that finds nothing to do costs little anyway.
   *
   * @throws org.councilsearch.ingest.CorpusNotFoundException when the corpus is missing
   */
  public boolean isCurrent(Path corpus, Path index) throws IOException {
    List<CorpusFile> files = new Corpus(corpus).files();
    Set<String> indexed = new HashSet<>();
    Instant indexedAt;
    try (Services.Searching open = services.open(new IndexConfig.Embedded(index))) {
      open.catalog().papers().stream().map(Paper::source).forEach(indexed::add);
      indexedAt = open.index().indexedAt();
    } catch (IndexUnavailableException e) {
      return false;
    }
    if (indexedAt == null || indexed.size() != files.size()) {
      return false;
    }
    for (CorpusFile file : files) {
      if (!indexed.contains(file.source())
          || Files.getLastModifiedTime(file.path()).toInstant().isAfter(indexedAt)) {
        return false;
      }
    }
    return true;
  }

  /** The one-paragraph account of a run that {@code index} and {@code serve} print. */
  public static String summary(IndexReport r) {
    String line =
        String.format(
            Locale.ROOT,
            "Indexed in %.1f s: %d added, %d updated, %d removed, %d unchanged, %d failed."
                + " The index holds %d papers, %d passages.",
            r.elapsed().toMillis() / 1000.0,
            r.added(),
            r.updated(),
            r.removed(),
            r.unchanged(),
            r.failures().size(),
            r.papers(),
            r.passages());
    if (r.ocrPages() > 0) {
      double seconds = r.ocrTime().toMillis() / 1000.0;
      line +=
          String.format(
              Locale.ROOT,
              " OCR read %d scanned %s in %.1f s (%.1f s a page).",
              r.ocrPages(),
              r.ocrPages() == 1 ? "page" : "pages",
              seconds,
              seconds / r.ocrPages());
    }
    if (!r.phases().durations().isEmpty()) {
      line +=
          String.format(
              Locale.ROOT,
              "%n%.1f papers/s. Workers' time: %s.",
              r.papersPerSecond(),
              r.phases().sharesAndTimes());
    }
    if (r.failures().isEmpty()) {
      return line;
    }
    StringBuilder s = new StringBuilder(line).append("\nFiles not indexed:");
    for (IndexReport.FileFailure f : r.failures()) {
      s.append("\n  ").append(f.source()).append(": ").append(f.reason());
    }
    return s.toString();
  }
}
