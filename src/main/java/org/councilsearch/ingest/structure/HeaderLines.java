package org.councilsearch.ingest.structure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilsearch.model.DateSpan;

/**
 * Reads the shapes of header lines, for the line-role model's features ({@link RoleFeatures}: does
 * a line read as a symbol, a session, a body's name, an agenda item, a label) and for reading the
 * values out of a line the model labelled ({@link RoleHeader}: the symbol on a symbol line, the place
 * and dates on a venue line, the session a title names). It decides no line's role.
 */
final class HeaderLines {
  static final int MAX_CHARS = 200;

  private static final Pattern ORGANISATION =
      Pattern.compile(
          "(?i)\\b(?:international\\s+organi[sz]ation|organisation\\s+internationale"
              + "|organizaci[oó]n\\s+internacional)\\b");

  /**
   * A document symbol of the United Nations system: a series of capitals, perhaps with a number
   * glued on ("EB140"), then parts after slashes or points, at least one with a digit: "MC/2346",
   * "C/106/INF/8/Rev.1", "A/AC.96/1001", "EC/67/SC/CRP.12", "GB.320/INS/5", "DP/2016/4".
   */
  private static final String SYMBOL_PART =
      "(?:(?:Rev|Add|Corr|Amend)\\.\\d{1,2}|Addendum|Corrigendum|[A-Z]{1,6}(?:\\.\\d{1,4})?|\\d{1,5}(?:\\.\\d{1,3})?)";
  /**
   * A letter a symbol may end with: the language version, as ITU prints it ("C17/38-E",
   * "C17/38-S"), or a part of the symbol, as WFP prints it ("WFP/EB.2/2019/5-C"); with a hyphen or
   * an en dash.
   */
  private static final String LETTER_SUFFIX = "(?:[-\u2013][A-Z])?";

  /**
   * What comes before the first slash: a series of capitals ("MC", "EB140", "GB.320"), a series and
   * a number set apart ("EB 2020", "CL 166"), or a session's number before the series ("212 EX").
   */
  private static final String SYMBOL_HEAD =
      "(?:[A-Z]{1,6} \\d{1,4}|\\d{1,3} [A-Z]{1,6}\\d{0,4}|(?=[A-Z.\\d/]*\\d)[A-Z]{1,6}\\d{0,4}(?:\\.\\d{1,4})?)";

  private static final Pattern SYMBOL =
      Pattern.compile(SYMBOL_HEAD + "(?:/" + SYMBOL_PART + ")+(?:/" + SYMBOL_PART + ")*" + LETTER_SUFFIX);
  private static final Pattern CONFERENCE_ROOM_PAPER =
      Pattern.compile(
          "(?i)(?:conference\\s+room\\s+paper|document\\s+de\\s+s[ée]ance|documento\\s+de\\s+sesi[óo]n)"
              + "\\s*/?\\s*(?:no\\.?\\s*)?(\\d{1,4})");
  /** A symbol after its label, in English, French or Spanish: "Document: EB 2020/131/R.7", "Cote du document : ...", "Signatura: ...". */
  private static final Pattern SYMBOL_LABELLED =
      Pattern.compile(
          "(?i)(?:symbol|symbole|s[íi]mbolo|signatura|cote(?:\\s+du\\s+document)?|document|documento)(?:\\s*:\\s*|\\s+)("
              + SYMBOL.pattern()
              + ")");

  /** Columns of a header line set side by side with runs of spaces. */
  private static final Pattern COLUMNS = Pattern.compile("\\s{3,}");

  private static final String ORDINAL_WORD =
      "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
          + "|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
          + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:first|second|third|fourth"
          + "|fifth|sixth|seventh|eighth|ninth))?|twentieth|thirtieth|fortieth|fiftieth|sixtieth"
          + "|seventieth|eightieth|ninetieth|(?:one\\s+)?hundred(?:th|\\s+and\\s+\\p{L}+)?)";
  private static final String ORDINAL = "(?:\\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH)|" + ORDINAL_WORD + ")";

  /**
   * "100th Session of the Council", "320th Session", "Fiftieth session", "66th meeting", "Ninth
   * Meeting of the Standing Committee", "Annual session 2016", "First regular session of 2015".
   */
  private static final Pattern SESSION =
      Pattern.compile(
          "(?i)(?:" + ORDINAL + "\\s+(?:\\((?:special|extraordinary|resumed)\\)\\s+|(?:special|regular|ordinary|extraordinary|resumed)\\s+)?"
              + "(?:session|meeting)(?:\\s+of\\s+the\\s+\\p{Lu}[\\p{L}’' ]{1,60}?)?"
              + "|(?:(?:first|second|third)\\s+regular|annual|special)\\s+session(?:\\s+of)?\\s+(?:19|20)\\d{2})");
  /** A session named inside a title: "Report of the Ninth Meeting of the Standing Committee". */
  private static final Pattern SESSION_IN_TITLE =
      Pattern.compile(
          "(?i)\\b(" + ORDINAL + "\\s+(?:session|meeting)\\s+of\\s+the\\s+[\\p{L}’' ]{3,60})");
  /** "325th Session, Geneva, 29 October–12 November 2015": the session, then where and when. */
  private static final Pattern SESSION_THEN_MORE = Pattern.compile("(.{4,80}?)\\s*,\\s*(.{6,120})");

  /**
   * Lines that name the body a paper is written for or by, rather than the paper: "UNITED
   * NATIONS", "General Assembly", "Governing Body", "EXECUTIVE BOARD", "Executive Committee of
   * the High Commissioner's Programme", "Standing Committee on Programmes and Finance", "COUNCIL
   * CONSEIL CONSEJO", "International Labour Office", "Institutional Section INS".
   */
  private static final Pattern ORGAN =
      Pattern.compile(
          "(?i)(?:the\\s+)?(?:united\\s+nations|general\\s+assembly|governing\\s+body|executive\\s+board"
              + "|executive\\s+committee|standing\\s+committee|council|conseil|consejo|economic\\s+and\\s+social\\s+council"
              + "|international\\s+labour\\s+(?:office|organization|conference)|world\\s+health\\s+(?:organization|assembly)"
              + "|bureau\\s+international\\s+du\\s+travail)\\b.*");
  private static final Pattern SECTION_OF_BODY =
      Pattern.compile("(?:\\p{Lu}[\\p{L}’'-]*\\s+(?:and\\s+)?){1,6}(?:Section|Segment)(?:\\s+\\p{Lu}{2,6})?");
  /** Words that open a paper's title rather than a body's name. */
  private static final Pattern TITLE_WORDS =
      Pattern.compile("(?i)\\b(?:report|update|review|session|meeting|progress|resolution|decision|note|plan|policy|strategy|budget|statement|proposal|follow-up|annual)\\b");

  /** "FOURTH ITEM ON THE AGENDA", "Provisional agenda item 5.2", "Item 3 of the provisional agenda". */
  private static final Pattern AGENDA_ITEM =
      Pattern.compile(
          "(?i)(?:\\p{L}+\\s+item\\s+on\\s+the\\s+agenda|(?:provisional\\s+)?agenda\\s+item\\s+[\\d.()a-z]{1,10}"
              + "|items?\\s+[\\d.()a-z]{1,10}(?:\\s+and\\s+[\\d.()a-z]{1,10})?\\s+of\\s+the\\s+(?:provisional\\s+)?(?:annotated\\s+)?agenda)\\.?");

  /**
   * Lines that label the paper or a box in it rather than title it: "RESOLUTION No. 1265",
   * "Issue No. 14", "Report by the Secretariat", "Summary", "Purpose of the document".
   */
  private static final Pattern LABEL =
      Pattern.compile(
          "(?i)(?:(?:resolution|decision|issue|volume|vol\\.|number|no\\.)\\s*(?:no\\.?\\s*)?\\d{1,5}(?:\\s*\\(.{1,40}\\))?"
              + "|(?:report|note|statement)\\s+by\\s+the\\s+(?:secretariat|director-general|director\\s+general|administrator|executive\\s+director|secretary-general|high\\s+commissioner)"
              + ")\\.?");

  /** "This document is submitted to the Executive Committee at its 109th Session in July 2012." */
  private static final Pattern SUBMISSION_NOTE =
      Pattern.compile("(?i)this\\s+(?:document|paper|report)\\s+is\\s+(?:being\\s+)?(?:submitted|presented|issued)\\s+to\\b.{0,200}");

  /** "Date: 2 October 2015": when the paper was issued. */
  private static final Pattern ISSUE_DATE = Pattern.compile("(?i)(?:date|dated|issued)\\s*:?\\s*(.{6,40})");

  private static final Pattern PLACE_AND_DATE =
      Pattern.compile("(?:(\\p{Lu}[\\p{L}.'’\\- ]{1,40}?)\\s*,\\s*)?(.{6,80})");

  private static final Pattern DATE_THEN_PLACE =
      Pattern.compile("(.{6,60}?(?:19|20)\\d{2})\\s*,\\s*(\\p{Lu}[\\p{L}.'’\\- ]{1,40})");

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
    // "Agenda item: ADM 12          Document C17/38-E": the symbol in a column of its own.
    String[] columns = COLUMNS.split(s);
    for (int i = columns.length - 1; i > 0; i--) {
      Optional<String> inColumn = symbol(columns[i]);
      if (inColumn.isPresent()) {
        return inColumn;
      }
    }
    return Optional.empty();
  }

  /** "100th Session of the Council", "320th Session", "Ninth Meeting of the Standing Committee", as printed. */
  static Optional<String> session(String line) {
    if (line.length() > MAX_CHARS) {
      return Optional.empty();
    }
    String s = stripBrackets(line.strip());
    return SESSION.matcher(s).matches() ? Optional.of(s) : Optional.empty();
  }

  /** The session a title names: "Ninth Meeting of the Standing Committee" in "Report of the ...". */
  static Optional<String> sessionInTitle(String title) {
    if (title == null || title.length() > 300) {
      return Optional.empty();
    }
    Matcher m = SESSION_IN_TITLE.matcher(title);
    return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  /** A session line that goes on with the meeting's place and dates, split there. */
  record SessionAndMeeting(String session, PlaceAndDate meeting) {}

  static Optional<SessionAndMeeting> sessionAndMeeting(String line) {
    if (line.length() > MAX_CHARS) {
      return Optional.empty();
    }
    Matcher m = SESSION_THEN_MORE.matcher(line.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<String> session = session(m.group(1));
    Optional<PlaceAndDate> meeting = placeAndDate(m.group(2));
    if (session.isEmpty() || meeting.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new SessionAndMeeting(session.get(), meeting.get()));
  }

  /** Names the body a paper is for or by ("Governing Body", "EXECUTIVE BOARD"), not the paper itself. */
  static boolean isBodyName(String line) {
    if (line.length() > MAX_CHARS || TITLE_WORDS.matcher(line).find()) {
      return false;
    }
    return ORGAN.matcher(line.strip()).matches() || SECTION_OF_BODY.matcher(line.strip()).matches();
  }

  static boolean isAgendaItem(String line) {
    return line.length() <= 120 && AGENDA_ITEM.matcher(line.strip()).matches();
  }

  /** A label of the paper or of a box in it: "RESOLUTION No. 1265", "Report by the Secretariat". */
  static boolean isLabel(String line) {
    return line.length() <= 120 && LABEL.matcher(line.strip()).matches();
  }

  /** A line wholly in brackets: "(Adopted by the Council at its 554th meeting on 26 November 2013)". */
  static boolean isBracketed(String line) {
    String s = line.strip();
    return s.length() > 2 && s.charAt(0) == '(' && s.charAt(s.length() - 1) == ')';
  }

  /** The date a bracketed note ends with, as in "(... on 26 November 2013)" or "(24-26 June 1997)". */
  static Optional<DateSpan> dateInNote(String line) {
    String s = stripBrackets(line.strip());
    Optional<DateSpan> whole = DateSpanParser.parse(s);
    if (whole.isPresent()) {
      return whole;
    }
    int space = s.indexOf(' ');
    while (space > 0) {
      Optional<DateSpan> tail = DateSpanParser.parse(s.substring(space + 1));
      if (tail.isPresent()) {
        return tail;
      }
      space = s.indexOf(' ', space + 1);
    }
    return Optional.empty();
  }

  /** A cover-page note saying which body the paper goes to: a header line, not a passage. */
  static boolean isSubmissionNote(String line) {
    return line.length() <= 260 && SUBMISSION_NOTE.matcher(line.strip()).matches();
  }

  /** "Date: 2 October 2015": the issue date, or empty. */
  static Optional<DateSpan> issueDate(String line) {
    if (line.length() > 60) {
      return Optional.empty();
    }
    Matcher m = ISSUE_DATE.matcher(line.strip());
    return m.matches() ? DateSpanParser.parse(m.group(1).strip()) : Optional.empty();
  }

  private static String stripBrackets(String s) {
    return s.length() > 2 && s.charAt(0) == '(' && s.charAt(s.length() - 1) == ')'
        ? s.substring(1, s.length() - 1).strip()
        : s;
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
    Matcher after = DATE_THEN_PLACE.matcher(line.strip());
    if (after.matches()) {
      Optional<DateSpan> first = DateSpanParser.parse(after.group(1));
      if (first.isPresent() && TextShapes.wordCount(after.group(2)) <= 4) {
        return Optional.of(new PlaceAndDate(after.group(2).strip(), first.get()));
      }
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
}
