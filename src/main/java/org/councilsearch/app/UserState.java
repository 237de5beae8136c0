package org.councilsearch.app;

import java.nio.file.Path;
import org.councilsearch.batch.BatchSearches;
import org.councilsearch.model.SolrLocation;
import org.councilsearch.saved.SavedSearches;
import org.councilsearch.state.StateDatabase;

/**
 * What the product keeps for its users beside the index: saved searches and batch searches, in one
 * state database. Closing it stops a running batch (what ran is kept) and closes the database.
 *
 * @param db the database
 * @param saved the saved searches
 * @param batches the batch searches the server runs
 */
public record UserState(StateDatabase db, SavedSearches saved, BatchSearches batches) implements AutoCloseable {
  /**
   * Where the state of the index {@code where} lives by default: beside the index directory
   * ({@link #besideIndex}), or the collection's own ({@link IndexConfig.SolrCloud#stateDir}).
   */
  public static Path defaultDir(IndexConfig where) {
    return where instanceof IndexConfig.SolrCloud s
        ? s.stateDir()
        : besideIndex(((IndexConfig.Embedded) where).dir());
  }

  /**
   * Where the state of the index directory {@code index} lives by default: the directory beside it
   * named {@code <index>.state} (the index directory holds Lucene's files only, and a full rebuild
   * replaces them all).
   */
  public static Path besideIndex(Path index) {
    Path absolute = index.toAbsolutePath().normalize();
    String name = absolute.getFileName() == null ? "index" : absolute.getFileName().toString();
    return absolute.resolveSibling(name + ".state");
  }

  /**
   * Where the state of a SolrCloud collection lives by default: {@code
   * ~/.council-search/<collection>} on the machine that runs the command or server, as the cluster
   * itself keeps only the papers.
   */
  public static Path forCollection(SolrLocation location) {
    String safe = location.collection().replaceAll("[^A-Za-z0-9._-]", "_");
    if (safe.chars().allMatch(c -> c == '.')) {
      // "." and ".." would name the parent directories, not one of their own.
      safe = safe.replace('.', '_');
    }
    return Path.of(System.getProperty("user.home"), ".council-search", safe);
  }

  @Override
  public void close() {
    try {
      batches.close();
    } finally {
      db.close();
    }
  }
}
