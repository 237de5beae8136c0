package org.councilsearch.app;

/** Exit codes of the command line, one per kind of failure, so scripts can tell them apart. */
public final class ExitCodes {
  public static final int OK = 0;
  /** The run finished but some files could not be indexed. */
  public static final int FILES_FAILED = 1;
  /** Wrong flags or arguments (picocli's own code for usage errors). */
  public static final int USAGE = 2;
  public static final int CORPUS_NOT_FOUND = 3;
  /**
   * {@code alerts} found new passages: a cron job tells "something new" from "nothing" (0) by it.
   * Only {@code alerts} returns it, and alerts never reads a corpus, so it cannot be mistaken for
   * {@link #CORPUS_NOT_FOUND}.
   */
  public static final int NEW_PASSAGES = 3;
  public static final int INDEX_MISSING = 4;
  public static final int NOT_AN_INDEX = 5;
  public static final int INDEX_LOCKED = 6;
  public static final int BAD_QUERY = 7;
  public static final int PAPER_NOT_FOUND = 8;
  public static final int ENTITY_NOT_FOUND = 9;
  /** The server cannot listen on the host and port asked for. */
  public static final int PORT_UNAVAILABLE = 10;
  /** No node of the SolrCloud answers. */
  public static final int SOLR_UNREACHABLE = 11;
  /** The SolrCloud has no collection or alias of that name. */
  public static final int COLLECTION_MISSING = 12;
  /** The collection was built with another schema version. */
  public static final int SCHEMA_MISMATCH = 13;
  /** The SolrCloud answered but refused or failed a request. */
  public static final int SOLR_FAILED = 14;
  /** An evaluation measured figures that differ from its spec (either way, beyond the tolerance). */
  public static final int FIGURES_MOVED = 15;
  /** The state directory (saved and batch searches) cannot be used. */
  public static final int STATE_UNAVAILABLE = 16;
  /** A file of batch queries cannot be taken (empty, not text, too many rows, a row too long). */
  public static final int BAD_QUERY_FILE = 17;
  /** No saved search has the name given. */
  public static final int SAVED_SEARCH_NOT_FOUND = 18;
  /** A saved search has that name already. */
  public static final int NAME_TAKEN = 19;
  /** A fault of ours or of the machine (disk full, a bug): the message says which. */
  public static final int INTERNAL = 70;

  private ExitCodes() {}
}
