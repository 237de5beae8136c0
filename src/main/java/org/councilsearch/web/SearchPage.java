package org.councilsearch.web;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.List;

/**
 * What the search page shows: the form's values, the reading of the query, one page of hits,
 * facets, active filters, the year histogram and paging links. Every string is plain text for the
 * template to escape, except the snippets, which are {@link TrustedHtml}.
 *
 * @param q the query as typed, or empty on the start page
 * @param hidden the filters the form carries along when the query changes
 * @param searched true when a search ran
 * @param error why the search could not run (a bad query), or null
 * @param reading the query's reading in one sentence, or null when it was taken as written
 * @param readingBrief the reading in a few words for one line on a phone, or null when the
 *     sentence is short already
 * @param allYearsHref the same search with the year taken out of the query, or null
 * @param didYouMean the query with a word no passage has written as the nearest indexed word, or
 *     null
 * @param didYouMeanHref that search, or null
 * @param total how many passages match
 * @param hits the page of hits
 * @param facets year, organization, event type, place and paper, with counts
 * @param filters the filters in force, each a link that removes it
 * @param histogram the results by year, or null when there are none
 * @param page this page, from 1
 * @param pages how many pages can be shown
 * @param prevHref the previous page, or null
 * @param nextHref the next page, or null
 * @param mistake where a query that cannot be read goes wrong, and the search to run instead, or
 *     null
 * @param meaningNote says that search by meaning covers only part of the archive so far, or null
 */
public record SearchPage(
    String q,
    List<Field> hidden,
    boolean searched,
    String error,
    String reading,
    String readingBrief,
    String allYearsHref,
    String didYouMean,
    String didYouMeanHref,
    long total,
    List<HitView> hits,
    List<FacetView> facets,
    List<Link> filters,
    Histogram histogram,
    int page,
    int pages,
    String prevHref,
    String nextHref,
    Mistake mistake,
    String meaningNote) {

  /**
   * A query that cannot be read, shown with the place of the problem marked.
   *
   * @param before the query up to the problem
   * @param at the character where it is, or empty when no place is known
   * @param after the rest of the query
   * @param words the plain words of the query, or null when it has none
   * @param literalHref the same search for those words taken word for word, or null
   */
  public record Mistake(String before, String at, String after, String words, String literalHref) {}

  /** A hidden form field. */
  public record Field(String name, String value) {}

  /** A labelled link. */
  public record Link(String label, String href) {}

  /**
   * One passage as a citable result.
   *
   * @param citation "Gender Coordination Report 2009, para. 4"
   * @param href the passage in its paper
   * @param snippet escaped text with matches in {@code <mark>}
   * @param note why the hit is listed when it is not a plain match, or null
   * @param meaningOnly found by meaning alone: it has none of the query's words
   * @param versions the same paragraph in the paper's other language versions
   */
  public record HitView(
      String passageId,
      Integer year,
      String citation,
      String href,
      String section,
      SafeString snippet,
      String note,
      boolean meaningOnly,
      List<Chip> organizations,
      List<Chip> events,
      List<Chip> places,
      List<ReadableDate> dates,
      String language,
      List<VersionLink> versions) {}

  /**
   * A link to the same paragraph, or paper, in another language version.
   *
   * @param label the language in its own words, and the paragraph there: "français ¶12"
   * @param language the version's ISO 639-1 code, for the link's lang and hreflang
   */
  public record VersionLink(String label, String href, String language) {
    /** The link to {@code v}, the same paragraph in another version. */
    static VersionLink to(org.councilsearch.model.ParagraphVersion v) {
      return new VersionLink(
          org.councilsearch.search.Languages.name(v.language()) + (v.paragraph() != null ? " ¶" + v.paragraph() : ""),
          org.councilsearch.search.PassageLinks.href(v.paperId(), v.id(), v.paragraph()),
          v.language());
    }
  }

  /**
   * An entity of a hit as a filter link.
   *
   * @param title the tooltip: the full name, the event's type and date
   * @param aboutHref the entity's own page, or null
   */
  public record Chip(String label, String title, String href, String aboutHref) {}

  /**
   * One facet dimension.
   *
   * @param key the dimension as the page names it: year, organization, event-type, place, paper
   */
  public record FacetView(String key, String title, List<FacetValue> values) {}

  /** One facet value with its count, linking to the search filtered by it. */
  public record FacetValue(String label, long count, String href, boolean active) {}

  /** The year histogram as SVG geometry, drawn by the template. */
  public record Histogram(int width, int height, int baseline, List<Bar> bars) {}

  /** One year's bar; {@code labelX} centres the year under it. */
  public record Bar(
      int year,
      long count,
      int x,
      int y,
      int width,
      int height,
      int labelX,
      String href,
      boolean active) {}
}
