package org.councilsearch.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A search's filters as a column of the state database holds them: a JSON object of names to
 * values, read back in the order they were written (saved searches and batch queries alike).
 */
public final class FiltersColumn {
  private static final ObjectMapper JSON = new ObjectMapper();

  private FiltersColumn() {}

  /** The column's text for {@code filters}. */
  public static String write(Map<String, String> filters) {
    try {
      return JSON.writeValueAsString(filters);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings always writes", e);
    }
  }

  /** The filters {@link #write} wrote as {@code column}. */
  public static Map<String, String> read(String column) {
    try {
      return JSON.readValue(column, new TypeReference<LinkedHashMap<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the filters column holds what write() wrote", e);
    }
  }
}
