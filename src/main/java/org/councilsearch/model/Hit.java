package org.councilsearch.model;

import java.util.List;

/**
 * One ranked passage in a search result, with what a reader needs to cite it.
 *
 * @param id the passage id
 * @param paperId the paper's id, for links to the whole paper
 * @param source the paper's file name within the corpus
 * @param title the paper's title
 * @param year the year the paper reports on, or null
 * @param paragraph the printed paragraph number, or null when the passage has none
 * @param section the heading path, "I. INTRODUCTION > ...", or empty
 * @param score the ranking score; comparable only within one result
 * @param text the whole passage text
 * @param snippet the best-matching part of the text as HTML: the text is escaped and matched words
 *     are wrapped in {@code <mark>}, so it can be shown as is and no markup can be forged by the text
 * @param organizations organizations the passage mentions
 * @param dates dates the passage mentions
 * @param events events the passage speaks of
 * @param places places the passage mentions
 * @param people people the passage names
 * @param note why the hit is listed when it is not a plain match, such as "predecessor of
 *     UN-Women: United Nations Development Fund for Women"; null otherwise
 * @param meaningOnly found by search by meaning alone: related in meaning to the query, but it has
 *     none of the query's words, so it is shown without being counted in the result's total
 * @param language the passage's language, as an ISO 639-1 code such as "fr", or null when the
 *     index does not know it
 * @param versions the same paragraph in the paper's other language versions, by language; empty
 *     when the paper has none or the paragraph is not linked
 */
public record Hit(
    String id,
    String paperId,
    String source,
    String title,
    Integer year,
    String paragraph,
    String section,
    float score,
    String text,
    String snippet,
    List<Organization> organizations,
    List<DateSpan> dates,
    List<Event> events,
    List<String> places,
    List<String> people,
    String note,
    boolean meaningOnly,
    String language,
    List<ParagraphVersion> versions) {
  public Hit {
    versions = List.copyOf(versions);
  }

  /** A hit for a passage of a paper, carrying the passage's entities. */
  public static Hit of(Paper paper, Passage passage, float score, String snippet) {
    Entities e = passage.entities();
    return new Hit(
        passage.id(),
        paper.id(),
        paper.source(),
        paper.metadata().title(),
        paper.metadata().year(),
        passage.number(),
        passage.sectionPath(),
        score,
        passage.text(),
        snippet,
        e.organizations(),
        e.dates(),
        e.events(),
        e.places(),
        e.people(),
        null,
        false,
        passage.language(),
        List.of());
  }

  /** The same hit with a note saying why it is listed. */
  public Hit withNote(String why) {
    return new Hit(
        id, paperId, source, title, year, paragraph, section, score, text, snippet, organizations,
        dates, events, places, people, why, meaningOnly, language, versions);
  }

  /** The same hit, found by meaning alone. */
  public Hit foundByMeaningOnly() {
    return new Hit(
        id, paperId, source, title, year, paragraph, section, score, text, snippet, organizations,
        dates, events, places, people, note, true, language, versions);
  }

  /** The same hit, with the same paragraph's other language versions. */
  public Hit withVersions(List<ParagraphVersion> others) {
    return new Hit(
        id, paperId, source, title, year, paragraph, section, score, text, snippet, organizations,
        dates, events, places, people, note, meaningOnly, language, others);
  }

  /** The same hit, scored {@code newScore}. */
  public Hit withScore(float newScore) {
    return new Hit(
        id, paperId, source, title, year, paragraph, section, newScore, text, snippet, organizations,
        dates, events, places, people, note, meaningOnly, language, versions);
  }
}
