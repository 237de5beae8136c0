package org.councilsearch.cli;

import java.nio.file.Path;
import org.councilsearch.app.UserState;
import org.councilsearch.app.IndexConfig;
import picocli.CommandLine.Option;

/**
 * The --state-dir option: where this machine keeps the state of an index. Saved and batch searches
 * live there; so do, for a SolrCloud collection, the vectors of passage texts embedded before (an
 * index directory keeps them beside it). By default it is beside the index directory ({@code
 * index.state} for {@code index}), or, with --solr, {@code ~/.council-search/<collection>}.
 */
final class StateDirOption {
  @Option(
      names = "--state-dir",
      paramLabel = "DIR",
      description =
          "Where saved searches and batch results are kept, and with --solr the vectors of passage"
              + " texts embedded before (default: beside the index directory, as INDEX.state; with"
              + " --solr, ~/.council-search/COLLECTION).")
  Path dir;

  /** The directory to use for the index {@code where}. */
  Path resolve(IndexConfig where) {
    return dir != null ? dir : UserState.defaultDir(where);
  }

  /** {@code where}, with its state in the directory given, if one is. */
  IndexConfig applied(IndexConfig where) {
    return dir != null && where instanceof IndexConfig.SolrCloud solr ? solr.withStateDir(dir) : where;
  }
}
