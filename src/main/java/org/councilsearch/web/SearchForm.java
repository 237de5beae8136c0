package org.councilsearch.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.councilsearch.search.BadQueryException;
import org.councilsearch.search.SearchRequest;

/**
 * A search as the page and the API take it from the query string: q, year, from, to, org, event, event-type,
 * place, doc, lang, literal, page (from 1) and size. Every value is checked here, so a bad one is a 400
 * with a sentence saying which and why, and links to variations of the search (a filter added or
 * removed, another page) are built from checked values only. Immutable.
 */
final class SearchForm {
  /** The parameters, in the order links write them. */
  static final List<String> NAMES =
      List.of("q", "year", "from", "to", "org", "event", "event-type", "place", "doc", "lang", "literal", "size", "page");

  /** Longer filter values are not names of anything in the papers. */
  static final int MAX_FILTER_CHARS = 200;

  /** The largest page of hits the API and the page serve. */
  static final int MAX_SIZE = 100;

  /**
   * The deepest page: results can be paged up to the {@link SearchRequest#MAX_OFFSET}th passage,
   * so page × size may be at most that; with one hit per page, this is the last page.
   */
  static final int MAX_PAGE = SearchRequest.MAX_OFFSET;

  private final Map<String, String> values;
  private final int defaultSize;

  private SearchForm(Map<String, String> values, int defaultSize) {
    this.values = values;
    this.defaultSize = defaultSize;
  }

  /**
   * Reads and checks the parameters; blank ones count as absent, unknown ones are ignored.
   *
   * @throws BadQueryException when a value is malformed or out of bounds
   */
  static SearchForm parse(Map<String, List<String>> query, int defaultSize) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String name : NAMES) {
      List<String> given = query.get(name);
      if (given != null && !given.isEmpty() && given.get(0) != null && !given.get(0).isBlank()) {
        values.put(name, given.get(0).strip());
      }
    }
    SearchForm form = new SearchForm(values, defaultSize);
    form.check();
    return form;
  }

  /**
   * A form holding only the typed query, cut to the longest accepted, to show it back with an
   * error.
   */
  static SearchForm typed(String q, int defaultSize) {
    Map<String, String> values = new LinkedHashMap<>();
    if (q != null && !q.isBlank()) {
      String kept = q.strip();
      values.put(
          "q",
          kept.length() > SearchRequest.MAX_QUERY_CHARS
              ? kept.substring(0, SearchRequest.MAX_QUERY_CHARS)
              : kept);
    }
    return new SearchForm(values, defaultSize);
  }

  /** True when there is something to search for. */
  boolean hasQuery() {
    return values.containsKey("q");
  }

  String q() {
    return values.getOrDefault("q", "");
  }

  String get(String name) {
    return values.get(name);
  }

  int page() {
    return number("page", 1, MAX_PAGE, 1);
  }

  int size() {
    return number("size", 1, MAX_SIZE, defaultSize);
  }

  /**
   * The search to run.
   *
   * @throws BadQueryException when the query is empty or too long
   */
  SearchRequest request() {
    Integer year = year("year");
    Integer from = year != null ? year : year("from");
    Integer to = year != null ? year : year("to");
    return new SearchRequest(
        q(),
        from,
        to,
        values.get("org"),
        values.get("event"),
        values.get("event-type"),
        values.get("place"),
        values.get("doc"),
        values.get("lang"),
        values.containsKey("literal"),
        size(),
        (page() - 1) * size());
  }

  /** The same search with one parameter set, back on its first page. */
  SearchForm with(String name, String value) {
    Map<String, String> changed = new LinkedHashMap<>(values);
    changed.remove("page");
    changed.put(name, value);
    return new SearchForm(ordered(changed), defaultSize);
  }

  /** The same search without one parameter, back on its first page. */
  SearchForm without(String name) {
    Map<String, String> changed = new LinkedHashMap<>(values);
    changed.remove("page");
    changed.remove(name);
    return new SearchForm(changed, defaultSize);
  }

  /** The same search on another page. */
  SearchForm onPage(int page) {
    Map<String, String> changed = new LinkedHashMap<>(values);
    changed.put("page", String.valueOf(page));
    return new SearchForm(ordered(changed), defaultSize);
  }

  /** A link to this search under {@code path}, such as "/search". */
  String link(String path) {
    StringJoiner query = new StringJoiner("&");
    values.forEach((name, value) -> query.add(name + "=" + encode(value)));
    return query.length() == 0 ? path : path + "?" + query;
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private void check() {
    if (q().length() > SearchRequest.MAX_QUERY_CHARS) {
      throw new BadQueryException(
          "the query is "
              + q().length()
              + " characters long; the limit is "
              + SearchRequest.MAX_QUERY_CHARS);
    }
    for (String name : List.of("org", "event", "event-type", "place", "doc", "lang")) {
      String v = values.get(name);
      if (v != null && v.length() > MAX_FILTER_CHARS) {
        throw new BadQueryException(name + " is longer than " + MAX_FILTER_CHARS + " characters");
      }
    }
    SearchRequest.languageCode(values.get("lang"));
    year("year");
    Integer from = year("from");
    Integer to = year("to");
    if (from != null && to != null && from > to) {
      throw new BadQueryException("from (" + from + ") is after to (" + to + ")");
    }
    long deepest = (long) page() * size();
    if (deepest > SearchRequest.MAX_OFFSET) {
      throw new BadQueryException(
          "page "
              + page()
              + " of "
              + size()
              + " hits is too deep: results can be paged up to the "
              + String.format(java.util.Locale.ROOT, "%,d", SearchRequest.MAX_OFFSET)
              + "th passage (page × size at most that), so with size "
              + size()
              + " the last page is "
              + SearchRequest.MAX_OFFSET / size());
    }
  }

  private Integer year(String name) {
    return values.containsKey(name) ? number(name, 1, 9999, 0) : null;
  }

  private int number(String name, int min, int max, int absent) {
    String v = values.get(name);
    if (v == null) {
      return absent;
    }
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new BadQueryException(
          name
              + " must be a whole number from "
              + min
              + " to "
              + max
              + ", not '"
              + abbreviate(v)
              + "'");
    }
    if (n < min || n > max) {
      throw new BadQueryException(name + " must be from " + min + " to " + max + ", not " + n);
    }
    return n;
  }

  private static Map<String, String> ordered(Map<String, String> values) {
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String name : NAMES) {
      if (values.containsKey(name)) {
        ordered.put(name, values.get(name));
      }
    }
    return ordered;
  }

  private static String abbreviate(String v) {
    return v.length() <= 20 ? v : v.substring(0, 20) + "...";
  }
}
