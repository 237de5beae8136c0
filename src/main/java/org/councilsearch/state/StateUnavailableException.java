package org.councilsearch.state;

/** The state database cannot be used: its directory, a lock held too long, or a foreign file. */
public final class StateUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StateUnavailableException(String message) {
    super(message);
  }
}
