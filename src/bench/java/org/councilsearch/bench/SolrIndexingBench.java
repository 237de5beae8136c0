package org.councilsearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.councilsearch.app.IndexConfig;
import org.councilsearch.app.IndexJob;
import org.councilsearch.app.IndexUpdater;
import org.councilsearch.app.Services;
import org.councilsearch.index.IndexProgress;
import org.councilsearch.ingest.ExtractionLimits;
import org.councilsearch.ingest.OcrSettings;
import org.councilsearch.model.IndexReport;
import org.councilsearch.model.SolrLocation;

/**
 * Indexes the same papers into the embedded index and into a SolrCloud collection, in one run and
 * through the same pipeline ({@link IndexUpdater}, as {@code index} does): first without tagging,
 * where the store's own cost shows, then the full pipeline. Each SolrCloud run is a rebuild
 * ({@code --full}) into a new collection behind the alias. The tagging models are loaded before
 * timing starts. Not thread-safe: one run at a time.
 */
public final class SolrIndexingBench {
  private final Services services;
  private final Consumer<String> log;

  public SolrIndexingBench(Services services, Consumer<String> log) {
    this.services = services;
    this.log = log;
  }

  /**
   * Runs the four phases on the first {@code papers} papers of {@code archive}.
   *
   * @param work a scratch directory for the view and the embedded indexes; emptied first
   */
  public SolrIndexingFigures run(
      Path archive, int papers, SolrLocation solr, int shards, int replicas, Path work)
      throws IOException {
    ArchiveView.deleteTree(work);
    Path view = ArchiveView.firstPapers(archive, papers, work.resolve("corpus"));
    IndexUpdater updater = new IndexUpdater(services);
    // Warm-up: the JIT, the tagging models and the cluster's first collection are paid for here.
    long loadStart = System.nanoTime();
    services.tagger().prepare();
    log.accept(String.format(Locale.ROOT, "tagging models loaded in %.1f s", seconds(loadStart)));
    List<SolrIndexingFigures.Run> runs = new ArrayList<>();
    for (boolean tagging : new boolean[] {false, true}) {
      IndexJob embedded =
          new IndexJob(view, work.resolve(tagging ? "index-full" : "index-plain"), true, tagging,
              ExtractionLimits.DEFAULTS);
      runs.add(measure("embedded index", tagging, updater, embedded));
      IndexJob cloud =
          new IndexJob(view, new IndexConfig.SolrCloud(solr, shards, replicas), true, tagging,
              ExtractionLimits.DEFAULTS, OcrSettings.DEFAULTS);
      runs.add(measure("SolrCloud " + shards + "x" + replicas, tagging, updater, cloud));
    }
    return new SolrIndexingFigures(
        Machine.current(), archive.toString(), papers, services.workers(), solr.nodes().size(),
        shards, replicas, runs);
  }

  private SolrIndexingFigures.Run measure(
      String store, boolean tagging, IndexUpdater updater, IndexJob job) throws IOException {
    long start = System.nanoTime();
    IndexReport report = updater.update(job, IndexProgress.NONE);
    double seconds = seconds(start);
    SolrIndexingFigures.Run run =
        new SolrIndexingFigures.Run(
            store, tagging, report.papers(), report.passages(), report.failures().size(), seconds,
            report.papers() / seconds, report.passages() / seconds);
    log.accept(line(run));
    return run;
  }

  /** One line per run, as printed. */
  static String line(SolrIndexingFigures.Run r) {
    return String.format(
        Locale.ROOT,
        "%-16s %-15s %d papers, %d passages in %.1f s: %.1f papers/s, %.0f passages/s",
        r.store(), r.tagging() ? "full pipeline" : "without tagging", r.papers(), r.passages(),
        r.seconds(), r.papersPerSecond(), r.passagesPerSecond());
  }

  /** The figures as printed lines. */
  public static List<String> text(SolrIndexingFigures f) {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT,
        "Indexing %d papers of %s with %d workers; SolrCloud of %d nodes, %d shards x %d replicas"
            + " (on this machine's loopback)", f.papers(), f.archive(), f.workers(), f.nodes(),
        f.shards(), f.replicas()));
    f.runs().forEach(r -> lines.add(line(r)));
    for (int i = 0; i + 1 < f.runs().size(); i += 2) {
      SolrIndexingFigures.Run embedded = f.runs().get(i);
      SolrIndexingFigures.Run cloud = f.runs().get(i + 1);
      lines.add(String.format(Locale.ROOT, "%s: SolrCloud takes %.2f x the embedded index's time",
          embedded.tagging() ? "full pipeline" : "without tagging", cloud.seconds() / embedded.seconds()));
    }
    return lines;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
