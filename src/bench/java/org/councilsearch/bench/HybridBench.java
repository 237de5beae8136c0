package org.councilsearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.councilsearch.app.IndexConfig;
import org.councilsearch.app.Services;
import org.councilsearch.index.IndexProgress;
import org.councilsearch.index.VectorProgress;
import org.councilsearch.index.VectorReport;
import org.councilsearch.index.VectorStore;
import org.councilsearch.index.VectorTarget;
import org.councilsearch.ingest.Corpus;
import org.councilsearch.ingest.CorpusFile;
import org.councilsearch.ingest.ExtractionException;
import org.councilsearch.ingest.ExtractionLimits;
import org.councilsearch.ingest.OcrSettings;
import org.councilsearch.ingest.PaperReader;
import org.councilsearch.model.IndexReport;
import org.councilsearch.model.Passage;
import org.councilsearch.nlp.EmbedderSettings;
import org.councilsearch.nlp.EntityTagger;
import org.councilsearch.nlp.MiniLmEmbedder;
import org.councilsearch.search.SearchService;

/**
 * What search by meaning costs, in one run on one archive: the lexical pass with the vector pass
 * disabled and enabled, the vector pass from an empty store, cold searches of plain BM25, full
 * search by words and hybrid at one client on the index with vectors, the query's embedding, and
 * the embedding model's settings (length cap, ONNX threads, texts at once) on one sample of
 * passages. CPU time is read for the whole process, so ONNX Runtime's native threads count. Not
 * thread-safe: one run at a time.
 */
public final class HybridBench {
  /** Passages embedded before a setting is timed, so its first batch does not time the JIT. */
  private static final int WARM_UP_TEXTS = 32;

  /** Texts handed to the model at once, as the vector pass does. */
  private static final int BATCH = 64;

  private final Services services;
  private final QueryBench queries;
  private final List<EmbedderSettings> settings;
  private final Consumer<String> log;

  /**
   * @param queries the query mix, its rounds and warm-up
   * @param settings the embedding settings to compare on the sample
   * @param log hears one line per step
   */
  public HybridBench(Services services, QueryBench queries, List<EmbedderSettings> settings, Consumer<String> log) {
    this.services = services;
    this.queries = queries;
    this.settings = List.copyOf(settings);
    this.log = log;
  }

  /**
   * Runs every step on the first {@code papers} papers of {@code archive}.
   *
   * @param sample passages of those papers embedded with each setting
   * @param work a scratch directory; emptied first
   */
  public HybridFigures run(Path archive, int papers, int sample, Path work) throws IOException {
    ArchiveView.deleteTree(work);
    Corpus corpus = new Corpus(ArchiveView.firstPapers(archive, papers, work.resolve("corpus")));
    EntityTagger tagger = services.tagger();
    services.embedder().embed("warm up");

    HybridFigures.Pass words = lexical(corpus, work.resolve("index-words"), null);
    log.accept("lexical pass, vectors disabled: " + line(words));
    Path index = work.resolve("index");
    HybridFigures.Pass lexical;
    try (VectorStore known = services.openVectors(index)) {
      lexical = lexical(corpus, index, known);
    }
    log.accept("lexical pass, vectors enabled:  " + line(lexical));
    HybridFigures.Pass vectors = vectorPass(index);
    log.accept(
        String.format(
            java.util.Locale.ROOT,
            "vector pass: %d passages, %d embedded in %.1f s, %.1f CPU-s: %.1f passages/s, %.1f per CPU-second",
            vectors.passages(), vectors.embedded(), vectors.seconds(), vectors.cpuSeconds(),
            vectors.embeddedPerSecond(), vectors.embeddedPerCpuSecond()));

    List<LatencyFigures> searches = new ArrayList<>();
    try (Services.Searching searching = services.open(new IndexConfig.Embedded(index), 0)) {
      SearchService search = searching.search();
      for (SearchTarget target :
          List.of(
              new PlainBm25Target(search),
              new InProcessTarget(search, "full search by words", true),
              new InProcessTarget(search, "hybrid"))) {
        LatencyFigures f = queries.measure(target, 1);
        searches.add(f);
        log.accept(String.format(
            java.util.Locale.ROOT, "%s: p50 %.1f ms, p99 %.1f ms, %.1f ms CPU per search",
            f.target(), f.p50Ms(), f.p99Ms(), f.cpuMsPerQuery()));
      }
    }
    HybridFigures.Timing queryEmbedding = queryEmbedding();
    log.accept(String.format(
        java.util.Locale.ROOT, "query embedding: p50 %.2f ms, %.2f ms CPU", queryEmbedding.p50Ms(), queryEmbedding.cpuMs()));

    List<String> texts = sample(corpus, sample);
    List<HybridFigures.SettingFigures> tried = new ArrayList<>();
    for (EmbedderSettings s : settings) {
      HybridFigures.SettingFigures f = embedWith(s, texts);
      tried.add(f);
      log.accept(String.format(
          java.util.Locale.ROOT, "cap %d, %d ONNX threads, %d texts at once: %.1f passages/s, %.1f per CPU-second, %d of %d over the cap",
          s.maxWordPieces(), s.onnxThreads(), s.parallelTexts(), f.passagesPerSecond(), f.passagesPerCpuSecond(),
          f.overCap(), f.passages()));
    }
    return new HybridFigures(
        Machine.current(), archive.toString(), papers, words, lexical, vectors, searches, queryEmbedding, tried);
  }

  private HybridFigures.Pass lexical(Corpus corpus, Path indexDir, VectorStore known) throws IOException {
    long cpu = processCpuNanos();
    long start = System.nanoTime();
    IndexReport report =
        services.indexer(ExtractionLimits.DEFAULTS, OcrSettings.DEFAULTS, services.tagger(), known)
            .update(corpus, services.backend(new IndexConfig.Embedded(indexDir)), true, IndexProgress.NONE);
    return new HybridFigures.Pass(
        report.added(), report.passages(), 0, seconds(start), (processCpuNanos() - cpu) / 1e9);
  }

  private HybridFigures.Pass vectorPass(Path index) throws IOException {
    long cpu = processCpuNanos();
    long start = System.nanoTime();
    VectorReport report;
    try (VectorTarget target = services.openVectorTarget(index);
        VectorStore store = services.openVectors(index)) {
      report = services.vectorPass().run(target, store, VectorProgress.NONE);
    }
    return new HybridFigures.Pass(
        report.papers(), report.passages(), report.embedded(), seconds(start), (processCpuNanos() - cpu) / 1e9);
  }

  /** Every distinct query text of the mix embedded afresh, as a cold hybrid search does. */
  private HybridFigures.Timing queryEmbedding() {
    Set<String> texts = new LinkedHashSet<>();
    QueryMix.standard().forEach(q -> texts.add(q.request().query()));
    int rounds = 10;
    long[] micros = new long[texts.size() * rounds];
    int n = 0;
    long cpu = processCpuNanos();
    for (int r = 0; r < rounds; r++) {
      for (String text : texts) {
        long start = System.nanoTime();
        services.embedder().embed(text);
        micros[n++] = (System.nanoTime() - start) / 1_000;
      }
    }
    double cpuMs = (processCpuNanos() - cpu) / 1e6 / n;
    Arrays.sort(micros);
    return new HybridFigures.Timing(n, micros[n / 2] / 1000.0, micros[(int) Math.min(n - 1, Math.ceil(n * 0.99) - 1)] / 1000.0, cpuMs);
  }

  /** The first {@code wanted} passages of the archive's papers, as the indexer reads them. */
  private List<String> sample(Corpus corpus, int wanted) throws IOException {
    PaperReader reader = services.reader(ExtractionLimits.DEFAULTS);
    List<String> texts = new ArrayList<>(wanted);
    for (CorpusFile file : corpus.files()) {
      if (texts.size() >= wanted) {
        break;
      }
      try {
        for (Passage p : reader.read(file, file.source()).passages()) {
          if (texts.size() < wanted) {
            texts.add(p.text());
          }
        }
      } catch (ExtractionException e) {
        log.accept("skipped in the sample: " + file.source() + ": " + e.getMessage());
      }
    }
    return texts;
  }

  private HybridFigures.SettingFigures embedWith(EmbedderSettings s, List<String> texts) {
    try (MiniLmEmbedder model = new MiniLmEmbedder(s)) {
      model.embed(texts.subList(0, Math.min(WARM_UP_TEXTS, texts.size())));
      int overCap = 0;
      for (String t : texts) {
        if (!model.capped(t).equals(t)) {
          overCap++;
        }
      }
      long cpu = processCpuNanos();
      long start = System.nanoTime();
      for (int i = 0; i < texts.size(); i += BATCH) {
        model.embed(texts.subList(i, Math.min(texts.size(), i + BATCH)));
      }
      return new HybridFigures.SettingFigures(
          s.maxWordPieces(), s.onnxThreads(), s.parallelTexts(), texts.size(), overCap, seconds(start),
          (processCpuNanos() - cpu) / 1e9);
    }
  }

  /** CPU time of the whole process so far: every thread, the collector's and native ones too. */
  static long processCpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }

  private static String line(HybridFigures.Pass p) {
    return String.format(
        java.util.Locale.ROOT, "%d papers, %d passages in %.1f s, %.1f CPU-s: %.2f papers/s, %.2f papers per CPU-second",
        p.papers(), p.passages(), p.seconds(), p.cpuSeconds(), p.papersPerSecond(), p.papersPerCpuSecond());
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
