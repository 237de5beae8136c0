package org.councilsearch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --index option shared by every command that reads or writes the index. */
final class IndexOption {
  @Option(
      names = "--index",
      paramLabel = "DIR",
      defaultValue = "index",
      description = "Index directory (default: ${DEFAULT-VALUE}).")
  Path dir;
}
