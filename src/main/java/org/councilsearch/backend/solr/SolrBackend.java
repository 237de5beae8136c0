package org.councilsearch.backend.solr;

import java.time.Clock;
import org.councilsearch.backend.Backend;
import org.councilsearch.index.PaperStore;
import org.councilsearch.index.Schema;
import org.councilsearch.index.VectorTarget;
import org.councilsearch.model.SolrLocation;
import org.councilsearch.search.PassageIndex;

/**
 * A collection (or alias) on a SolrCloud: a run writes to it over SolrJ ({@link SolrPaperStore}),
 * and so does the vector pass; searches send it the embedded index's queries in Solr's syntax ({@link SolrIndex}). Each store
 * and index connects to the cluster on its own and lets go of it when closed. Thread-safe.
 */
public final class SolrBackend implements Backend {
  private final SolrLocation location;
  private final int shards;
  private final int replicas;
  private final Schema schema;
  private final Clock clock;

  /**
   * @param location the nodes and the collection or alias
   * @param shards shards of a collection that a rebuild creates
   * @param replicas replicas of each of its shards
   * @param schema the one schema the configset is generated from
   * @param clock names the collections a rebuild creates
   */
  public SolrBackend(SolrLocation location, int shards, int replicas, Schema schema, Clock clock) {
    this.location = location;
    this.shards = shards;
    this.replicas = replicas;
    this.schema = schema;
    this.clock = clock;
  }

  /**
   * An everyday run writes to the collection or alias; a rebuild ({@code full}) builds a new
   * collection behind the alias.
   *
   * @throws org.councilsearch.index.SolrUnavailableException when the cluster cannot be used as
   *     asked, with what to do
   */
  @Override
  public PaperStore openStore(boolean full) {
    SolrCluster cluster = SolrCluster.connect(location.nodes());
    try {
      return SolrPaperStore.open(
          cluster, schema, location.collection(), full, shards, replicas, clock);
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /**
   * The collection or alias where it is, for the vector pass.
   *
   * @throws org.councilsearch.index.SolrUnavailableException when the cluster does not answer, or
   *     the collection is missing or of another schema version
   */
  @Override
  public VectorTarget openVectorTarget() {
    SolrCluster cluster = SolrCluster.connect(location.nodes());
    try {
      return SolrPaperStore.open(cluster, schema, location.collection(), false, shards, replicas, clock);
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /**
   * Solr keeps its own per-searcher caches, so {@code cachedSearches} is not used here.
   *
   * @throws org.councilsearch.index.SolrUnavailableException when no node answers, when there is
   *     no such collection, or when another schema version built it
   */
  @Override
  public PassageIndex openIndex(int cachedSearches) {
    return SolrIndex.open(location, schema);
  }
}
