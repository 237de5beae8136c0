package org.councilsearch.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.app.IndexConfig;
import org.councilsearch.app.IndexJob;
import org.councilsearch.app.IndexUpdater;
import org.councilsearch.index.VectorReport;
import org.councilsearch.app.Services;
import org.councilsearch.ingest.ExtractionLimits;
import org.councilsearch.model.IndexReport;
import org.councilsearch.model.SolrLocation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** council-search index: brings the index up to date with the corpus directory. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Index the papers in the corpus directory.",
      "Only new and changed files are read (by content hash); papers whose file is gone leave the"
          + " index. The index changes all at once at the end: if the run dies, the previous index"
          + " is still there.",
      "With --solr, the papers go to a SolrCloud collection instead; --full then builds a new"
          + " collection and points the alias named by --collection at it when it is complete. The"
          + " vectors of passage texts embedded before are kept on this machine (see --state-dir),"
          + " so a rebuild embeds only new texts.",
      "Exit codes: 0 all indexed, 1 some files failed (the rest are indexed), 3 corpus missing,"
          + " 5 not an index, 6 index locked by another run, 11 SolrCloud unreachable,"
          + " 12 collection missing, 13 collection of another schema version, 14 SolrCloud"
          + " refused a request."
    })
final class IndexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Mixin CorpusOption corpus;

  @Mixin OcrOption ocr;

  @Mixin SolrOption solr;

  @Mixin StateDirOption state;

  @Option(
      names = "--shards",
      paramLabel = "N",
      defaultValue = "2",
      description = "Shards of the collection that --solr --full builds (default: ${DEFAULT-VALUE}).")
  int shards;

  @Option(
      names = "--replicas",
      paramLabel = "N",
      defaultValue = "2",
      description =
          "Copies of each shard in the collection that --solr --full builds, on different nodes"
              + " (default: ${DEFAULT-VALUE}).")
  int replicas;

  @Option(names = "--full", description = "Rebuild the whole index instead of only what changed.")
  boolean full;

  @Option(
      names = "--no-tagging",
      description = "Index the text only, without tagging organizations, dates and events (faster;"
          + " entity filters, facets and collaborations stay empty).")
  boolean noTagging;

  @Option(
      names = "--no-vectors",
      description = "Index the words only, without the passages' vectors: search by meaning stays"
          + " off and search works by words alone. Without it, a second pass embeds the passages"
          + " whose text was never embedded before; they are searchable by their words meanwhile.")
  boolean noVectors;

  @Option(
      names = "--max-file-mb",
      paramLabel = "MB",
      defaultValue = "100",
      description = "Skip files larger than this (default: ${DEFAULT-VALUE}).")
  long maxFileMb;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description = "Give up on a file whose extraction takes longer (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  private final Services services;

  IndexCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() throws Exception {
    if (maxFileMb < 1 || timeoutSeconds < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--max-file-mb and --timeout must be at least 1");
    }
    ExtractionLimits limits =
        new ExtractionLimits(
            maxFileMb * 1024 * 1024,
            ExtractionLimits.DEFAULTS.maxChars(),
            Duration.ofSeconds(timeoutSeconds));
    if (shards < 1 || replicas < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--shards and --replicas must be at least 1");
    }
    SolrLocation location = solr.location(spec.commandLine());
    IndexJob job =
        new IndexJob(
            corpus.dir,
            state.applied(
                location == null
                    ? new IndexConfig.Embedded(index.dir)
                    : new IndexConfig.SolrCloud(location, shards, replicas)),
            full,
            !noTagging,
            limits,
            ocr.settings(spec.commandLine()));
    boolean vectors = !noVectors;
    IndexUpdater updater = new IndexUpdater(services);
    IndexReport report = update(updater, job, vectors, spec.commandLine());
    updater.versionSummary(job.index()).forEach(spec.commandLine().getOut()::println);
    if (vectors) {
      VectorReport added;
      try (ConsoleVectorProgress progress = new ConsoleVectorProgress(spec.commandLine().getErr())) {
        added = updater.addVectors(job.index(), progress, () -> false);
      }
      spec.commandLine().getOut().println(IndexUpdater.summary(added));
      spec.commandLine().getOut().flush();
    }
    return report.failures().isEmpty() ? ExitCodes.OK : ExitCodes.FILES_FAILED;
  }

  /** Runs {@code job} with progress on standard error, then prints the run's summary. */
  static IndexReport update(IndexUpdater updater, IndexJob job, CommandLine commandLine) throws IOException {
    return update(updater, job, false, commandLine);
  }

  /** Runs {@code job}, with known vectors written at once when {@code vectors}, and prints its summary. */
  static IndexReport update(IndexUpdater updater, IndexJob job, boolean vectors, CommandLine commandLine)
      throws IOException {
    IndexReport report;
    try (ConsoleProgress progress = ConsoleProgress.create(commandLine.getErr())) {
      report = updater.update(job, vectors, progress);
    }
    commandLine.getOut().println(IndexUpdater.summary(report));
    commandLine.getOut().flush();
    return report;
  }
}
