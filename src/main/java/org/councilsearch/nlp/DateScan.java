package org.councilsearch.nlp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilsearch.model.DateSpan;
import org.councilsearch.nlp.DateMention.Precision;

/**
 * One scan of one text with one grammar: at each token the longest pattern wins, dates without a
 * year take a later date's year or the context year, and the tokens of a date that does not exist
 * are skipped whole. Not shared between threads.
 */
final class DateScan {
  private static final int NO_YEAR = Integer.MIN_VALUE;
  /** How many dates a list such as "January, February and March 2005" may chain. */
  private static final int MAX_CHAIN = 8;
  /**
   * How far a pattern that names a month may reach for it: a list of twelve days with its
   * joiners and weekday names stays well within.
   */
  private static final int MONTH_REACH = 64;

  private static final String OPENERS = "([{\"'\u201c\u2018\u00ab*";
  private static final String CLOSERS_AFTER_NUMBER = ")]}\"\u201d\u00bb*;:!?";
  private static final String CURRENCY_SIGNS = "$\u20ac\u00a3\u00a5#";

  private static final Comparator<Candidate> LONGEST_FIRST =
      Comparator.comparingInt((Candidate c) -> -c.state().next())
          .thenComparing(c -> c.pattern().kind())
          .thenComparingInt(Candidate::order);

  private final DateGrammar grammar;
  private final DateTokens t;
  private final String s;
  private final int n;
  private final int context;
  private final Map<Integer, Match> later = new HashMap<>();
  /** Per table, the index of the next token at or after each token that may be a month name. */
  private final Map<DateTable, int[]> monthsAhead = new HashMap<>();
  private static final Match NONE = new Match(List.of(), 0, NO_YEAR, false);

  DateScan(DateGrammar grammar, DateTokens tokens, Integer context) {
    this.grammar = grammar;
    this.t = tokens;
    this.s = tokens.text();
    this.n = tokens.size();
    this.context = context == null ? NO_YEAR : context;
  }

  /** What a pattern made of the tokens from one position on; {@code year} is the stated year. */
  private record Match(List<DateMention> mentions, int next, int year, boolean single) {}

  private record Candidate(DatePattern pattern, DatePattern.State state, int order) {}

  /** A match's first and last day, how exact it is, and the first year it states. */
  private record Dates(LocalDate start, LocalDate end, Precision precision, int statedYear) {}

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
        found.add(since(i, m.mentions().get(0)));
      } else {
        found.addAll(m.mentions());
      }
      i = Math.max(m.next(), i + 1);
    }
    return List.copyOf(found);
  }

  private Match matchAt(int i, int depth, boolean yearFirst) {
    boolean number = t.isNum(i);
    if (number ? !leftOkForNumber(i) : !t.isWord(i) || !leftOkForWord(i)) {
      return null;
    }
    List<Candidate> candidates = new ArrayList<>();
    int order = 0;
    for (DatePattern p : grammar.startingAt(t, i)) {
      int o = order++;
      if (p.needsMonth() && nextMonth(p.table(), i) > i + MONTH_REACH) {
        continue;
      }
      if (yearFirst || !p.startsWithYear()) {
        p.matchAt(t, i, state -> candidates.add(new Candidate(p, state, o)));
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    candidates.sort(LONGEST_FIRST);
    Map<Integer, Match> borrowed = new HashMap<>();
    for (Candidate c : candidates) {
      DatePattern.State state = c.state();
      int next = state.next();
      if (excluded(i, state)) {
        return null;
      }
      Dates stated = resolve(state.captures(), NO_YEAR);
      boolean single = !c.pattern().range();
      if (stated == null || stated.statedYear() != NO_YEAR) {
        return emit(i, next, stated, single);
      }
      if (single) {
        Match later = borrowed.computeIfAbsent(next, k -> borrow(c.pattern().table(), k, depth));
        if (later != null && later.year() != NO_YEAR) {
          return chain(i, next, resolve(state.captures(), later.year()), later);
        }
      }
      if (c.pattern().kind() == DatePattern.Kind.DATE) {
        if (context == NO_YEAR) {
          return skip(next);
        }
        Dates dates = resolve(state.captures(), context);
        return emit(i, next, dates == null ? null : new Dates(dates.start(), dates.end(), dates.precision(), NO_YEAR), single);
      }
    }
    return null;
  }

  /**
   * After a date with no year: a joiner of the table's {@code list} (", ", "and") then a date
   * that states its year (directly or in turn from a later one), whose year the earlier date
   * takes. A miss is the empty match, so that it can be remembered.
   */
  private Match borrow(DateTable table, int k, int depth) {
    DateWords joiners = table.words("list");
    if (depth >= MAX_CHAIN || joiners == null) {
      return null;
    }
    int[] after = {-1};
    joiners.matchAt(t, k, hit -> after[0] = Math.max(after[0], hit.next()));
    if (after[0] < 0) {
      return null;
    }
    Match later = laterAt(after[0], depth + 1);
    if (later == null || later.year() == NO_YEAR || later.mentions().isEmpty()) {
      return null;
    }
    return later;
  }

  /**
   * The date at {@code k} that a list's earlier date would take its year from, computed once per
   * token: a long list would otherwise be read again from each of its dates.
   */
  private Match laterAt(int k, int depth) {
    Match known = later.get(k);
    if (known == null) {
      Match m = matchAt(k, depth, false);
      known = m == null ? NONE : m;
      later.put(k, known);
    }
    return known == NONE ? null : known;
  }

  /**
   * The first token at or after {@code k} that may be a month name of {@code table}; most texts
   * name few months, so the patterns that need one are skipped almost everywhere.
   */
  private int nextMonth(DateTable table, int k) {
    int[] ahead = monthsAhead.get(table);
    if (ahead == null) {
      ahead = new int[n + 1];
      DateWords months = table.required("month");
      int next = Integer.MAX_VALUE;
      ahead[n] = next;
      for (int j = n - 1; j >= 0; j--) {
        if (t.isWord(j) && months.firstTokens().contains(t.lower(j))) {
          next = j;
        }
        ahead[j] = next;
      }
      monthsAhead.put(table, ahead);
    }
    return ahead[k];
  }

  // ---------------------------------------------------------------- what a match means

  /**
   * The days a match covers. {@code year} completes a match that states none; NO_YEAR leaves it
   * without, and then the result's {@code statedYear} is NO_YEAR and its days are not made.
   * Returns null for a date that does not exist.
   */
  private static Dates resolve(int[] c, int year) {
    boolean range = c[DatePattern.D2] >= 0 || c[DatePattern.M2] >= 0 || c[DatePattern.Y2] >= 0;
    int sd = c[DatePattern.D1];
    int sm = c[DatePattern.M1];
    int sy = c[DatePattern.Y1];
    int ed = range ? c[DatePattern.D2] : sd;
    int em = range ? c[DatePattern.M2] : sm;
    int ey = range ? c[DatePattern.Y2] : sy;
    if (c[DatePattern.PART_FROM] >= 0) {
      sm = c[DatePattern.PART_FROM];
      em = c[DatePattern.PART_TO];
    }
    if (sm < 0 && em < 0) {
      sm = 1;
      em = 12;
    } else if (sm < 0) {
      sm = em;
    } else if (em < 0) {
      em = sm;
    }
    Precision precision =
        sd >= 0 || ed >= 0
            ? Precision.DAY
            : c[DatePattern.M1] >= 0 || c[DatePattern.M2] >= 0 || c[DatePattern.PART_FROM] >= 0
                ? Precision.MONTH
                : Precision.YEAR;
    int statedYear = NO_YEAR;
    if (sy < 0 && ey < 0) {
      if (year == NO_YEAR) {
        return new Dates(null, null, precision, NO_YEAR);
      }
      ey = year;
      sy = sm > em ? year - 1 : year;
    } else if (sy < 0) {
      sy = sm > em ? ey - 1 : ey;
      statedYear = sy;
    } else {
      if (ey < 0) {
        ey = sm > em ? sy + 1 : sy;
      }
      statedYear = sy;
    }
    LocalDate start = sd < 0 ? date(sy, sm, 1) : date(sy, sm, sd);
    LocalDate end = ed < 0 ? lastDay(ey, em) : date(ey, em, ed);
    if (start == null || end == null) {
      return null;
    }
    return new Dates(start, end, precision, statedYear);
  }

  /** Money, percentages and references: "USD 2000", "2000 CHF", "2009 %", "page 2009". */
  private boolean excluded(int first, DatePattern.State state) {
    if (state.firstBare()) {
      int p = first - 1;
      char sym = t.sym(p);
      if (sym != 0 && CURRENCY_SIGNS.indexOf(sym) >= 0) {
        return true;
      }
      if (sym == '.' && grammar.referenceAbbreviation().startBefore(t, p) >= 0) {
        return true;
      }
      if (grammar.currency().startBefore(t, first) >= 0 || grammar.reference().startBefore(t, first) >= 0) {
        return true;
      }
    }
    if (state.lastBare()) {
      int q = state.next();
      return t.isSym(q, '%') || grammar.unit().startsAt(t, q);
    }
    return false;
  }

  // ---------------------------------------------------------------- building mentions

  /** A mention of tokens [first, next), when its dates exist and it ends cleanly. */
  private Match emit(int first, int next, Dates dates, boolean single) {
    DateMention mention = dates == null ? null : mention(first, next, dates);
    if (mention == null) {
      return skip(next);
    }
    return new Match(List.of(mention), next, dates.statedYear(), single);
  }

  /** The first date of a list, which took its year from {@code later}, then the rest. */
  private Match chain(int first, int next, Dates dates, Match later) {
    DateMention mention = dates == null ? null : mention(first, next, dates);
    if (mention == null) {
      return skip(next);
    }
    List<DateMention> all = new ArrayList<>(later.mentions().size() + 1);
    all.add(mention);
    all.addAll(later.mentions());
    return new Match(List.copyOf(all), later.next(), later.year(), false);
  }

  private DateMention mention(int first, int next, Dates dates) {
    if (dates.start() == null || dates.end().isBefore(dates.start())) {
      return null;
    }
    int from = t.start(first);
    int to = t.end(next - 1);
    if (!rightOk(to)) {
      return null;
    }
    return new DateMention(from, to, new DateSpan(s.substring(from, to), dates.start(), dates.end()), dates.precision());
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
    int p = grammar.since().startBefore(t, i);
    if (p < 0) {
      return mention;
    }
    int from = t.start(p);
    return new DateMention(
        from,
        mention.end(),
        new DateSpan(s.substring(from, mention.end()), mention.span().start(), mention.span().end()),
        mention.precision());
  }

  // ---------------------------------------------------------------- edges

  private boolean leftOkForWord(int k) {
    int from = t.start(k);
    return from == 0 || !Character.isLetterOrDigit(s.charAt(from - 1));
  }

  /** A number starts a date only after whitespace or an opening bracket or quote. */
  private boolean leftOkForNumber(int k) {
    int from = t.start(k);
    if (from == 0) {
      return true;
    }
    char c = s.charAt(from - 1);
    return DateTokens.isSpace(c) || OPENERS.indexOf(c) >= 0;
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

  private static LocalDate date(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static LocalDate lastDay(int year, int month) {
    try {
      return YearMonth.of(year, month).atEndOfMonth();
    } catch (DateTimeException e) {
      return null;
    }
  }
}
