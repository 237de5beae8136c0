package org.councilsearch.search;

/** The query or a search parameter cannot be understood; the message is one line for the user. */
public final class BadQueryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadQueryException(String message) {
    super(message);
  }
}
