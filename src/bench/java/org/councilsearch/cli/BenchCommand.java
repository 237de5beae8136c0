package org.councilsearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.app.IndexConfig;
import org.councilsearch.app.Services;
import org.councilsearch.bench.ArchiveGenerator;
import org.councilsearch.bench.FiguresFile;
import org.councilsearch.bench.FiguresText;
import org.councilsearch.bench.GrowthBench;
import org.councilsearch.bench.GrowthFigures;
import org.councilsearch.bench.HttpBench;
import org.councilsearch.bench.HttpFigures;
import org.councilsearch.bench.HybridBench;
import org.councilsearch.bench.HybridFigures;
import org.councilsearch.bench.InProcessTarget;
import org.councilsearch.bench.IndexingBench;
import org.councilsearch.bench.IndexingFigures;
import org.councilsearch.bench.PlainBm25Target;
import org.councilsearch.bench.SolrIndexingBench;
import org.councilsearch.bench.SolrIndexingFigures;
import org.councilsearch.bench.QueryBench;
import org.councilsearch.bench.QueryFigures;
import org.councilsearch.bench.QueryMix;
import org.councilsearch.bench.ServeStartupBench;
import org.councilsearch.bench.StartupBench;
import org.councilsearch.bench.StartupFigures;
import org.councilsearch.ingest.Corpus;
import org.councilsearch.ingest.ExtractionLimits;
import org.councilsearch.ingest.OcrSettings;
import org.councilsearch.ingest.PaperReader;
import org.councilsearch.bench.OcrBench;
import org.councilsearch.bench.OcrFigures;
import org.councilsearch.model.SolrLocation;
import org.councilsearch.nlp.EmbedderSettings;
import org.councilsearch.search.SearchRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * council-search-bench bench: the benchmarks. Each prints its figures with the machine's cores and JVM
 * and saves them as JSON under --out (target/bench by default). Scratch indexes go under --work,
 * outside the project.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmarks: indexing, queries, hybrid, http, solr, solr-indexing, startup, growth, ocr. Run on an archive"
          + " from `generate`. Searches are cold unless --cached-searches says otherwise.",
      "Run with a fixed heap (java -Xmx1g -jar ...) so that peak heap figures mean something."
    })
final class BenchCommand {
  private static final String WORK = "/tmp/council-bench";

  @Spec CommandSpec spec;

  private final Services services;

  BenchCommand(Services services) {
    this.services = services;
  }

  @Command(
      name = "indexing",
      mixinStandardHelpOptions = true,
      description =
          "Full pipeline against extraction only and indexing without tagging, on the same files;"
              + " then an incremental update after adding papers.")
  int indexing(
      @Mixin ArchiveOptions archive,
      @Option(names = "--added", paramLabel = "N", defaultValue = "10", description = "Papers added for the incremental run (default: ${DEFAULT-VALUE}).") int added,
      @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed for the added papers (default: ${DEFAULT-VALUE}).") long seed,
      @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus", description = "Source of the added papers (default: ${DEFAULT-VALUE}).") Path corpus,
      @Option(names = "--work", paramLabel = "DIR", defaultValue = WORK + "/indexing", description = "Scratch directory, emptied first (default: ${DEFAULT-VALUE}).") Path work,
      @Mixin OutOption out)
      throws IOException {
    ArchiveGenerator extra =
        ArchiveGenerator.fromCorpus(new Corpus(corpus), services.reader(ExtractionLimits.DEFAULTS), seed);
    IndexingFigures figures =
        new IndexingBench(services, services.workers(), this::progress).run(archive.dir, archive.count(), extra, added, work);
    return report(FiguresText.indexing(figures), new FiguresFile(out.dir).write("indexing", figures));
  }

  @Command(
      name = "queries",
      mixinStandardHelpOptions = true,
      description = "Latency and throughput of the query mix, full search against plain BM25.")
  int queries(
      @Option(names = "--index", paramLabel = "DIR", required = true) Path index,
      @Mixin QueryMixOptions mix,
      @Option(names = "--words-only", description = "Measure search by words alone (full lexical search), not fused with search by meaning.") boolean wordsOnly,
      @Mixin OutOption out)
      throws IOException {
    QueryBench bench = new QueryBench(QueryMix.standard(), mix.warmUp, mix.rounds);
    QueryFigures figures;
    try (Services.Searching searching = services.open(new IndexConfig.Embedded(index), mix.cachedSearches)) {
      figures =
          bench.compare(
              wordsOnly ? new InProcessTarget(searching.search(), "words only", true) : new InProcessTarget(searching.search()),
              new PlainBm25Target(searching.search()),
              mix.clients,
              index.toString(),
              searching.catalog().papers().size(),
              mix.searches());
    }
    return report(FiguresText.queries(figures), new FiguresFile(out.dir).write("queries", figures));
  }

  @Command(
      name = "hybrid",
      mixinStandardHelpOptions = true,
      description = {
        "What search by meaning costs, in one run: the lexical pass with the vector pass disabled and"
            + " enabled, the vector pass (embedding passages/s), cold plain BM25, full search by words and"
            + " hybrid at one client with CPU per search, the query's embedding, and the embedding model's"
            + " length cap and threads compared on one sample of passages."
      })
  int hybrid(
      @Mixin ArchiveOptions archive,
      @Option(names = "--rounds", paramLabel = "N", defaultValue = "10", description = "Passes over the query mix (default: ${DEFAULT-VALUE}).") int rounds,
      @Option(names = "--warm-up", paramLabel = "N", defaultValue = "5", description = "Unrecorded passes first (default: ${DEFAULT-VALUE}).") int warmUp,
      @Option(names = "--sample", paramLabel = "N", defaultValue = "512", description = "Passages embedded with each setting (default: ${DEFAULT-VALUE}).") int sample,
      @Option(names = "--work", paramLabel = "DIR", defaultValue = WORK + "/hybrid", description = "Scratch directory, emptied first (default: ${DEFAULT-VALUE}).") Path work,
      @Mixin OutOption out)
      throws IOException {
    if (rounds < 1 || warmUp < 0 || sample < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--rounds and --sample must be at least 1, --warm-up at least 0");
    }
    List<EmbedderSettings> settings =
        List.of(
            EmbedderSettings.DEFAULT,
            new EmbedderSettings(256, 2, 1),
            new EmbedderSettings(256, 1, 1),
            new EmbedderSettings(128, 1, 2),
            new EmbedderSettings(512, 1, 2));
    HybridFigures figures =
        new HybridBench(services, new QueryBench(QueryMix.standard(), warmUp, rounds), settings, this::progress)
            .run(archive.dir, archive.count(), sample, work);
    return report(List.of(), new FiguresFile(out.dir).write("hybrid", figures));
  }

  @Command(
      name = "solr",
      mixinStandardHelpOptions = true,
      description = {
        "The query mix on a SolrCloud collection against the embedded index, in one run: the same"
            + " full searches (query understanding, facets, highlighting) on both backends."
      })
  int solr(
      @Option(names = "--index", paramLabel = "DIR", required = true, description = "The embedded index of the same papers.") Path index,
      @Option(names = "--solr", paramLabel = "URL[,URL...]", split = ",", required = true, description = "Base URLs of one or more SolrCloud nodes.") List<String> nodes,
      @Option(names = "--collection", paramLabel = "NAME", required = true, description = "The collection or alias holding the papers of --index.") String collection,
      @Mixin QueryMixOptions mix,
      @Mixin OutOption out)
      throws IOException {
    SolrLocation location = SolrOption.location(spec.commandLine(), nodes, collection);
    QueryBench bench = new QueryBench(QueryMix.standard(), mix.warmUp, mix.rounds);
    QueryFigures figures;
    try (Services.Searching embedded = services.open(new IndexConfig.Embedded(index), mix.cachedSearches);
        Services.Searching solr = services.open(new IndexConfig.SolrCloud(location), mix.cachedSearches)) {
      figures =
          bench.compare(
              new InProcessTarget(solr.search(), "SolrCloud"),
              new InProcessTarget(embedded.search(), "embedded"),
              mix.clients,
              "embedded " + index + ", SolrCloud " + solr.index().describe(),
              embedded.catalog().papers().size(),
              mix.searches());
    }
    return report(FiguresText.solr(figures), new FiguresFile(out.dir).write("solr", figures));
  }

  @Command(
      name = "http",
      mixinStandardHelpOptions = true,
      description = {
        "The query mix over HTTP (GET /api/search on a server started in this JVM) with 1, 8 and 32"
            + " clients against the same full searches in-process (the difference is HTTP), a soak of"
            + " mixed load, and the time from starting serve in a fresh process to its first answered search."
      })
  int http(
      @Option(names = "--index", paramLabel = "DIR", required = true) Path index,
      @Mixin QueryMixOptions mix,
      @Option(names = "--soak-seconds", paramLabel = "S", defaultValue = "300", description = "How long the soak runs; 0 for none (default: ${DEFAULT-VALUE}).") long soakSeconds,
      @Option(names = "--window-seconds", paramLabel = "S", defaultValue = "30", description = "Length of one soak window (default: ${DEFAULT-VALUE}).") long windowSeconds,
      @Option(names = "--startup-port", paramLabel = "PORT", defaultValue = "7391", description = "Free port for the serve start-up run (default: ${DEFAULT-VALUE}).") int startupPort,
      @Mixin OutOption out)
      throws IOException {
    if (soakSeconds < 0 || windowSeconds < 1 || mix.clients.isEmpty() || mix.clients.stream().anyMatch(c -> c < 1)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--clients must be at least 1, --soak-seconds at least 0 and --window-seconds at least 1");
    }
    HttpFigures.ServeStartup startup = new ServeStartupBench().measure(index, startupPort);
    progress(String.format(java.util.Locale.ROOT, "serve answered its first search after %.0f ms", startup.readyMs()));
    HttpFigures figures =
        new HttpBench(services, QueryMix.standard(), mix.warmUp, mix.rounds, mix.cachedSearches, this::progress)
            .run(index, mix.clients, Duration.ofSeconds(soakSeconds), Duration.ofSeconds(windowSeconds), startup, mix.searches());
    return report(FiguresText.http(figures), new FiguresFile(out.dir).write("http", figures));
  }

  @Command(
      name = "solr-indexing",
      mixinStandardHelpOptions = true,
      description =
          "The same papers into the embedded index and into a SolrCloud collection (rebuilt behind"
              + " --collection), without tagging and with the full pipeline, in one run.")
  int solrIndexing(
      @Mixin ArchiveOptions archive,
      @Option(names = "--solr", paramLabel = "URL[,URL...]", split = ",", required = true, description = "Base URLs of one or more SolrCloud nodes.") List<String> nodes,
      @Option(names = "--collection", paramLabel = "NAME", required = true, description = "The alias that the bench rebuilds: name one that no reader uses.") String collection,
      @Option(names = "--shards", paramLabel = "N", defaultValue = "2", description = "Shards of the collection (default: ${DEFAULT-VALUE}).") int shards,
      @Option(names = "--replicas", paramLabel = "N", defaultValue = "2", description = "Replicas of each shard (default: ${DEFAULT-VALUE}).") int replicas,
      @Option(names = "--work", paramLabel = "DIR", defaultValue = WORK + "/solr-indexing", description = "Scratch directory, emptied first (default: ${DEFAULT-VALUE}).") Path work,
      @Mixin OutOption out)
      throws IOException {
    SolrLocation location = SolrOption.location(spec.commandLine(), nodes, collection);
    SolrIndexingFigures figures =
        new SolrIndexingBench(services, this::progress).run(archive.dir, archive.count(), location, shards, replicas, work);
    return report(SolrIndexingBench.text(figures), new FiguresFile(out.dir).write("solr-indexing", figures));
  }

  @Command(
      name = "startup",
      mixinStandardHelpOptions = true,
      description = "Time from opening an existing index to the first answered search (run it alone, in a fresh JVM).")
  int startup(
      @Option(names = "--index", paramLabel = "DIR", required = true) Path index,
      @Mixin OutOption out)
      throws IOException {
    StartupFigures figures =
        new StartupBench(services).measure(index, SearchRequest.of("female genital mutilation 2009", 10));
    return report(FiguresText.startup(figures), new FiguresFile(out.dir).write("startup", figures));
  }

  @Command(
      name = "growth",
      mixinStandardHelpOptions = true,
      description =
          "Index time, size, peak heap and search latency at growing archive sizes; a table and an"
              + " SVG chart. The largest size's index stays in --work/index for queries and startup.")
  int growth(
      @Option(names = "--archive", paramLabel = "DIR", required = true) Path archive,
      @Option(names = "--sizes", paramLabel = "N", split = ",", defaultValue = "1000,3000,10000", description = "Archive sizes (default: ${DEFAULT-VALUE}).") List<Integer> sizes,
      @Option(names = "--rounds", paramLabel = "N", defaultValue = "10", description = "Passes over the query mix at each size (default: ${DEFAULT-VALUE}).") int rounds,
      @Option(names = "--work", paramLabel = "DIR", defaultValue = WORK + "/growth", description = "Scratch directory (default: ${DEFAULT-VALUE}).") Path work,
      @Mixin OutOption out)
      throws IOException {
    List<Integer> ascending = sizes.stream().sorted().toList();
    progress(FiguresText.growthHeader());
    GrowthFigures figures =
        new GrowthBench(services, new QueryBench(QueryMix.standard(), 5, rounds), this::progress)
            .run(archive, ascending, work);
    FiguresFile files = new FiguresFile(out.dir);
    Path chart = files.writeChart("growth", figures);
    return report(FiguresText.growth(figures), files.write("growth", figures), chart);
  }

  @Command(
      name = "ocr",
      mixinStandardHelpOptions = true,
      description = {
        "Prints a bundled paper, scans its pages (300 dpi, then 200 dpi skewed and speckled) and"
            + " reads them back with OCR as an image-only PDF and a multi-page TIFF: OCR pages per"
            + " second and word accuracy against the paper's text. Needs Tesseract."
      })
  int ocr(
      @Option(names = "--paper", paramLabel = "FILE", defaultValue = "corpus/002_9ed3d41a67c1374e.txt", description = "A text paper to print and scan (default: ${DEFAULT-VALUE}).") Path paper,
      @Option(names = "--ocr-languages", paramLabel = "LANGS", defaultValue = "eng+fra+spa", description = "Tesseract language packs (default: ${DEFAULT-VALUE}).") String languages,
      @Option(names = "--work", paramLabel = "DIR", defaultValue = WORK + "/ocr", description = "Scratch directory for the scans (default: ${DEFAULT-VALUE}).") Path work,
      @Mixin OutOption out)
      throws IOException {
    OcrSettings settings =
        new OcrSettings(
            null, List.of(languages.split("[+,]")), OcrSettings.DEFAULTS.pageTimeout());
    PaperReader reader = services.reader(ExtractionLimits.DEFAULTS, settings);
    OcrFigures figures = new OcrBench(reader, languages, this::progress).run(paper, work);
    return report(FiguresText.ocr(figures), new FiguresFile(out.dir).write("ocr", figures));
  }

  private void progress(String line) {
    PrintWriter err = spec.commandLine().getErr();
    err.println(line);
    err.flush();
  }

  private int report(List<String> lines, Path... files) {
    PrintWriter out = spec.commandLine().getOut();
    lines.forEach(out::println);
    for (Path f : files) {
      out.println("written: " + f.toAbsolutePath());
    }
    out.flush();
    return ExitCodes.OK;
  }
}
