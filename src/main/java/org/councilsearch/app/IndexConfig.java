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
   */
  record SolrCloud(SolrLocation location, int shards, int replicas) implements IndexConfig {
    /** A collection that is read or updated where it is, never laid out anew. */
    public SolrCloud(SolrLocation location) {
      this(location, 1, 1);
    }
  }
}
