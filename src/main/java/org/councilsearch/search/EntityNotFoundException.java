package org.councilsearch.search;

import java.util.Optional;

/** No entity of that name is known to the gazetteer or tagged in the index. */
public final class EntityNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String unknownName;

  /** An entity that is known, but not of the kind asked for. */
  public EntityNotFoundException(String message) {
    this(message, null);
  }

  /**
   * @param unknownName the name nothing is known by, or null when the entity is known but of
   *     another kind
   */
  public EntityNotFoundException(String message, String unknownName) {
    super(message);
    this.unknownName = unknownName;
  }

  /** The name nothing is known by, when that is the reason. */
  public Optional<String> unknownName() {
    return Optional.ofNullable(unknownName);
  }
}
