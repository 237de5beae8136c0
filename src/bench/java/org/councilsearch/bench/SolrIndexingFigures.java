package org.councilsearch.bench;

import java.util.List;

/**
 * Indexing the same papers into the embedded index and into SolrCloud, in one run.
 *
 * @param nodes SolrCloud nodes named on the command line
 */
public record SolrIndexingFigures(
    Machine machine,
    String archive,
    int papers,
    int workers,
    int nodes,
    int shards,
    int replicas,
    List<Run> runs) {
  public SolrIndexingFigures {
    runs = List.copyOf(runs);
  }

  /** One store, with or without tagging. */
  public record Run(
      String store,
      boolean tagging,
      int papers,
      long passages,
      int failures,
      double seconds,
      double papersPerSecond,
      double passagesPerSecond) {}
}
