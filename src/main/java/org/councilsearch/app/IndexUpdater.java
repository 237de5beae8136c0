package org.councilsearch.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilsearch.search.VersionLinks;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.councilsearch.index.IndexProgress;
import org.councilsearch.index.IndexUnavailableException;
import org.councilsearch.index.VectorPass;
import org.councilsearch.index.VectorProgress;
import org.councilsearch.index.VectorReport;
import org.councilsearch.index.VectorStore;
import org.councilsearch.index.VectorTarget;
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
    return update(job, false, progress);
  }

  /**
   * Runs {@code job}; with {@code vectors}, passages whose text was embedded before (in the store
   * beside the embedded index, or in the collection's state directory) are written with their
   * vector at once, and {@link #addVectors} adds the rest.
   *
   * @throws IndexUnavailableException when the directory is not an index or is locked
   */
  public IndexReport update(IndexJob job, boolean vectors, IndexProgress progress) throws IOException {
    EntityTagger tagger = job.tagging() ? services.backgroundTagger() : EntityTagger.NONE;
    Corpus corpus = new Corpus(job.corpus());
    if (vectors) {
      try (VectorStore known = services.openVectors(job.index())) {
        return services.indexer(job.limits(), job.ocr(), tagger, known)
            .update(corpus, services.backend(job.index()), job.full(), progress);
      }
    }
    return services.indexer(job.limits(), job.ocr(), tagger, null)
        .update(corpus, services.backend(job.index()), job.full(), progress);
  }

  /**
   * The second pass: gives every passage of the embedded index at {@code index} that lacks one the
   * vector of its text, embedding only texts the store beside the index does not hold yet.
   *
   * @throws IndexUnavailableException when the directory is not an index or is locked
   */
  public VectorReport addVectors(Path index, VectorProgress progress) throws IOException {
    return addVectors(new IndexConfig.Embedded(index), progress, () -> false);
  }

  /**
   * The second pass into the index at {@code where}, an index directory or a collection, ending
   * early, with what it did committed, once {@code stop} says so.
   *
   * @throws IndexUnavailableException when the directory is not an index or is locked, or when
   *     another run has the vector store open
   * @throws org.councilsearch.index.SolrUnavailableException when the collection cannot be used
   */
  public VectorReport addVectors(IndexConfig where, VectorProgress progress, BooleanSupplier stop) throws IOException {
    VectorPass pass = services.vectorPass();
    try (VectorTarget store = services.openVectorTarget(where);
        VectorStore vectors = services.openVectors(where)) {
      return pass.run(store, vectors, progress, stop);
    }
  }

  /** The line that {@code index} and {@code serve} print after the vector pass. */
  public static String summary(VectorReport r) {
    return String.format(
        Locale.ROOT,
        "Vectors added in %.1f s to %d passages of %d papers: %d embedded (%.0f passages/s), the rest known from"
            + " earlier runs.",
        r.elapsed().toMillis() / 1000.0,
        r.passages(),
        r.papers(),
        r.embedded(),
        r.embeddedPerSecond());
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

  /**
   * How the papers of the index at {@code where} are linked to their language versions, as search
   * and the pages will link them: empty when no paper has another version; else a line of counts,
   * then one line per pair of versions whose numbering differs.
   */
  public List<String> versionSummary(IndexConfig where) throws IOException {
    try (Services.Searching open = services.open(where)) {
      VersionLinks links = open.catalog().versionLinks();
      if (links.groups() == 0) {
        return List.of();
      }
      Map<String, String> sources = new HashMap<>();
      open.catalog().papers().forEach(p -> sources.put(p.id(), p.source()));
      List<VersionLinks.Disagreement> differing =
          links.disagreements().stream().filter(d -> d.paperId().compareTo(d.otherId()) < 0).toList();
      List<String> lines = new ArrayList<>();
      lines.add(
          String.format(
              Locale.ROOT,
              "Language versions: %d papers exist in more than one language, as %d linked papers; %d passages are"
                  + " linked to the same paragraph in another version; the numbering differs in %d %s.",
              links.groups(),
              links.linkedPapers(),
              links.linkedPassages(),
              differing.size(),
              differing.size() == 1 ? "pair" : "pairs"));
      for (VersionLinks.Disagreement d : differing) {
        lines.add("  " + sources.get(d.paperId()) + " and " + sources.get(d.otherId()) + ": " + d.describe());
      }
      return lines;
    }
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
