package org.councilsearch.model;

/**
 * What a paper's content says about the paper itself, as structure reads it and as the index
 * keeps it in each {@link Paper}. Nullable fields are null when the paper does not state them.
 *
 * @param title the paper's own title, or one derived from its content when it has none; never null
 *     in a {@link Paper}
 * @param year the year the paper reports on, stated or inferred from the text, or null
 * @param symbol the document symbol, such as "CRP/36", "MC/2346" or "C/106/INF/8/Rev.1", or null
 * @param session the session or meeting the paper was written for, such as "100th Session of the
 *     Council", "320th Session" or "Ninth Meeting of the Standing Committee", or null
 * @param organization the organization whose paper it is, by its canonical name ("International
 *     Labour Organization" for a Governing Body paper), or null when the paper does not say
 * @param meetingPlace where the session met, such as "Geneva", or null
 * @param meetingDates when the session met, or null
 * @param language the language most of the paper is written in, as an ISO 639-1 code such as
 *     "en", "fr" or "es" (a language without one keeps its ISO 639-3 code), or null before it is
 *     detected
 */
public record PaperMetadata(
    String title,
    Integer year,
    String symbol,
    String session,
    String organization,
    String meetingPlace,
    DateSpan meetingDates,
    String language) {
  /** Metadata whose language is not detected yet. */
  public PaperMetadata(
      String title,
      Integer year,
      String symbol,
      String session,
      String organization,
      String meetingPlace,
      DateSpan meetingDates) {
    this(title, year, symbol, session, organization, meetingPlace, meetingDates, null);
  }

  /** The same metadata under another title. */
  public PaperMetadata withTitle(String title) {
    return new PaperMetadata(
        title, year, symbol, session, organization, meetingPlace, meetingDates, language);
  }

  /** The same metadata, in {@code language}. */
  public PaperMetadata withLanguage(String language) {
    return new PaperMetadata(
        title, year, symbol, session, organization, meetingPlace, meetingDates, language);
  }
}
