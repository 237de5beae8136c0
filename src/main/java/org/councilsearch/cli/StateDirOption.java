package org.councilsearch.cli;

import java.nio.file.Path;
import org.councilsearch.app.UserState;
import org.councilsearch.app.IndexConfig;
import picocli.CommandLine.Option;

/**
 * The --state-dir option of the commands that use saved and batch searches: where their database
 * lives. By default it is beside the index directory ({@code index.state} for {@code index}), or,
 * with --solr, {@code ~/.council-search/<collection>}.
 */
final class StateDirOption {
  @Option(
      names = "--state-dir",
      paramLabel = "DIR",
      description =
          "Where saved searches and batch results are kept (default: beside the index directory,"
              + " as INDEX.state; with --solr, ~/.council-search/COLLECTION).")
  Path dir;

  /** The directory to use for the index {@code where}. */
  Path resolve(IndexConfig where) {
    return dir != null ? dir : UserState.defaultDir(where);
  }
}
