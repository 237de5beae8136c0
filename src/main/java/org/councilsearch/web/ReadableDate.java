package org.councilsearch.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A span of days written the way people write dates: "1999", "June 2007", "19 November 2008",
 * "19–21 November 2008", "30 November – 2 December 2008", "30 December 2008 – 2 January 2009". A
 * span is read as whole years or whole months when it covers exactly those, so that the year a
 * paper mentions shows as "2009" rather than as its first and last day.
 *
 * <p>The page shows {@link #from}, {@link #separator} and {@link #to}, each end in a {@code <time>}
 * element with its {@code datetime} ({@link #fromDatetime}, {@link #toDatetime}: "1999",
 * "2007-06", "2008-11-19"), and the days in ISO form as {@link #iso} in its {@code title}.
 *
 * @param from the whole date, or the first end of a range ("19", "30 November")
 * @param fromDatetime the first end as an HTML datetime value, at the precision shown
 * @param separator "–" between the ends of a range, spaced after an end of several words; null for one
 *     day, month or year
 * @param to the last end of a range ("21 November 2008"), or null
 * @param toDatetime the last end as an HTML datetime value, or null
 * @param iso "2008-11-19 to 2008-11-21", or "2008-11-19" for a single day
 */
public record ReadableDate(
    String from, String fromDatetime, String separator, String to, String toDatetime, String iso) {
  private static final String DASH = "\u2013";

  /** The whole date as one string. */
  public String text() {
    return separator == null ? from : from + separator + to;
  }

  /**
   * The span from {@code start} to {@code end}, both included. An end that is missing or before the
   * start (an event's dates pieced together from two mentions) leaves the start day alone, so that
   * a page never fails over a date.
   */
  static ReadableDate of(LocalDate start, LocalDate end) {
    if (end == null || end.isBefore(start)) {
      end = start;
    }
    String iso = start.equals(end) ? start.toString() : start + " to " + end;
    if (start.getDayOfYear() == 1 && end.equals(end.withDayOfYear(end.lengthOfYear()))) {
      return years(start.getYear(), end.getYear(), iso);
    }
    if (start.getDayOfMonth() == 1 && end.getDayOfMonth() == end.lengthOfMonth()) {
      return months(YearMonth.from(start), YearMonth.from(end), iso);
    }
    return days(start, end, iso);
  }

  private static ReadableDate years(int first, int last, String iso) {
    String from = String.valueOf(first);
    if (first == last) {
      return new ReadableDate(from, from, null, null, null, iso);
    }
    String to = String.valueOf(last);
    return new ReadableDate(from, from, DASH, to, to, iso);
  }

  private static ReadableDate months(YearMonth first, YearMonth last, String iso) {
    String to = month(last) + " " + last.getYear();
    if (first.equals(last)) {
      return new ReadableDate(to, first.toString(), null, null, null, iso);
    }
    String from = first.getYear() == last.getYear() ? month(first) : month(first) + " " + first.getYear();
    return new ReadableDate(from, first.toString(), separator(from), to, last.toString(), iso);
  }

  private static ReadableDate days(LocalDate first, LocalDate last, String iso) {
    String to = last.getDayOfMonth() + " " + month(YearMonth.from(last)) + " " + last.getYear();
    if (first.equals(last)) {
      return new ReadableDate(to, first.toString(), null, null, null, iso);
    }
    String from;
    if (YearMonth.from(first).equals(YearMonth.from(last))) {
      from = String.valueOf(first.getDayOfMonth());
    } else if (first.getYear() == last.getYear()) {
      from = first.getDayOfMonth() + " " + month(YearMonth.from(first));
    } else {
      from = first.getDayOfMonth() + " " + month(YearMonth.from(first)) + " " + first.getYear();
    }
    return new ReadableDate(from, first.toString(), separator(from), to, last.toString(), iso);
  }

  /**
   * A closed dash after a single word ("19–21 November", "June–August 2007"), a spaced one after
   * several ("30 November – 2 December"), so that the dash never seems to bind just two words.
   */
  private static String separator(String from) {
    return from.contains(" ") ? " " + DASH + " " : DASH;
  }

  private static String month(YearMonth month) {
    return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
