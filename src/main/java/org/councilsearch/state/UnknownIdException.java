package org.councilsearch.state;

/** A saved search or batch that does not exist (any more); the message names it. */
public final class UnknownIdException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnknownIdException(String message) {
    super(message);
  }
}
