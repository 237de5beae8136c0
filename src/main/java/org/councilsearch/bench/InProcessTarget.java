package org.councilsearch.bench;

import org.councilsearch.search.SearchService;

/**
 * Searches in this process exactly as the command line and the web server do: query
 * understanding, ranking, facets over the whole result set, highlighting and citation data.
 */
public final class InProcessTarget implements SearchTarget {
  private final SearchService search;

  public InProcessTarget(SearchService search) {
    this.search = search;
  }

  @Override
  public String name() {
    return "in-process";
  }

  @Override
  public int search(BenchQuery query) {
    return search.search(query.request()).hits().size();
  }
}
