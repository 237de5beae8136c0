package org.councilsearch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.app.Services;
import org.councilsearch.bench.ArchiveGenerator;
import org.councilsearch.bench.GenerationReport;
import org.councilsearch.ingest.Corpus;
import org.councilsearch.ingest.ExtractionLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** council-search generate: writes a synthetic archive to measure on. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Generate a synthetic archive of council papers from the bundled corpus, for benchmarks.",
      "Papers for 1990-2025 and several committees, paragraphs recombined, partners, cities and"
          + " dates varied, about 8%% as PDF and 8%% as DOCX. The same seed gives the same papers."
    })
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--papers", paramLabel = "N", required = true, description = "How many papers.")
  int papers;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "A new or empty directory.")
  Path out;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      defaultValue = "corpus",
      description = "The papers to recombine (default: ${DEFAULT-VALUE}).")
  Path corpus;

  private final Services services;

  GenerateCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() throws Exception {
    if (papers < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--papers must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    ArchiveGenerator generator =
        ArchiveGenerator.fromCorpus(new Corpus(corpus), services.reader(ExtractionLimits.DEFAULTS), seed);
    int step = Math.max(1, papers / 10);
    GenerationReport r =
        generator.generate(
            this.out,
            0,
            papers,
            n -> {
              if (n % step == 0 && n < papers) {
                out.println(n + " papers written");
                out.flush();
              }
            });
    out.printf(
        Locale.ROOT,
        "Generated %d papers (%d text, %d PDF, %d DOCX), years %d-%d, %.1f MB of text, %.1f MB on disk, in %.1f s: %s%n",
        r.papers(), r.text(), r.pdf(), r.docx(), r.firstYear(), r.lastYear(), r.chars() / 1048576.0,
        r.bytes() / 1048576.0, r.elapsed().toMillis() / 1000.0, this.out.toAbsolutePath());
    out.flush();
    return ExitCodes.OK;
  }
}
