package org.councilsearch.ingest;

/** A file could not be read; the message is one line naming the reason and what to do. */
public final class ExtractionException extends Exception {
  private static final long serialVersionUID = 1L;

  public ExtractionException(String reason) {
    super(reason);
  }

  public ExtractionException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
