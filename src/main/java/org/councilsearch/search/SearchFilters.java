package org.councilsearch.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The filters a search can carry outside the page's address: a saved search keeps them, a batch
 * row gives them as columns, the command line as {@code --filter KEY=VALUE}. The keys are the
 * search API's parameter names, so a filter means the same everywhere. Immutable.
 */
public final class SearchFilters {
  /** The filter keys, in the order they are shown and written. */
  public static final List<String> KEYS =
      List.of("year", "from", "to", "org", "event", "event-type", "place", "doc", "lang", "literal");

  /** Longer filter values are not names of anything in the papers. */
  public static final int MAX_VALUE_CHARS = 200;

  private final Map<String, String> values;

  private SearchFilters(Map<String, String> values) {
    this.values = values;
  }

  /** No filter. */
  public static final SearchFilters NONE = new SearchFilters(Map.of());

  /**
   * Checks {@code given}: blank values count as absent; an unknown key or a malformed value is
   * refused with the key's name and what it takes.
   *
   * @throws BadQueryException naming the key and what it takes
   */
  public static SearchFilters of(Map<String, String> given) {
    Map<String, String> kept = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : given.entrySet()) {
      String key = e.getKey() == null ? "" : e.getKey().strip().toLowerCase(Locale.ROOT);
      if (!KEYS.contains(key)) {
        throw new BadQueryException(
            "'" + abbreviate(key) + "' is not a filter; the filters are " + String.join(", ", KEYS));
      }
      String value = e.getValue() == null ? "" : e.getValue().strip();
      if (!value.isEmpty()) {
        kept.put(key, value);
      }
    }
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String key : KEYS) {
      if (kept.containsKey(key)) {
        ordered.put(key, kept.get(key));
      }
    }
    SearchFilters filters = new SearchFilters(Collections.unmodifiableMap(ordered));
    filters.check();
    return filters;
  }

  /** The filters that are set, keyed as {@link #KEYS}, in that order. */
  public Map<String, String> values() {
    return values;
  }

  /**
   * The search for {@code query} under these filters.
   *
   * @throws BadQueryException when the query is empty or too long
   */
  public SearchRequest request(String query, int limit, int offset) {
    Integer year = year("year");
    Integer from = year != null ? year : year("from");
    Integer to = year != null ? year : year("to");
    return new SearchRequest(
        query,
        from,
        to,
        values.get("org"),
        values.get("event"),
        values.get("event-type"),
        values.get("place"),
        values.get("doc"),
        values.get("lang"),
        values.containsKey("literal") && !values.get("literal").equalsIgnoreCase("false"),
        limit,
        offset);
  }

  /** The filters as "org=UN-Women, year=2009", or "" when there are none. */
  public String describe() {
    return describeRaw(values);
  }

  /** Filters as given, unchecked, as "org=UN-Women, year=2009", or "" when there are none. */
  public static String describeRaw(Map<String, String> given) {
    StringBuilder s = new StringBuilder();
    given.forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k).append('=').append(v));
    return s.toString();
  }

  private void check() {
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (e.getValue().length() > MAX_VALUE_CHARS) {
        throw new BadQueryException(e.getKey() + " is longer than " + MAX_VALUE_CHARS + " characters");
      }
    }
    SearchRequest.languageCode(values.get("lang"));
    year("year");
    Integer from = year("from");
    Integer to = year("to");
    if (from != null && to != null && from > to) {
      throw new BadQueryException("from (" + from + ") is after to (" + to + ")");
    }
  }

  private Integer year(String key) {
    String v = values.get(key);
    if (v == null) {
      return null;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= 1 && n <= 9999) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Said below, with the value.
    }
    throw new BadQueryException(key + " must be a year such as 2009, not '" + abbreviate(v) + "'");
  }

  private static String abbreviate(String v) {
    return v.length() <= 20 ? v : v.substring(0, 20) + "...";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SearchFilters f && f.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return describe();
  }
}
