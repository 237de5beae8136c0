package org.councilsearch.model;

/**
 * A stage a paper goes through while it is indexed, in the order it goes through them. The
 * summary of a run says how much of the workers' time each took; a new stage is a new constant.
 */
public enum Phase {
  /** Reading the file: text extraction, clean-up, structure and metadata. */
  EXTRACTION("extraction"),
  /** Finding organizations, dates, events, places and people. */
  TAGGING("tagging"),
  /** Writing the paper's documents into the Lucene index. */
  INDEXING("indexing");

  private final String label;

  Phase(String label) {
    this.label = label;
  }

  /** The phase in a user's words, as the summary prints it. */
  public String label() {
    return label;
  }
}
