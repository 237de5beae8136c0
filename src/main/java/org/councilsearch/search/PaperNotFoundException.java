package org.councilsearch.search;

/** No indexed paper has the id or source file name asked for. */
public final class PaperNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String requested;

  /**
   * @param requested the id or file name asked for
   */
  public PaperNotFoundException(String message, String requested) {
    super(message);
    this.requested = requested;
  }

  /** The id or file name that names no paper. */
  public String requested() {
    return requested;
  }
}
