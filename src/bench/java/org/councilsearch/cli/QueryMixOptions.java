package org.councilsearch.cli;

import java.util.List;
import picocli.CommandLine.Option;

/**
 * How a benchmark runs the query mix: clients, passes, warm-up and search caching. Searches are
 * cold by default: the warm-up passes warm the JIT, and no search is answered from kept results.
 */
final class QueryMixOptions {
  @Option(names = "--clients", paramLabel = "N", split = ",", defaultValue = "1,8,32", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  List<Integer> clients;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "20", description = "Passes over the mix per client (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--warm-up", paramLabel = "N", defaultValue = "10", description = "Unrecorded passes first, to warm the JIT (default: ${DEFAULT-VALUE}).")
  int warmUp;

  @Option(
      names = "--cached-searches",
      paramLabel = "N",
      defaultValue = "0",
      description = "Searches kept per index reader (and query readings kept). 0, the default, computes every search"
          + " afresh (cold); more makes the repeated mix a cache hit, reported as \"repeated search (cache hit)\".")
  int cachedSearches;

  /** How the figures name the searches measured. */
  String searches() {
    return cachedSearches == 0 ? "cold (every search computed afresh)" : "repeated search (cache hit): " + cachedSearches + " kept per reader";
  }
}
