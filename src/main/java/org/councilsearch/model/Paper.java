package org.councilsearch.model;

import java.util.Objects;

/**
 * One council paper as indexed: where it came from, and what its content says about it.
 *
 * @param id stable identifier derived from the source path; never used as a file path
 * @param source the file name relative to the corpus directory, with '/' separators
 * @param format the media type Tika detected, such as {@code application/pdf}
 * @param metadata title, year, symbol, session, organization and meeting, from the content
 * @param contentHash SHA-256 of the file's bytes, which decides whether a reindex must read it again
 */
public record Paper(
    String id, String source, String format, PaperMetadata metadata, String contentHash) {
  public Paper {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(metadata.title(), "title");
  }
}
