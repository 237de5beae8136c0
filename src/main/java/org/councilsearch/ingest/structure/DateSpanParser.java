package org.councilsearch.ingest.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilsearch.model.DateSpan;

/**
 * Reads a date or a span of dates written out in English, French or Spanish, as a paper's header
 * states its meeting: "5–7 December 2011", "14 décembre 2012", "8-12 de mayo de 2017", "23 a 27 de mayo de 2016", "4 au 6 mai 2010", "29 November-2 December 2005", "30 November 2011 to 2 December 2011", "2 and
 * 3 July 2009", "6 February 2009", "December 5-7, 2011", "March 2009" (the whole month). The whole
 * string must be the date; anything else gives nothing.
 */
final class DateSpanParser {
  /** Month names in English (and their abbreviations), French and Spanish. */
  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
          + "|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre"
          + "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|er|\\.?º)?";
  private static final String YEAR = "((?:19|20)\\d{2})";
  private static final String OF = "\\s+(?:de\\s+)?";
  private static final String YEAR_OF = ",?\\s+(?:de\\s+)?";
  /** What joins the two ends of a span: a dash, or "to", "au" and "a"/"al" between spaces. */
  private static final String DASH = "(?:\\s*(?:[-–—]|to|until)\\s*|\\s+(?:au|al|a)\\s+)";
  private static final String WEEKDAY =
      "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?";

  private static final Pattern DMY_DMY =
      compile(DAY + OF + MONTH + YEAR_OF + YEAR + DASH + WEEKDAY + DAY + OF + MONTH + YEAR_OF + YEAR);
  private static final Pattern DM_DMY = compile(DAY + OF + MONTH + DASH + WEEKDAY + DAY + OF + MONTH + YEAR_OF + YEAR);
  private static final Pattern D_DMY = compile(DAY + "(?:" + DASH + "|\\s+(?:and|et|y)\\s+)" + DAY + OF + MONTH + YEAR_OF + YEAR);
  private static final Pattern DMY = compile(DAY + OF + MONTH + YEAR_OF + YEAR);
  private static final Pattern MD_DY = compile(MONTH + "\\s+" + DAY + "(?:" + DASH + "|\\s+(?:and|et|y)\\s+)" + DAY + ",?\\s+" + YEAR);
  private static final Pattern MDY = compile(MONTH + "\\s+" + DAY + ",?\\s+" + YEAR);
  private static final Pattern M_MY = compile(MONTH + DASH + MONTH + YEAR_OF + YEAR);
  private static final Pattern MY = compile(MONTH + YEAR_OF + YEAR);

  private DateSpanParser() {}

  private static Pattern compile(String regex) {
    return Pattern.compile(WEEKDAY + regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  static Optional<DateSpan> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip();
    if (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    if (s.length() < 6 || s.length() > 80) {
      return Optional.empty();
    }
    try {
      Matcher m;
      if ((m = DMY_DMY.matcher(s)).matches()) {
        return span(s, date(m.group(3), m.group(2), m.group(1)), date(m.group(6), m.group(5), m.group(4)));
      }
      if ((m = DM_DMY.matcher(s)).matches()) {
        return span(s, date(m.group(5), m.group(2), m.group(1)), date(m.group(5), m.group(4), m.group(3)));
      }
      if ((m = D_DMY.matcher(s)).matches()) {
        return span(s, date(m.group(4), m.group(3), m.group(1)), date(m.group(4), m.group(3), m.group(2)));
      }
      if ((m = DMY.matcher(s)).matches()) {
        LocalDate day = date(m.group(3), m.group(2), m.group(1));
        return span(s, day, day);
      }
      if ((m = MD_DY.matcher(s)).matches()) {
        return span(s, date(m.group(4), m.group(1), m.group(2)), date(m.group(4), m.group(1), m.group(3)));
      }
      if ((m = MDY.matcher(s)).matches()) {
        LocalDate day = date(m.group(3), m.group(1), m.group(2));
        return span(s, day, day);
      }
      if ((m = M_MY.matcher(s)).matches()) {
        YearMonth from = YearMonth.of(Integer.parseInt(m.group(3)), month(m.group(1)));
        YearMonth to = YearMonth.of(Integer.parseInt(m.group(3)), month(m.group(2)));
        return span(s, from.atDay(1), to.atEndOfMonth());
      }
      if ((m = MY.matcher(s)).matches()) {
        YearMonth month = YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)));
        return span(s, month.atDay(1), month.atEndOfMonth());
      }
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<DateSpan> span(String text, LocalDate start, LocalDate end) {
    if (end.isBefore(start)) {
      return Optional.empty();
    }
    return Optional.of(new DateSpan(text, start, end));
  }

  private static LocalDate date(String year, String month, String day) {
    return LocalDate.of(Integer.parseInt(year), month(month), Integer.parseInt(day));
  }

  private static int month(String name) {
    String m = name.toLowerCase(Locale.ROOT).replace(".", "");
    Integer number = MONTHS.get(m);
    if (number == null) {
      number = MONTHS.get(m.length() > 3 ? m.substring(0, 3) : m);
    }
    if (number == null) {
      throw new DateTimeException("not a month: " + name);
    }
    return number;
  }

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6),
          Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12),
          Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("fevrier", 2), Map.entry("mars", 3), Map.entry("avril", 4),
          Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("août", 8), Map.entry("aout", 8),
          Map.entry("septembre", 9), Map.entry("octobre", 10), Map.entry("novembre", 11), Map.entry("décembre", 12), Map.entry("decembre", 12),
          Map.entry("enero", 1), Map.entry("febrero", 2), Map.entry("marzo", 3), Map.entry("abril", 4), Map.entry("mayo", 5),
          Map.entry("junio", 6), Map.entry("julio", 7), Map.entry("agosto", 8), Map.entry("septiembre", 9), Map.entry("setiembre", 9),
          Map.entry("octubre", 10), Map.entry("noviembre", 11), Map.entry("diciembre", 12));
}
