package org.councilsearch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --corpus option shared by the commands that index papers. */
final class CorpusOption {
  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      defaultValue = "corpus",
      description = "Directory of papers to index (default: ${DEFAULT-VALUE}).")
  Path dir;
}
