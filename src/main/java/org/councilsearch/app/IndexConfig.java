package org.councilsearch.app;

import java.nio.file.Path;
import org.councilsearch.model.SolrLocation;

/**
 * Where the index lives, as the command line (or a test) names it. {@link Services#backend} chooses
 * the engine from this alone; everything else works through the {@link
 * org.councilsearch.backend.Backend} it gets.
 */
public sealed interface IndexConfig permits IndexConfig.Embedded, IndexConfig.SolrCloud {
  /** The embedded Lucene index in directory {@code dir}. */
  record Embedded(Path dir) implements IndexConfig {}

  /**
   * A collection or alias on a SolrCloud.
   *
   * @param location the nodes and the collection or alias
   * @param shards shards of a collection that a rebuild creates
   * @param replicas replicas of each of its shards
   * @param stateDir where this machine keeps what it knows of the collection: saved searches, and
   *     the vectors of passage texts embedded before, so that they are not embedded again
   */
  record SolrCloud(SolrLocation location, int shards, int replicas, Path stateDir) implements IndexConfig {
    /** A collection whose state lives in the default place, {@link UserState#forCollection}. */
    public SolrCloud(SolrLocation location, int shards, int replicas) {
      this(location, shards, replicas, UserState.forCollection(location));
    }

    /** A collection that is read or updated where it is, never laid out anew. */
    public SolrCloud(SolrLocation location) {
      this(location, 1, 1);
    }

    /** The same collection, with its state in {@code dir}. */
    public SolrCloud withStateDir(Path dir) {
      return new SolrCloud(location, shards, replicas, dir);
    }
  }
}
