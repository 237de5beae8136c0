package org.councilsearch.cli;

import picocli.CommandLine.Command;

/** council-search-bench: the measurement tools, kept out of the product jar. */
@Command(
    name = "council-search-bench",
    mixinStandardHelpOptions = true,
    version = "council-search-bench 0.1.0",
    description = {
      "Measure Council Search: generate synthetic archives, run the benchmarks, and generate the",
      "figures pages of docs/ from the evaluation specs and the last benchmark run."
    },
    subcommands = {GenerateCommand.class, BenchCommand.class, DocsCommand.class},
    footer = {
      "",
      "Examples (from the root of a checkout, after mvn -B -q package -DskipTests):",
      "  java -jar target/council-search-bench.jar generate --papers 500 --out /tmp/archive-500",
      "  java -jar target/council-search-bench.jar bench queries --index /tmp/index-500",
      "  java -jar target/council-search-bench.jar docs"
    })
final class BenchRootCommand {}
