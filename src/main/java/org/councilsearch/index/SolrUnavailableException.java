package org.councilsearch.index;

import java.util.List;

/** A SolrCloud cannot be used as asked; the one-line message says why and what to do. */
public final class SolrUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why; each maps to its own exit code. */
  public enum Reason {
    /** No node of the cluster answers. */
    UNREACHABLE,
    /** No collection or alias of that name. */
    MISSING_COLLECTION,
    /** The collection was built by another schema version or is not ours. */
    SCHEMA_MISMATCH,
    /** The cluster answered, but refused or failed a request. */
    FAILED
  }

  private final Reason reason;

  SolrUnavailableException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  public static SolrUnavailableException unreachable(List<String> urls, Throwable cause) {
    return new SolrUnavailableException(
        Reason.UNREACHABLE,
        "no SolrCloud node answers at "
            + String.join(",", urls)
            + "; check that Solr runs there and that --solr names its nodes as"
            + " http://HOST:PORT/solr",
        cause);
  }

  public static SolrUnavailableException missing(String collection, String solr) {
    return new SolrUnavailableException(
        Reason.MISSING_COLLECTION,
        "the SolrCloud has no collection or alias \""
            + collection
            + "\"; build it with: council-search index --solr "
            + solr
            + " --collection "
            + collection
            + " --full",
        null);
  }

  public static SolrUnavailableException schemaMismatch(
      String collection, String found, String solr) {
    String what =
        found == null
            ? "was not built by council-search"
            : "was built with schema version " + found + ", this council-search uses " + Schema.VERSION;
    return new SolrUnavailableException(
        Reason.SCHEMA_MISMATCH,
        "collection \""
            + collection
            + "\" "
            + what
            + "; rebuild it with: council-search index --solr "
            + solr
            + " --collection "
            + collection
            + " --full",
        null);
  }

  public static SolrUnavailableException failed(String what, Throwable cause) {
    return new SolrUnavailableException(Reason.FAILED, what, cause);
  }
}
