package org.councilsearch.search;

/** No entity of that name is known to the gazetteer or tagged in the index. */
public final class EntityNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EntityNotFoundException(String message) {
    super(message);
  }
}
