package org.councilsearch.bench;

import org.councilsearch.search.SearchService;

/**
 * The baseline: the query read word for word and ranked by plain BM25 on the same index, returning
 * ids only (see {@link SearchService#rankPlain}). Filters of the request are ignored, as a plain
 * Lucene query has none: the difference to {@link InProcessTarget} is what understanding, filters,
 * facets and highlighting cost.
 */
public final class PlainBm25Target implements SearchTarget {
  private final SearchService search;

  public PlainBm25Target(SearchService search) {
    this.search = search;
  }

  @Override
  public String name() {
    return "plain BM25";
  }

  @Override
  public int search(BenchQuery query) {
    return search.rankPlain(query.request().query(), query.request().limit()).size();
  }
}
