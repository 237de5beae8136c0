package org.councilsearch.batch;

/** A file of queries that cannot be taken at all; the message says why and what to do. */
public final class BadUploadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadUploadException(String message) {
    super(message);
  }
}
