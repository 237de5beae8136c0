package org.councilsearch.web;

/** The server cannot listen where it was asked to: the port is taken or the address is not ours. */
public final class PortUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  PortUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
