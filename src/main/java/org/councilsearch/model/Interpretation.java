package org.councilsearch.model;

import java.util.List;

/**
 * What a query was understood to mean, shown to the user so that every rewrite can be seen and
 * switched off.
 *
 * @param words the words searched for once years and collaboration cues are taken out
 * @param fromYear the first year asked for, or null
 * @param toYear the last year asked for, or null
 * @param years the year expression as written ("since 2009"), or null
 * @param expansions acronyms and names also searched under their other forms
 * @param organizations canonical organizations named in the query
 * @param collaborationWith the organization whose collaborations are asked for, or null
 * @param predecessors that organization's predecessors, whose passages follow, marked
 * @param literal true when the query was taken word for word (--literal or Lucene syntax)
 * @param summary the interpretation in one sentence for people
 * @param relaxed when no passage had enough of the query's concepts and fewer were asked for, what
 *     was asked for instead ("no passage has all of ...; showing passages with most of them"); null
 *     when the strict match found passages
 * @param didYouMean when no passage matched and a word of the query is in no passage, the query
 *     with each such word written as the indexed word nearest it in spelling; else null
 */
public record Interpretation(
    String words,
    Integer fromYear,
    Integer toYear,
    String years,
    List<Expansion> expansions,
    List<String> organizations,
    String collaborationWith,
    List<String> predecessors,
    boolean literal,
    String summary,
    String relaxed,
    String didYouMean) {
  /** The summary of a query read exactly as typed, with nothing rewritten. */
  public static final String AS_WRITTEN = "searched as written";

  public Interpretation {
    expansions = List.copyOf(expansions);
    organizations = List.copyOf(organizations);
    predecessors = List.copyOf(predecessors);
  }

  /** A reading whose strict match found passages. */
  public Interpretation(
      String words,
      Integer fromYear,
      Integer toYear,
      String years,
      List<Expansion> expansions,
      List<String> organizations,
      String collaborationWith,
      List<String> predecessors,
      boolean literal,
      String summary) {
    this(words, fromYear, toYear, years, expansions, organizations, collaborationWith, predecessors, literal, summary, null, null);
  }

  /** This reading with {@code query} suggested as what may have been meant. */
  public Interpretation suggesting(String query) {
    return new Interpretation(
        words, fromYear, toYear, years, expansions, organizations, collaborationWith, predecessors, literal, summary, relaxed, query);
  }

  /** This reading with the strict match relaxed as {@code note} says; the summary says it too. */
  public Interpretation relaxedAs(String note) {
    String said = summary.equals(AS_WRITTEN) ? note : summary + "; " + note;
    return new Interpretation(
        words, fromYear, toYear, years, expansions, organizations, collaborationWith, predecessors, literal, said, note, didYouMean);
  }

  /**
   * One term searched under other forms too.
   *
   * @param term as the query wrote it ("FGM")
   * @param alternatives what it was also searched as ("female genital mutilation")
   * @param source where the alternatives come from: "organizations", "subjects"
   */
  public record Expansion(String term, List<String> alternatives, String source) {
    public Expansion {
      alternatives = List.copyOf(alternatives);
    }
  }

  /** True when the query asked for a year or a range of years. */
  public boolean hasYears() {
    return fromYear != null || toYear != null;
  }
}
