package org.councilsearch.bench;

import org.councilsearch.search.SearchService;

/**
 * Searches in this process exactly as the command line and the web server do: query
 * understanding, ranking, facets over the whole result set, highlighting and citation data.
 */
public final class InProcessTarget implements SearchTarget {
  private final SearchService search;
  private final String name;

  public InProcessTarget(SearchService search) {
    this(search, "in-process");
  }

  /** @param name what the figures call it, such as the backend it searches */
  public InProcessTarget(SearchService search, String name) {
    this.search = search;
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int search(BenchQuery query) {
    return search.search(query.request()).hits().size();
  }
}
