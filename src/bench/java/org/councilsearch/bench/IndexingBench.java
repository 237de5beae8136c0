package org.councilsearch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.councilsearch.app.IndexConfig;
import org.councilsearch.app.Services;
import org.councilsearch.index.IndexProgress;
import org.councilsearch.ingest.Corpus;
import org.councilsearch.ingest.CorpusFile;
import org.councilsearch.ingest.ExtractionException;
import org.councilsearch.ingest.ExtractionLimits;
import org.councilsearch.ingest.Extractor;
import org.councilsearch.ingest.TikaExtractor;
import org.councilsearch.model.IndexReport;
import org.councilsearch.nlp.EntityTagger;

/**
 * Measures indexing on an archive: the full pipeline against two baselines on the same files in
 * the same run (extraction alone; extraction plus indexing without tagging), then an incremental
 * update after adding papers. Every phase uses the same number of parallel workers; the tagging
 * models are loaded once, before timing starts. Indexes go under a work directory, never into the
 * archive. Not thread-safe: one run at a time.
 */
public final class IndexingBench {
  /** Files read before timing, so that the first phase does not pay for the JIT alone. */
  private static final int WARM_UP_FILES = 30;

  private final Services services;
  private final int workers;
  private final Consumer<String> log;
  private final HeapMeter heap = new HeapMeter();

  /**
   * @param services builds indexers and the tagger
   * @param workers parallel workers, the same as the indexer's
   * @param log hears one line per step
   */
  public IndexingBench(Services services, int workers, Consumer<String> log) {
    this.services = services;
    this.workers = workers;
    this.log = log;
  }

  /**
   * Runs every phase on the first {@code papers} papers of {@code archive}.
   *
   * @param extra a generator for the papers added in the incremental run (after {@code papers})
   * @param work a scratch directory for views and indexes; emptied first
   */
  public IndexingFigures run(Path archive, int papers, ArchiveGenerator extra, int added, Path work)
      throws IOException {
    ArchiveView.deleteTree(work);
    Path view = ArchiveView.firstPapers(archive, papers, work.resolve("corpus"));
    Corpus corpus = new Corpus(view);
    List<CorpusFile> files = corpus.files();
    Extractor extractor = new TikaExtractor(ExtractionLimits.DEFAULTS);
    extractAll(extractor, files.subList(0, Math.min(WARM_UP_FILES, files.size())));

    long loadStart = System.nanoTime();
    EntityTagger tagger = services.tagger();
    double modelLoad = seconds(loadStart);
    log.accept(String.format(java.util.Locale.ROOT, "tagging models loaded in %.1f s", modelLoad));

    PhaseFigures extraction = extraction(extractor, files);
    log.accept("extraction only: " + line(extraction));
    PhaseFigures plain =
        indexing("indexing without tagging", corpus, work.resolve("index-plain"), EntityTagger.NONE, extraction.textMb());
    log.accept("without tagging: " + line(plain));
    Path fullIndex = work.resolve("index-full");
    PhaseFigures full = indexing("full pipeline", corpus, fullIndex, tagger, extraction.textMb());
    log.accept("full pipeline:   " + line(full));
    extraction = extraction.withPassages(full.passages());

    Path extras = work.resolve("added");
    extra.generate(extras, papers, added, n -> {});
    ArchiveView.addAll(extras, view);
    long start = System.nanoTime();
    IndexReport report =
        services.indexer(ExtractionLimits.DEFAULTS, tagger).update(corpus, services.backend(new IndexConfig.Embedded(fullIndex)), false, IndexProgress.NONE);
    IndexingFigures.IncrementalFigures incremental =
        new IndexingFigures.IncrementalFigures(papers, report.added(), seconds(start));
    log.accept(
        String.format(
            java.util.Locale.ROOT, "incremental: %d papers added in %.2f s", report.added(), incremental.seconds()));

    return new IndexingFigures(
        Machine.current(),
        archive.toString(),
        workers,
        modelLoad,
        extraction,
        plain,
        full,
        full.seconds() / extraction.seconds(),
        full.seconds() / plain.seconds(),
        (full.seconds() - plain.seconds()) / plain.seconds(),
        incremental);
  }

  private PhaseFigures extraction(Extractor extractor, List<CorpusFile> files) throws IOException {
    heap.reset();
    long start = System.nanoTime();
    ExtractionTotals totals = extractAll(extractor, files);
    double seconds = seconds(start);
    return PhaseFigures.of(
        "extraction only", files.size() - totals.failures(), 0, DiskUsage.megabytes(totals.bytes()),
        seconds, heap.peakMb(), 0, totals.failures());
  }

  private PhaseFigures indexing(
      String phase, Corpus corpus, Path indexDir, EntityTagger tagger, double textMb)
      throws IOException {
    ArchiveView.deleteTree(indexDir);
    heap.reset();
    long start = System.nanoTime();
    IndexReport report =
        services.indexer(ExtractionLimits.DEFAULTS, tagger).update(corpus, services.backend(new IndexConfig.Embedded(indexDir)), true, IndexProgress.NONE);
    double seconds = seconds(start);
    return PhaseFigures.of(
        phase, report.added(), report.passages(), textMb, seconds, heap.peakMb(),
        DiskUsage.megabytes(DiskUsage.bytes(indexDir)), report.failures().size());
  }

  private record ExtractionTotals(long bytes, int failures) {}

  /** Extracts every file with the indexer's number of workers; counts the text's UTF-8 bytes. */
  private ExtractionTotals extractAll(Extractor extractor, List<CorpusFile> files) throws IOException {
    AtomicLong bytes = new AtomicLong();
    AtomicInteger failures = new AtomicInteger();
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> new Thread(r, "bench-extract"));
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        running.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                    try {
                      String text = extractor.extract(files.get(i).path()).text();
                      bytes.addAndGet(text.getBytes(StandardCharsets.UTF_8).length);
                    } catch (ExtractionException e) {
                      failures.incrementAndGet();
                    }
                  }
                }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("extraction was interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("extraction failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new ExtractionTotals(bytes.get(), failures.get());
  }

  static String line(PhaseFigures f) {
    return String.format(
        java.util.Locale.ROOT,
        "%d papers, %.1f MB, %d passages in %.1f s: %.1f papers/s, %.2f MB/s, %.0f passages/s; peak heap %d MB%s",
        f.papers(), f.textMb(), f.passages(), f.seconds(), f.papersPerSecond(), f.mbPerSecond(),
        f.passagesPerSecond(), f.peakHeapMb(),
        f.indexMb() > 0 ? String.format(java.util.Locale.ROOT, ", index %.1f MB", f.indexMb()) : "");
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
