package org.councilsearch.index;

import java.nio.file.Path;

/** The index directory cannot be used as asked; the message says why and what to do. */
public final class IndexUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the index cannot be used; each maps to its own exit code. */
  public enum Reason {
    /** Nothing has been indexed there yet. */
    MISSING,
    /** The directory holds files that are not a Council Search index. */
    NOT_AN_INDEX,
    /** Another process is writing to it. */
    LOCKED
  }

  private final Reason reason;

  IndexUnavailableException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  public static IndexUnavailableException missing(Path dir) {
    return new IndexUnavailableException(
        Reason.MISSING,
        "no index at " + dir + "; build one with: council-search index --index " + dir);
  }

  public static IndexUnavailableException notAnIndex(Path dir, String why) {
    return new IndexUnavailableException(
        Reason.NOT_AN_INDEX,
        dir
            + " is not a Council Search index ("
            + why
            + "); point --index at an index or at an empty directory");
  }

  public static IndexUnavailableException locked(Path dir) {
    return new IndexUnavailableException(
        Reason.LOCKED,
        "the index at "
            + dir
            + " is locked by another running indexer; wait for it to finish, then try again");
  }
}
