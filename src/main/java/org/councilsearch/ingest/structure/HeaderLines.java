package org.councilsearch.ingest.structure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilsearch.model.DateSpan;

/**
 * Recognises the lines of a council paper's header that describe the paper rather than open its
 * body: the organisation's name, the document symbol, the session, the meeting's place and dates,
 * and distribution notes such as "English only".
 */
final class HeaderLines {
  private static final int MAX_CHARS = 200;

  private static final Pattern ORGANISATION =
      Pattern.compile(
          "(?i)\\b(?:international\\s+organi[sz]ation|organisation\\s+internationale"
              + "|organizaci[oó]n\\s+internacional)\\b");

  private static final String SYMBOL_PART = "(?:[A-Z]{1,6}|\\d{1,5}|(?:Rev|Add|Corr)\\.\\d{1,2})";
  private static final Pattern SYMBOL =
      Pattern.compile("[A-Z]{1,6}(?:/" + SYMBOL_PART + ")*/\\d{1,5}(?:/" + SYMBOL_PART + ")*");
  private static final Pattern CONFERENCE_ROOM_PAPER =
      Pattern.compile("(?i)conference\\s+room\\s+paper\\s*/?\\s*(?:no\\.?\\s*)?(\\d{1,4})");
  private static final Pattern SYMBOL_LABELLED =
      Pattern.compile("(?i)(?:symbol|document)\\s*:\\s*(" + SYMBOL.pattern() + ")");

  private static final Pattern SESSION =
      Pattern.compile(
          "(?:\\d{1,3}(?:st|nd|rd|th)|\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?(?:st|nd|rd|th))\\s+"
              + "(?:\\((?:Special|Extraordinary|Resumed)\\)\\s+)?Session\\s+of\\s+the\\s+\\p{Lu}[\\p{L} ]{1,60}");

  private static final Pattern PLACE_AND_DATE =
      Pattern.compile("(?:(\\p{Lu}[\\p{L}.'’\\- ]{1,40}?)\\s*,\\s*)?(.{6,80})");

  private static final Pattern DISTRIBUTION =
      Pattern.compile(
          "(?i)(?:(?:english|french|spanish|arabic|russian|chinese)(?:\\s+only)?"
              + "|original\\s*:\\s*\\p{L}+|distr(?:ibution)?\\s*:\\s*.{1,40}|distr\\.:?\\s*.{1,40}"
              + "|restricted|limited|general|for\\s+information(?:\\s+only)?|for\\s+decision"
              + "|for\\s+discussion|unofficial\\s+translation|draft|agenda\\s+item.{0,80}"
              + "|item\\s+\\d{1,3}\\b.{0,80}|page\\s+\\d{1,4}(?:\\s+of\\s+\\d{1,4})?)\\.?");

  private HeaderLines() {}

  static boolean isOrganisationName(String line) {
    return line.length() <= MAX_CHARS && ORGANISATION.matcher(line).find();
  }

  /** "CRP/36" from "CONFERENCE ROOM PAPER/36"; "MC/2346" or "C/106/INF/8/Rev.1" as printed. */
  static Optional<String> symbol(String line) {
    if (line.length() > MAX_CHARS) {
      return Optional.empty();
    }
    String s = line.strip();
    Matcher m = CONFERENCE_ROOM_PAPER.matcher(s);
    if (m.matches()) {
      return Optional.of("CRP/" + m.group(1));
    }
    m = SYMBOL_LABELLED.matcher(s);
    if (m.matches()) {
      return Optional.of(m.group(1));
    }
    if (SYMBOL.matcher(s).matches()) {
      return Optional.of(s);
    }
    return Optional.empty();
  }

  /** "100th Session of the Council", as printed. */
  static Optional<String> session(String line) {
    if (line.length() > MAX_CHARS) {
      return Optional.empty();
    }
    String s = line.strip();
    return SESSION.matcher(s).matches() ? Optional.of(s) : Optional.empty();
  }

  /** Where and when a meeting was held, from a line such as "Geneva, 5–7 December 2011". */
  record PlaceAndDate(String place, DateSpan dates) {}

  static Optional<PlaceAndDate> placeAndDate(String line) {
    if (line.length() > 120) {
      return Optional.empty();
    }
    Matcher m = PLACE_AND_DATE.matcher(line.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<DateSpan> dates = DateSpanParser.parse(m.group(2));
    if (dates.isEmpty()) {
      return Optional.empty();
    }
    String place = m.group(1) == null ? null : m.group(1).strip();
    if (place != null && TextShapes.wordCount(place) > 4) {
      return Optional.empty();
    }
    return Optional.of(new PlaceAndDate(place, dates.get()));
  }

  static boolean isDistributionNote(String line) {
    return line.length() <= 120 && DISTRIBUTION.matcher(line.strip()).matches();
  }
}
