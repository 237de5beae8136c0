package org.councilsearch.nlp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.councilsearch.model.DateSpan;
import org.councilsearch.nlp.DateMention.Precision;

/**
 * Finds the dates an English council paper states and normalizes each to its first and last day.
 *
 * <p>What it reads:
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
 * <p>The finder is immutable and thread-safe. It never backtracks: the text is cut into tokens in
 * one pass and every pattern looks at a bounded number of tokens from each position, so the work
 * is linear in the length of the text.
 */
public final class DateFinder {
  private static final int NO_YEAR = Integer.MIN_VALUE;
  /** How many dates a list such as "January, February and March 2005" may chain. */
  private static final int MAX_CHAIN = 8;
  /** How many days a list such as "5, 6, 7 and 8 May" may hold. */
  private static final int MAX_LIST = 12;
  private static final int MIN_BARE_YEAR = 1900;
  private static final int MAX_BARE_YEAR = 2099;
  private static final int MIN_YEAR = 1000;
  private static final int MAX_YEAR = 2999;

  private static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212";
  private static final String OPENERS = "([{\"'\u201c\u2018\u00ab*";
  private static final String CLOSERS_AFTER_NUMBER = ")]}\"\u201d\u00bb*;:!?";
  private static final String CURRENCY_SIGNS = "$\u20ac\u00a3\u00a5#";

  /** Month numbers by lower-case name; abbreviations are negative. */
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("february", 2),
          Map.entry("march", 3),
          Map.entry("april", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("july", 7),
          Map.entry("august", 8),
          Map.entry("september", 9),
          Map.entry("october", 10),
          Map.entry("november", 11),
          Map.entry("december", 12),
          Map.entry("jan", -1),
          Map.entry("feb", -2),
          Map.entry("mar", -3),
          Map.entry("apr", -4),
          Map.entry("jun", -6),
          Map.entry("jul", -7),
          Map.entry("aug", -8),
          Map.entry("sep", -9),
          Map.entry("sept", -9),
          Map.entry("oct", -10),
          Map.entry("nov", -11),
          Map.entry("dec", -12));

  private static final Set<String> ORDINALS = Set.of("st", "nd", "rd", "th");
  private static final Map<String, Integer> PART_ORDINALS =
      Map.of("first", 1, "second", 2, "third", 3, "fourth", 4, "last", 4);
  private static final Set<String> RANGE_WORDS = Set.of("to", "until", "till", "through", "thru");
  private static final Set<String> BARE_MONTH_PREFIXES =
      Set.of("in", "on", "since", "until", "from", "by", "of", "during", "early", "late", "mid");
  private static final Set<String> CURRENCIES =
      Set.of(
          "usd", "chf", "eur", "gbp", "jpy", "cad", "aud", "sek", "nok", "dkk", "euro", "euros",
          "dollar", "dollars", "franc", "francs", "pound", "pounds");
  private static final Set<String> REFERENCE_WORDS =
      Set.of(
          "page", "pages", "para", "paras", "paragraph", "paragraphs", "number", "numbers",
          "footnote", "note", "chapter", "article", "section", "table", "figure", "annex", "item",
          "resolution", "resolutions", "decision", "document", "room", "box", "line", "rule",
          "volume", "code");
  private static final Set<String> REFERENCE_ABBREVIATIONS =
      Set.of("p", "pp", "no", "nos", "n", "para", "paras", "art", "fig", "doc", "vol", "ref", "ch");
  private static final Set<String> UNITS_AFTER =
      Set.of(
          "usd", "chf", "eur", "gbp", "euro", "euros", "dollar", "dollars", "franc", "francs",
          "km", "kg", "percent");

  /** Creates a finder; it holds no state, so one instance may serve every thread. */
  public DateFinder() {}

  /**
   * Finds every date in {@code text}, left to right, non-overlapping. {@code contextYear} (the
   * year the paper reports on, may be null) completes dates that state no year.
   *
   * @return the mentions in text order; offsets are char offsets into {@code text} and each
   *     mention's {@code span().text()} is {@code text.substring(start, end)}
   */
  public List<DateMention> find(String text, Integer contextYear) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return List.of();
    }
    return new Scan(DateTokens.lex(text), contextYear).run();
  }

  /** What one pattern made of the tokens from one position on. */
  private record Match(List<DateMention> mentions, int next, int year, boolean single) {}

  private record Day(int next, int day) {}

  private record Month(int next, int month, boolean abbreviated) {}

  /** One scan of one text: the tokens and the context year. Not shared between threads. */
  private static final class Scan {
    private final DateTokens t;
    private final String s;
    private final int n;
    private final Integer context;

    Scan(DateTokens tokens, Integer context) {
      this.t = tokens;
      this.s = tokens.text();
      this.n = tokens.size();
      this.context = context;
    }

    List<DateMention> run() {
      List<DateMention> found = new ArrayList<>();
      int i = 0;
      while (i < n) {
        Match m = matchAt(i, 0, true);
        if (m == null) {
          i++;
          continue;
        }
        if (m.single() && m.mentions().size() == 1) {
          Placed period = partOfYear(i, m.mentions().get(0));
          found.add(since(period.token(), period.mention()));
        } else {
          found.addAll(m.mentions());
        }
        i = Math.max(m.next(), i + 1);
      }
      return List.copyOf(found);
    }

    private Match matchAt(int i, int depth, boolean yearFirst) {
      if (t.isNum(i)) {
        int digits = t.length(i);
        if (digits <= 2) {
          return dayFirst(i, depth);
        }
        if (digits == 4 && yearFirst) {
          return yearFirst(i);
        }
        return null;
      }
      if (t.isWord(i)) {
        return monthFirst(i, depth);
      }
      return null;
    }

    // ---------------------------------------------------------------- "6 February 2009" and kin

    private Match dayFirst(int i, int depth) {
      if (!leftOkForNumber(i)) {
        return null;
      }
      Day d1 = day(i);
      if (d1 == null) {
        return null;
      }
      int k = d1.next();

      // "16 to 26 November 2009", "25-28 September"
      int c = connector(k);
      if (c >= 0) {
        Day d2 = day(c);
        Month m = d2 == null ? null : monthAfterGap(d2.next());
        if (m != null) {
          return daysOfOneMonth(i, d1.day(), d2.day(), m);
        }
      }

      // "2 and 3 July 2009", "5, 6 and 7 May 2009"
      Match list = dayList(i, d1);
      if (list != null) {
        return list;
      }

      // "6 February 2009", "6th of February 2009"
      Month m1 = monthAfterGap(k);
      if (m1 == null && d1.next() > i + 1 && t.wordIs(k, "of")) {
        m1 = monthAfterGap(k + 1);
      }
      if (m1 == null) {
        return null;
      }
      k = m1.next();
      int y1 = yearAfterGap(k);
      if (y1 != NO_YEAR) {
        // "30 December 2009 to 2 January 2010"
        int c2 = connector(k + 1);
        Day d2 = day(c2);
        Month m2 = d2 == null ? null : monthAfterGap(d2.next());
        int y2 = m2 == null ? NO_YEAR : yearAfterGap(m2.next());
        if (y2 != NO_YEAR) {
          return emit(
              i,
              m2.next() + 1,
              date(y1, m1.month(), d1.day()),
              date(y2, m2.month(), d2.day()),
              Precision.DAY,
              y1,
              false);
        }
        LocalDate day = date(y1, m1.month(), d1.day());
        return emit(i, k + 1, day, day, Precision.DAY, y1, true);
      }

      // "29 June to 1 July 2009", "29 November-2 December 2005"
      c = connector(k);
      if (c >= 0) {
        Day d2 = day(c);
        Month m2 = d2 == null ? null : monthAfterGap(d2.next());
        if (m2 != null) {
          int y2 = yearAfterGap(m2.next());
          int end = y2 == NO_YEAR ? m2.next() : m2.next() + 1;
          int year = y2 == NO_YEAR ? contextYear() : y2;
          if (year == NO_YEAR) {
            return skip(end);
          }
          int startYear = m2.month() < m1.month() ? year - 1 : year;
          return emit(
              i,
              end,
              date(startYear, m1.month(), d1.day()),
              date(year, m2.month(), d2.day()),
              Precision.DAY,
              y2 == NO_YEAR ? NO_YEAR : startYear,
              false);
        }
      }

      // "30 November and 1 December 2010": the year comes from the last date
      Match later = borrow(k, depth);
      if (later != null) {
        LocalDate day = date(later.year(), m1.month(), d1.day());
        return chain(i, k, day, day, Precision.DAY, later);
      }

      int year = contextYear();
      if (year == NO_YEAR) {
        return skip(k);
      }
      LocalDate day = date(year, m1.month(), d1.day());
      return emit(i, k, day, day, Precision.DAY, NO_YEAR, true);
    }

    /** "2 and 3 July 2009", "5, 6 and 7 May": days joined by commas and a final "and". */
    private Match dayList(int i, Day d1) {
      int k = d1.next();
      int last = d1.day();
      for (int count = 1; count < MAX_LIST; count++) {
        boolean sawAnd = false;
        if (t.isSym(k, ',')) {
          k++;
          if (and(k) >= 0) {
            k = and(k);
            sawAnd = true;
          }
        } else if (and(k) >= 0) {
          k = and(k);
          sawAnd = true;
        } else {
          return null;
        }
        Day d = day(k);
        if (d == null || !leftOkForNumber(k)) {
          return null;
        }
        last = d.day();
        k = d.next();
        if (sawAnd) {
          Month m = monthAfterGap(k);
          if (m == null) {
            return null;
          }
          return daysOfOneMonth(i, d1.day(), last, m);
        }
      }
      return null;
    }

    // ---------------------------------------------------------------- "March 2009" and kin

    private Match monthFirst(int i, int depth) {
      Month m1 = month(i);
      if (m1 == null || !leftOkForWord(i)) {
        return null;
      }
      boolean between = t.wordIs(i - 1, "between");
      int k = m1.next();

      // "February 6, 2009", "November 16-26, 2009": only with a year
      Day d = t.gapBefore(k) ? day(k) : null;
      if (d != null) {
        int kk = d.next();
        Day d2 = null;
        int c = connector(kk);
        if (c >= 0) {
          d2 = day(c);
          if (d2 != null) {
            kk = d2.next();
          }
        }
        if (t.isSym(kk, ',')) {
          kk++;
        }
        int y = yearAfterGap(kk);
        if (y != NO_YEAR) {
          LocalDate first = date(y, m1.month(), d.day());
          LocalDate last = d2 == null ? first : date(y, m1.month(), d2.day());
          return emit(i, kk + 1, first, last, Precision.DAY, y, d2 == null);
        }
      }

      int y1 = yearAfterGap(k);
      if (y1 != NO_YEAR) {
        // "November 2010 to March 2011", "between November 2010 and July 2011"
        int c = between ? connectorOrAnd(k + 1) : connector(k + 1);
        Month m2 = c < 0 ? null : month(endOf(c));
        int y2 = m2 == null ? NO_YEAR : yearAfterGap(m2.next());
        if (y2 != NO_YEAR) {
          return emit(
              i,
              m2.next() + 1,
              firstDay(y1, m1.month()),
              lastDay(y2, m2.month()),
              Precision.MONTH,
              y1,
              false);
        }
        return emit(
            i, k + 1, firstDay(y1, m1.month()), lastDay(y1, m1.month()), Precision.MONTH, y1, true);
      }

      // "January – March 2005", "between January and the end of March 2005"
      int c = between ? connectorOrAnd(k) : connector(k);
      Month m2 = c < 0 ? null : month(endOf(c));
      if (m2 != null) {
        int y = yearAfterGap(m2.next());
        if (y != NO_YEAR) {
          int startYear = m2.month() < m1.month() ? y - 1 : y;
          return emit(
              i,
              m2.next() + 1,
              firstDay(startYear, m1.month()),
              lastDay(y, m2.month()),
              Precision.MONTH,
              startYear,
              false);
        }
        if (bareMonth(i, m1) && !m2.abbreviated() && (between || bareMonthPrefix(i))) {
          int year = contextYear();
          if (year == NO_YEAR) {
            return skip(m2.next());
          }
          int startYear = m2.month() < m1.month() ? year - 1 : year;
          return emit(
              i,
              m2.next(),
              firstDay(startYear, m1.month()),
              lastDay(year, m2.month()),
              Precision.MONTH,
              NO_YEAR,
              false);
        }
      }

      // "January and March 2005": the year comes from the last date
      if (!between) {
        Match later = borrow(k, depth);
        if (later != null) {
          return chain(
              i,
              k,
              firstDay(later.year(), m1.month()),
              lastDay(later.year(), m1.month()),
              Precision.MONTH,
              later);
        }
      }

      // "in May", "In October,"
      if (!bareMonth(i, m1) || !bareMonthPrefix(i)) {
        return null;
      }
      int year = contextYear();
      if (year == NO_YEAR) {
        return null;
      }
      return emit(
          i, k, firstDay(year, m1.month()), lastDay(year, m1.month()), Precision.MONTH, NO_YEAR, true);
    }

    // ---------------------------------------------------------------- "2009" and kin

    private Match yearFirst(int i) {
      if (!leftOkForNumber(i)) {
        return null;
      }
      int y1 = t.value(i);
      int k = i + 1;

      // ISO "2009-02-06"
      if (t.isSym(k, '-')
          && !t.gapBefore(k)
          && t.isNum(k + 1, 2)
          && !t.gapBefore(k + 1)
          && t.isSym(k + 2, '-')
          && !t.gapBefore(k + 2)
          && t.isNum(k + 3, 2)
          && !t.gapBefore(k + 3)) {
        if (y1 < MIN_YEAR || y1 > MAX_YEAR) {
          return skip(k + 4);
        }
        LocalDate day = date(y1, t.value(k + 1), t.value(k + 3));
        return emit(i, k + 4, day, day, Precision.DAY, y1, true);
      }

      if (y1 < MIN_BARE_YEAR || y1 > MAX_BARE_YEAR) {
        return null;
      }

      // "2008/09", "2008-09", "2008/2009": a two-year period
      if ((t.isSym(k, '/') || isDash(k)) && !t.gapBefore(k) && !t.gapBefore(k + 1)) {
        int y2 = t.value(k + 1);
        boolean twoDigits = t.isNum(k + 1, 2) && y2 == (y1 + 1) % 100;
        boolean fourDigits = t.isSym(k, '/') && t.isNum(k + 1, 4) && y2 == y1 + 1;
        if ((twoDigits || fourDigits) && !excludedYear(i, k + 1)) {
          return emit(
              i,
              k + 2,
              firstDay(y1, 1),
              lastDay(y1 + 1, 12),
              Precision.YEAR,
              y1,
              false);
        }
      }

      // "1998-2003", "2003 to 2008", "between 2003 and 2008"
      int c = t.wordIs(i - 1, "between") ? connectorOrAnd(k) : connector(k);
      if (c >= 0 && t.isNum(c, 4)) {
        int y2 = t.value(c);
        if (y2 >= y1 && y2 <= MAX_BARE_YEAR) {
          if (excludedYear(i, c)) {
            return null;
          }
          return emit(i, c + 1, firstDay(y1, 1), lastDay(y2, 12), Precision.YEAR, y1, false);
        }
      }

      if (excludedYear(i, i)) {
        return null;
      }
      return emit(i, k, firstDay(y1, 1), lastDay(y1, 12), Precision.YEAR, y1, true);
    }

    /** Money, percentages and references: "USD 2000", "2000 CHF", "2009 %", "page 2009". */
    private boolean excludedYear(int first, int last) {
      int p = first - 1;
      char sym = t.sym(p);
      if (sym != 0 && CURRENCY_SIGNS.indexOf(sym) >= 0) {
        return true;
      }
      if (sym == '.') {
        String abbreviation = t.lowerWord(p - 1, 5);
        if (abbreviation != null && REFERENCE_ABBREVIATIONS.contains(abbreviation)) {
          return true;
        }
      }
      String before = t.lowerWord(p, 12);
      if (before != null && (CURRENCIES.contains(before) || REFERENCE_WORDS.contains(before))) {
        return true;
      }
      int q = last + 1;
      if (t.isSym(q, '%')) {
        return true;
      }
      String after = t.lowerWord(q, 12);
      if (after != null && UNITS_AFTER.contains(after)) {
        return true;
      }
      return "per".equals(after) && t.wordIs(q + 1, "cent");
    }

    // ---------------------------------------------------------------- building mentions

    /**
     * Days {@code firstDay} to {@code lastDay} of month {@code m}, from token {@code first} to the
     * year after the month or, where none is printed, the year of the context.
     */
    private Match daysOfOneMonth(int first, int firstDay, int lastDay, Month m) {
      int y = yearAfterGap(m.next());
      int end = y == NO_YEAR ? m.next() : m.next() + 1;
      int year = y == NO_YEAR ? contextYear() : y;
      if (year == NO_YEAR) {
        return skip(end);
      }
      return emit(first, end, date(year, m.month(), firstDay), date(year, m.month(), lastDay), Precision.DAY, y, false);
    }

    /** A mention of tokens [first, next), when its dates exist and it ends cleanly. */
    private Match emit(
        int first,
        int next,
        LocalDate start,
        LocalDate end,
        Precision precision,
        int year,
        boolean single) {
      DateMention mention = mention(first, next, start, end, precision);
      if (mention == null) {
        return skip(next);
      }
      return new Match(List.of(mention), next, year, single);
    }

    /** The first date of a list, which took its year from {@code later}, then the rest. */
    private Match chain(
        int first, int next, LocalDate start, LocalDate end, Precision precision, Match later) {
      DateMention mention = mention(first, next, start, end, precision);
      if (mention == null) {
        return skip(next);
      }
      List<DateMention> all = new ArrayList<>(later.mentions().size() + 1);
      all.add(mention);
      all.addAll(later.mentions());
      return new Match(List.copyOf(all), later.next(), later.year(), false);
    }

    private DateMention mention(
        int first, int next, LocalDate start, LocalDate end, Precision precision) {
      if (start == null || end == null || end.isBefore(start)) {
        return null;
      }
      int from = t.start(first);
      int to = t.end(next - 1);
      if (!rightOk(to)) {
        return null;
      }
      return new DateMention(from, to, new DateSpan(s.substring(from, to), start, end), precision);
    }

    /** Tokens that read as a date but make none (no year known, no such day): consumed, silent. */
    private static Match skip(int next) {
      return new Match(List.of(), next, NO_YEAR, false);
    }

    /**
     * "since November 2011": the date the period started, said with its "since". The period's end
     * is not stated, so none is made up (the report's year would be a guess).
     */
    private DateMention since(int i, DateMention mention) {
      int p = i - 1;
      if (!t.wordIs(p, "since")) {
        return mention;
      }
      int from = t.start(p);
      return new DateMention(
          from,
          mention.end(),
          new DateSpan(s.substring(from, mention.end()), mention.span().start(), mention.span().end()),
          mention.precision());
    }

    /** A mention and the token it now starts at. */
    private record Placed(int token, DateMention mention) {}

    /**
     * A part of a year named before it: "early 2010" (January to April), "mid-2014" (May to
     * August), "late 2013" (September to December), "the first half of 2014", "the third quarter
     * of 2015".
     */
    private Placed partOfYear(int i, DateMention year) {
      if (year.precision() != Precision.YEAR || !year.span().start().plusYears(1).minusDays(1).equals(year.span().end())) {
        return new Placed(i, year);
      }
      int y = year.span().start().getYear();
      int p = i - 1;
      if (isDash(p) && !t.gapBefore(i) && t.wordIs(p - 1, "mid")) {
        return part(p - 1, year, y, 5, 8);
      }
      String word = t.lowerWord(p, 6);
      if ("early".equals(word)) {
        return part(p, year, y, 1, 4);
      }
      if ("mid".equals(word)) {
        return part(p, year, y, 5, 8);
      }
      if ("late".equals(word)) {
        return part(p, year, y, 9, 12);
      }
      if (t.wordIs(p, "of")) {
        String unit = t.lowerWord(p - 1, 8);
        String ordinalWord = t.lowerWord(p - 2, 6);
        Integer ordinal = ordinalWord == null ? null : PART_ORDINALS.get(ordinalWord);
        if ("half".equals(unit) && ordinal != null && ordinal <= 2) {
          return part(p - 2, year, y, ordinal * 6 - 5, ordinal * 6);
        }
        if ("quarter".equals(unit) && ordinal != null) {
          return part(p - 2, year, y, ordinal * 3 - 2, ordinal * 3);
        }
      }
      return new Placed(i, year);
    }

    private Placed part(int first, DateMention year, int y, int fromMonth, int toMonth) {
      int from = t.start(first);
      DateSpan span = new DateSpan(s.substring(from, year.end()), firstDay(y, fromMonth), lastDay(y, toMonth));
      return new Placed(first, new DateMention(from, year.end(), span, Precision.MONTH));
    }

    /**
     * After a date with no year: ", " or "and" then a date that states its year (directly or in
     * turn from a later one), whose year the earlier date takes.
     */
    private Match borrow(int k, int depth) {
      if (depth >= MAX_CHAIN) {
        return null;
      }
      int j;
      if (t.isSym(k, ',')) {
        j = and(k + 1) >= 0 ? and(k + 1) : k + 1;
      } else if (and(k) >= 0) {
        j = and(k);
      } else {
        return null;
      }
      Match later = matchAt(j, depth + 1, false);
      if (later == null || later.year() == NO_YEAR || later.mentions().isEmpty()) {
        return null;
      }
      return later;
    }

    // ---------------------------------------------------------------- tokens

    private Day day(int k) {
      if (!t.isNum(k) || t.length(k) > 2) {
        return null;
      }
      int v = t.value(k);
      if (v < 1 || v > 31) {
        return null;
      }
      int next = k + 1;
      if (!t.gapBefore(next)) {
        String suffix = t.lowerWord(next, 2);
        if (suffix != null && ORDINALS.contains(suffix)) {
          next++;
        }
      }
      return new Day(next, v);
    }

    private Month month(int k) {
      String word = t.lowerWord(k, 9);
      if (word == null) {
        return null;
      }
      Integer number = MONTHS.get(word);
      if (number == null) {
        return null;
      }
      boolean abbreviated = number < 0;
      if ((abbreviated || number == 5) && !t.capitalised(k)) {
        return null;
      }
      int next = k + 1;
      if (abbreviated && t.isSym(next, '.') && !t.gapBefore(next)) {
        next++;
      }
      return new Month(next, Math.abs(number), abbreviated);
    }

    private Month monthAfterGap(int k) {
      return k < n && t.gapBefore(k) ? month(k) : null;
    }

    /** A four-digit year after whitespace, or {@link #NO_YEAR}. */
    private int yearAfterGap(int k) {
      if (!t.isNum(k, 4) || !t.gapBefore(k)) {
        return NO_YEAR;
      }
      int v = t.value(k);
      return v >= MIN_YEAR && v <= MAX_YEAR ? v : NO_YEAR;
    }

    /** Skips "the end of" / "end of" before the second month of a range. */
    private int endOf(int k) {
      if (t.wordIs(k, "the") && t.wordIs(k + 1, "end") && t.wordIs(k + 2, "of")) {
        return k + 3;
      }
      if (t.wordIs(k, "end") && t.wordIs(k + 1, "of")) {
        return k + 2;
      }
      return k;
    }

    private boolean isDash(int k) {
      char c = t.sym(k);
      return c != 0 && DASHES.indexOf(c) >= 0;
    }

    /** The token after a range connector (a dash, "to", "until", ...) at k, or -1. */
    private int connector(int k) {
      if (isDash(k)) {
        return k + 1;
      }
      String word = t.lowerWord(k, 7);
      return word != null && RANGE_WORDS.contains(word) ? k + 1 : -1;
    }

    private int and(int k) {
      return t.wordIs(k, "and") || t.isSym(k, '&') ? k + 1 : -1;
    }

    private int connectorOrAnd(int k) {
      int c = connector(k);
      return c >= 0 ? c : and(k);
    }

    /** A month name that may stand alone: written out and capitalised. */
    private boolean bareMonth(int k, Month m) {
      return !m.abbreviated() && t.capitalised(k);
    }

    /** "in May", "since November", "mid-May", "end of June". */
    private boolean bareMonthPrefix(int k) {
      int p = k - 1;
      if (isDash(p) && !t.gapBefore(k) && !t.gapBefore(p)) {
        return t.wordIs(p - 1, "mid");
      }
      String word = t.lowerWord(p, 6);
      return word != null && BARE_MONTH_PREFIXES.contains(word);
    }

    private boolean leftOkForWord(int k) {
      int from = t.start(k);
      return from == 0 || !Character.isLetterOrDigit(s.charAt(from - 1));
    }

    /** A number starts a date only after whitespace, an opening bracket or quote, or "mid-". */
    private boolean leftOkForNumber(int k) {
      int from = t.start(k);
      if (from == 0) {
        return true;
      }
      char c = s.charAt(from - 1);
      if (DateTokens.isSpace(c) || OPENERS.indexOf(c) >= 0) {
        return true;
      }
      return isDash(k - 1) && !t.gapBefore(k - 1) && t.wordIs(k - 2, "mid");
    }

    /** Whether a mention may end at char offset {@code to}: not inside a word, number or symbol. */
    private boolean rightOk(int to) {
      if (to >= s.length()) {
        return true;
      }
      char c = s.charAt(to);
      if (DateTokens.isSpace(c)) {
        return true;
      }
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
      if (!DateTokens.isDigit(s.charAt(to - 1))) {
        return true;
      }
      boolean more = to + 1 < s.length();
      if (c == '.' || c == ',') {
        return !more || !DateTokens.isDigit(s.charAt(to + 1));
      }
      if (c == '\'' || c == '\u2019') {
        return !more || !Character.isLetter(s.charAt(to + 1));
      }
      return CLOSERS_AFTER_NUMBER.indexOf(c) >= 0;
    }

    private int contextYear() {
      return context == null ? NO_YEAR : context;
    }

    private static LocalDate date(int year, int month, int day) {
      try {
        return LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        return null;
      }
    }

    private static LocalDate firstDay(int year, int month) {
      return date(year, month, 1);
    }

    private static LocalDate lastDay(int year, int month) {
      try {
        return YearMonth.of(year, month).atEndOfMonth();
      } catch (DateTimeException e) {
        return null;
      }
    }
  }
}
