package org.councilsearch.search;

/**
 * A search as asked.
 *
 * @param query the user's query text, in the query language of {@link QueryReader}
 * @param fromYear only passages of papers from this year on, or null
 * @param toYear only passages of papers up to this year, or null
 * @param limit how many hits to return
 * @param offset how many ranked hits to skip, for paging
 */
public record SearchRequest(String query, Integer fromYear, Integer toYear, int limit, int offset) {
  /** The longest query accepted: longer ones are almost certainly pasted by mistake. */
  public static final int MAX_QUERY_CHARS = 1_000;

  /** The largest page of hits. */
  public static final int MAX_LIMIT = 1_000;

  public SearchRequest {
    if (query == null || query.isBlank()) {
      throw new BadQueryException("the query is empty; type some words to search for");
    }
    if (query.length() > MAX_QUERY_CHARS) {
      throw new BadQueryException(
          "the query is " + query.length() + " characters long; the limit is " + MAX_QUERY_CHARS);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new BadQueryException("the limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
    }
    if (offset < 0 || offset > 100_000) {
      throw new BadQueryException("the offset must be between 0 and 100000, not " + offset);
    }
    if (fromYear != null && toYear != null && fromYear > toYear) {
      throw new BadQueryException("the year range " + fromYear + "-" + toYear + " is empty");
    }
  }

  /** A first page of {@code limit} hits with no year filter. */
  public static SearchRequest of(String query, int limit) {
    return new SearchRequest(query, null, null, limit, 0);
  }
}
