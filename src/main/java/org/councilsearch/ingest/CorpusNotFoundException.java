package org.councilsearch.ingest;

/** The corpus directory does not exist or is not a directory. */
public final class CorpusNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CorpusNotFoundException(String message) {
    super(message);
  }
}
