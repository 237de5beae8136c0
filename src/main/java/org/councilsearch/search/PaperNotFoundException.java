package org.councilsearch.search;

/** No indexed paper has the id or source file name asked for. */
public final class PaperNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PaperNotFoundException(String message) {
    super(message);
  }
}
