package org.councilsearch.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the dates a council paper states and normalizes each to its first and last day. The
 * grammar is data: a table of patterns per language ({@link DateTable}, {@code
 * dates/LANG.dates}), run by one engine ({@link DateScan}). English, French and Spanish are
 * bundled; French and Spanish read the same kinds of dates as English ("le 9 avril 2007", "du 7
 * au 9 juin 2011", "premier semestre 2016", "5 de agosto de 2012", "del 15 al 17 de abril de
 * 2008", "a finales de 2019") into the same spans.
 *
 * <p>What it reads in English:
 *
 * <ul>
 *   <li>days: "6 February 2009", "6th February 2009", "6th of February 2009", "February 6,
 *       2009", "2009-02-06";
 *   <li>day ranges: "16 to 26 November 2009", "16-26 November 2009", "5–7 December 2011", "29
 *       June to 1 July 2009", "29 November-2 December 2005", "30 December 2009 to 2 January
 *       2010", "November 16-26, 2009", and lists "2 and 3 July 2009", "5, 6 and 7 May 2009", which
 *       become one span from the first to the last day;
 *   <li>months: "March 2009", "Sept. 2009"; ranges "January – March 2005", "January-March 2005",
 *       "between January and the end of March 2005", "November 2010 to March 2011";
 *   <li>years: "2009", "1998-2003", "2003 to 2008", "between 2003 and 2008", "2008/09", "the
 *       biennium 2008–2009";
 *   <li>parts of a year: "early 2010" (January to April), "mid-2014" (May to August), "late 2013"
 *       (September to December), "the first half of 2014", "the third quarter of 2015";
 *   <li>dates without a year ("25-28 September", "in May") take {@code contextYear}, or are
 *       skipped without one; in a list such as "30 November and 1 December 2010" or "January and
 *       March 2005" the earlier dates take the year written after the last one.
 * </ul>
 *
 * <p>Choices worth knowing:
 *
 * <ul>
 *   <li>A mention covers the date words only: "from 16 to 26 November 2009" yields "16 to 26
 *       November 2009", "at the end of June 2005" yields "June 2005". The one exception is
 *       "since": "since November 2011" is kept whole, so that the words say the date is a start;
 *       its span is November 2011 itself, the date the period started, not a range to the end of
 *       the report's year (which the paper does not state).
 *   <li>A bare month name counts only when it is capitalised, is written out in full, is preceded
 *       by in, on, since, until, from, by, of, during, early, late, mid(-), and {@code
 *       contextYear} is known: "Member States may wish" and "May we" are no dates. "May" is never
 *       a month in lower case, nor are abbreviations ("Dec", "Sept.") in lower case.
 *   <li>A bare year is a four-digit number 1900-2099 standing alone: not glued to letters or
 *       symbols ("MC/2176", "1990s", "2009/10" unless a two-year range), not a grouped number
 *       ("10,000", "2009.5"), not money ("USD 2000", "2000 CHF"), not a percentage, not a
 *       reference ("page 2009", "p. 2009", "resolution 1960"). Years written with a day or month
 *       may be any four-digit year 1000-2999 ("25 March 1911").
 *   <li>A date that reads as a date but does not exist ("31 February 2009"), or ends in a way that
 *       makes it part of something else ("March 2009/10"), is skipped whole: no partial mention
 *       is made of its pieces.
 * </ul>
 *
 * <p>The finder is immutable and thread-safe. The text is cut into tokens in one pass and every
 * pattern looks at a bounded number of tokens from each position, so the work is linear in the
 * length of the text.
 */
public final class DateFinder {
  private final DateGrammar all;
  private final Map<String, DateGrammar> byLanguage;

  /** Creates a finder with the bundled tables; it holds no state, so one instance may serve every thread. */
  public DateFinder() {
    this(DateTable.bundled());
  }

  DateFinder(List<DateTable> tables) {
    this.all = new DateGrammar(tables);
    Map<String, DateGrammar> grammars = new HashMap<>();
    for (DateTable table : tables) {
      grammars.put(table.language(), new DateGrammar(List.of(table)));
    }
    this.byLanguage = Map.copyOf(grammars);
  }

  /**
   * Finds every date in {@code text} with every language's table, left to right,
   * non-overlapping. {@code contextYear} (the year the paper reports on, may be null) completes
   * dates that state no year.
   *
   * @return the mentions in text order; offsets are char offsets into {@code text} and each
   *     mention's {@code span().text()} is {@code text.substring(start, end)}
   */
  public List<DateMention> find(String text, Integer contextYear) {
    return find(text, contextYear, null);
  }

  /**
   * As {@link #find(String, Integer)}, with the table of {@code language} (an ISO 639-1 code)
   * alone when there is one; with every table when it is null or has none.
   */
  public List<DateMention> find(String text, Integer contextYear, String language) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return List.of();
    }
    DateGrammar grammar =
        language == null ? all : byLanguage.getOrDefault(language.toLowerCase(Locale.ROOT), all);
    return new DateScan(grammar, DateTokens.lex(text), contextYear).run();
  }

  /** The languages that have a table, for tests and documentation. */
  public List<String> languages() {
    return byLanguage.keySet().stream().sorted().toList();
  }
}
