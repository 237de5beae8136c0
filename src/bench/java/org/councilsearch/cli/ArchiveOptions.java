package org.councilsearch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/** The archive a benchmark indexes, and how much of it. */
final class ArchiveOptions {
  @Option(names = "--archive", paramLabel = "DIR", required = true, description = "An archive written by generate.")
  Path dir;

  @Option(names = "--papers", paramLabel = "N", description = "Index the first N papers (default: all).")
  Integer papers;

  /** The papers to index: --papers, or every file of the archive. */
  int count() throws IOException {
    if (papers != null) {
      return papers;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return (int) files.filter(Files::isRegularFile).count();
    }
  }
}
