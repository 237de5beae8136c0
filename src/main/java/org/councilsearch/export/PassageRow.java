package org.councilsearch.export;

import org.councilsearch.model.Hit;
import org.councilsearch.search.Citations;
import org.councilsearch.search.PassageLinks;
import org.councilsearch.search.Snippets;

/**
 * One passage of a result as it leaves the product in a file: what a reader needs to cite it and
 * find it again.
 *
 * @param rank its place in the result, from 1
 * @param paperId the paper's id
 * @param passageId the passage's id
 * @param title the paper's title
 * @param symbol the paper's document symbol, or null
 * @param year the paper's year, or null
 * @param paragraph the printed paragraph number, or null
 * @param citation "Gender Coordination Report 2009, para. 4"
 * @param link the passage on its paper's page, absolute when the product knows its address
 * @param snippet the passage's best-matching words as plain text
 */
public record PassageRow(
    int rank,
    String paperId,
    String passageId,
    String title,
    String symbol,
    Integer year,
    String paragraph,
    String citation,
    String link,
    String snippet) {

  /** The row for {@code hit}, ranked {@code rank}, with links under {@code base} ("" for relative). */
  public static PassageRow of(int rank, Hit hit, String symbol, String base) {
    return new PassageRow(
        rank,
        hit.paperId(),
        hit.id(),
        hit.title(),
        symbol,
        hit.year(),
        hit.paragraph(),
        Citations.of(hit),
        base + PassageLinks.href(hit.paperId(), hit.id(), hit.paragraph()),
        Snippets.toPlain(hit.snippet(), "", ""));
  }
}
