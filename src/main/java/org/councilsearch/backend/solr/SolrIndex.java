package org.councilsearch.backend.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.councilsearch.index.Schema;
import org.councilsearch.index.SolrUnavailableException;
import org.councilsearch.model.SolrLocation;
import org.councilsearch.search.PassageIndex;

/**
 * A SolrCloud collection (or alias) as a {@link PassageIndex}: the same searches as the embedded
 * index, answered by the collection's replicas. Solr keeps its own per-searcher caches (query
 * results, filters) and drops them when a commit opens a new searcher, so nothing is cached here.
 * Thread-safe: the SolrJ client is.
 */
final class SolrIndex implements PassageIndex {
  private final SolrCluster cluster;
  private final String collection;
  private final Schema schema;

  private SolrIndex(SolrCluster cluster, String collection, Schema schema) {
    this.cluster = cluster;
    this.collection = collection;
    this.schema = schema;
  }

  /**
   * Opens the collection or alias at {@code location} for searching.
   *
   * @throws org.councilsearch.index.SolrUnavailableException when no node answers, when there is no
   *     such collection, or when another schema version built it
   */
  static SolrIndex open(SolrLocation location, Schema schema) {
    SolrCluster cluster = SolrCluster.connect(location.nodes());
    try {
      cluster.checkSchema(location.collection());
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
    return new SolrIndex(cluster, location.collection(), schema);
  }

  @Override
  public <T> T read(ViewWork<T> work) {
    try {
      return work.apply(new SolrView(cluster, collection, schema));
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  /** The collection's replicas open new commits themselves. */
  @Override
  public void refresh() {}

  /** A collection does not record when it was written. */
  @Override
  public Instant indexedAt() {
    return null;
  }

  @Override
  public String describe() {
    return "collection " + collection + " at " + cluster.nodes();
  }

  @Override
  public void close() {
    cluster.close();
  }
}
