package org.councilsearch.ingest.structure;

import org.councilsearch.model.DateSpan;

/**
 * What a paper's content says about the paper itself. Nullable fields are null when not stated.
 *
 * @param title the paper's own title, or a derived one; never null
 * @param year the year the paper reports on, stated or inferred from the text
 * @param symbol document symbol such as "CRP/36", "MC/2346" or "C/106/INF/8/Rev.1"
 * @param session session or meeting such as "100th Session of the Council" or "320th Session"
 * @param organization the issuing organization's canonical name, or null
 * @param meetingPlace where the session met, such as "Geneva"
 * @param meetingDates when the session met
 */
public record PaperMetadata(
    String title,
    Integer year,
    String symbol,
    String session,
    String organization,
    String meetingPlace,
    DateSpan meetingDates) {}
