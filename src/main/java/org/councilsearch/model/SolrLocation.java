package org.councilsearch.model;

import java.util.List;

/**
 * A collection (or alias) on a SolrCloud, and the base URLs of the nodes to reach it by.
 *
 * @param nodes base URLs of one or more nodes, such as {@code http://solr1:8983/solr}
 * @param collection the collection or alias name
 */
public record SolrLocation(List<String> nodes, String collection) {
  public SolrLocation {
    nodes = List.copyOf(nodes);
  }

  /** The nodes as the {@code --solr} option takes them. */
  public String nodesOption() {
    return String.join(",", nodes);
  }
}
