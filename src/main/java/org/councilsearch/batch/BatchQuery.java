package org.councilsearch.batch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One query of a batch as it was given: checked only when it runs, so that one bad row is reported
 * on its own and costs the others nothing.
 *
 * @param row its line (text) or record (CSV) number in the file, from 1, header not counted
 * @param name the name column, or the query itself when there is none
 * @param query the query text
 * @param filters the filter columns that were given, keyed as the search API's parameters
 */
public record BatchQuery(int row, String name, String query, Map<String, String> filters) {
  public BatchQuery {
    filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
  }
}
