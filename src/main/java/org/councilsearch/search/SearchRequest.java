package org.councilsearch.search;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A search as asked.
 *
 * @param query the user's query text (see {@link QueryInterpreter} and {@link QueryReader})
 * @param fromYear only papers from this year on, or null
 * @param toYear only papers up to this year, or null
 * @param organization only passages that mention this organization (any alias), or null
 * @param event only passages about an event with these words in its name, or null
 * @param eventType only passages about an event of this type (meeting, workshop, training ...), or null
 * @param place only passages that mention this place, or null
 * @param paper only passages of this paper (id or file name), or null
 * @param language only passages in this language, by ISO 639-1 code ("fr"), or null; a paragraph of
 *     a paper that has a version in this language counts as in it, and is shown in that version
 *     (see {@link VersionChoice})
 * @param literal take the query word for word: no year, acronym or collaboration reading
 * @param limit how many hits to return
 * @param offset how many ranked hits to skip, for paging
 */
public record SearchRequest(
    String query,
    Integer fromYear,
    Integer toYear,
    String organization,
    String event,
    String eventType,
    String place,
    String paper,
    String language,
    boolean literal,
    int limit,
    int offset) {
  /** The longest query accepted: longer ones are almost certainly pasted by mistake. */
  public static final int MAX_QUERY_CHARS = 1_000;

  /** The largest page of hits. */
  public static final int MAX_LIMIT = 1_000;

  /** How deep paging may go. */
  public static final int MAX_OFFSET = 10_000;

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
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new BadQueryException("the offset must be between 0 and " + MAX_OFFSET + ", not " + offset);
    }
    if (fromYear != null && toYear != null && fromYear > toYear) {
      throw new BadQueryException("the year range " + fromYear + "-" + toYear + " is empty");
    }
    language = languageCode(language);
  }

  /**
   * {@code given} as a language filter takes it: lowercased, null when blank.
   *
   * @throws BadQueryException when it is not a two- or three-letter code
   */
  public static String languageCode(String given) {
    if (given == null || given.isBlank()) {
      return null;
    }
    String code = given.strip().toLowerCase(Locale.ROOT);
    if (!LANGUAGE_CODE.matcher(code).matches()) {
      throw new BadQueryException(
          "lang takes a language code such as en, fr or es, not '"
              + (code.length() > 20 ? code.substring(0, 20) + "…" : code)
              + "'");
    }
    return code;
  }

  /** An ISO 639-1 code, or the 639-3 code of a language without one. */
  private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");

  /** A first page of {@code limit} hits, unfiltered. */
  public static SearchRequest of(String query, int limit) {
    return new SearchRequest(query, null, null, null, null, null, null, null, null, false, limit, 0);
  }

  /** The same request with results limited to a range of years. */
  public SearchRequest years(Integer from, Integer to) {
    return new SearchRequest(
        query, from, to, organization, event, eventType, place, paper, language, literal, limit, offset);
  }

  /** The same request for {@code limit} hits from {@code offset}. */
  public SearchRequest page(int limit, int offset) {
    return new SearchRequest(
        query, fromYear, toYear, organization, event, eventType, place, paper, language, literal, limit, offset);
  }

  /** The same request, taken word for word. */
  public SearchRequest literally() {
    return new SearchRequest(
        query, fromYear, toYear, organization, event, eventType, place, paper, language, true, limit, offset);
  }
}
