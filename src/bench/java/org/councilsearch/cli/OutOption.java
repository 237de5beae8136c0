package org.councilsearch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a benchmark saves its figures. */
final class OutOption {
  @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/bench", description = "Where the figures are saved as JSON (default: ${DEFAULT-VALUE}).")
  Path dir;
}
