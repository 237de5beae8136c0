package org.councilsearch.cli;

import org.councilsearch.app.Services;
import picocli.CommandLine;

/** Starts the benchmarks' command line (target/council-search-bench.jar); it ends its own process. */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) {
    System.exit(commandLine(Services.forThisMachine()).execute(args));
  }

  /** The benchmarks' root command with its subcommands, each built with the services it needs. */
  public static CommandLine commandLine(Services services) {
    return Cli.commandLine(new BenchRootCommand(), services);
  }
}
