package org.councilsearch.model;

import java.util.Objects;

/**
 * One council paper as indexed. Every field but {@code id}, {@code source} and {@code format} comes
 * from the paper's content; the nullable ones are null when the paper does not state them.
 *
 * @param id stable identifier derived from the source path; never used as a file path
 * @param source the file name relative to the corpus directory, with '/' separators
 * @param format the media type Tika detected, such as {@code application/pdf}
 * @param title the paper's own title, or one derived from its content when it has none
 * @param year the year the paper reports on, or null when the content gives none
 * @param symbol the document symbol, such as "CRP/36" or "MC/2346", or null
 * @param session the session or meeting the paper was written for, such as "100th Session of the
 *     Council", "320th Session" or "Ninth Meeting of the Standing Committee", or null
 * @param organization the organization whose paper it is, by its canonical name ("International
 *     Labour Organization" for a Governing Body paper), or null when the paper does not say
 * @param meetingPlace where the session met, such as "Geneva", or null
 * @param meetingDates when the session met, or null
 * @param contentHash SHA-256 of the file's bytes, which decides whether a reindex must read it again
 */
public record Paper(
    String id,
    String source,
    String format,
    String title,
    Integer year,
    String symbol,
    String session,
    String organization,
    String meetingPlace,
    DateSpan meetingDates,
    String contentHash) {
  public Paper {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
  }
}
