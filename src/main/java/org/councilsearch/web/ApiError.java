package org.councilsearch.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every API error.
 *
 * @param error what went wrong, in a few words ("bad request", "not found")
 * @param detail one sentence saying why and, where it helps, what to do instead
 * @param position for a query that cannot be read, the character of {@code q} where the problem
 *     is, counting from 1; absent otherwise
 * @param literalSearch for a query that cannot be read, the same search for its plain words taken
 *     word for word, as an address on this server; absent when there is none
 */
public record ApiError(
    String error,
    String detail,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer position,
    @JsonInclude(JsonInclude.Include.NON_NULL) String literalSearch) {

  /** An error with no position or alternative search. */
  public ApiError(String error, String detail) {
    this(error, detail, null, null);
  }
}
