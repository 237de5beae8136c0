package org.councilsearch.search;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The query or a search parameter cannot be understood; the message is one line for the user. A
 * query whose syntax is wrong also says where, counting characters from 1, and which plain words
 * could be searched instead.
 */
public final class BadQueryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int position;
  private final String plainWords;

  public BadQueryException(String message) {
    this(message, 0, null);
  }

  /**
   * @param position the character of the query where the problem is, from 1; 0 when none
   * @param plainWords the query's words without its syntax, or null when it has none
   */
  public BadQueryException(String message, int position, String plainWords) {
    super(message);
    this.position = position;
    this.plainWords = plainWords == null || plainWords.isBlank() ? null : plainWords;
  }

  /** The character of the query where the problem is, counting from 1. */
  public OptionalInt position() {
    return position > 0 ? OptionalInt.of(position) : OptionalInt.empty();
  }

  /** The query's words without the syntax that could not be read, to search word for word. */
  public Optional<String> plainWords() {
    return Optional.ofNullable(plainWords);
  }
}
