package org.councilsearch.saved;

/** A saved search of that name exists already; the message says so and what to do. */
public final class NameTakenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NameTakenException(String message) {
    super(message);
  }
}
