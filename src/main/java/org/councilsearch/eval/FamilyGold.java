package org.councilsearch.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.councilsearch.model.DateSpan;

/**
 * The hand-written metadata of one family fixture paper ({@code NAME.gold.json} beside {@code
 * NAME.txt}). Null fields are ones the paper does not state.
 *
 * @param family the kind of paper, as reports name it ("ILO Governing Body paper")
 * @param year the year the paper reports on
 * @param title the paper's own title (compared without regard to case)
 * @param symbol the document symbol as printed
 * @param session the session or meeting as printed ("320th Session", "Sixty-fifth session")
 * @param organization the canonical name of the organization whose paper it is
 * @param paragraphs the printed paragraph numbers, in order
 * @param organizations canonical names of the organizations its passages name
 * @param dates the dates its passages state
 * @param language the ISO 639-1 code of the language it is written in; null in the English-only
 *     families set
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FamilyGold(
    String family,
    Integer year,
    String title,
    String symbol,
    String session,
    String organization,
    List<String> paragraphs,
    List<String> organizations,
    List<DateSpan> dates,
    String language) {
  public FamilyGold {
    paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    organizations = organizations == null ? List.of() : List.copyOf(organizations);
    dates = dates == null ? List.of() : List.copyOf(dates);
  }
}
