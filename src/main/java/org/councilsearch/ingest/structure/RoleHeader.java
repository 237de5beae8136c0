package org.councilsearch.ingest.structure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilsearch.model.DateSpan;

/**
 * The header facts read from the roles of a paper's lines: the title is its title lines joined; the
 * symbol is the one on the paper's own symbol line (the first on the first page, or the running
 * head's), never one cited in the text; the session is its session line without place and dates;
 * the organization lines are the masthead and governing body; the meeting and issue dates come from
 * the venue, session and date lines. A field the roles do not give is null or empty.
 *
 * @param title the title lines joined by a space, or null
 * @param symbol the paper's own symbol, or null
 * @param session the session as printed, or null
 * @param organizationLines the masthead lines, then the governing body's, as printed
 * @param masthead the organization's name as the masthead prints it (its first line's widest
 *     cell), or null
 * @param meetingDates the dates of the session or meeting, or null
 * @param issued the issue date, or null
 * @param meetingYear the year of the session or meeting, from its dates or a year on its line, or
 *     null
 * @param issueYear the year of the issue date, from the date or a year on its line, or null
 * @param frontLines the paper's leading lines that the roles put in its front matter, up to the
 *     first line of another role or of prose; those that say when, where and under what symbol it
 *     was issued ({@link #isMetadata}) are metadata, not passages
 */
record RoleHeader(
    String title,
    String symbol,
    String session,
    List<String> organizationLines,
    String masthead,
    DateSpan meetingDates,
    DateSpan issued,
    Integer meetingYear,
    Integer issueYear,
    List<RoledLine> frontLines) {
  private static final Pattern CELL_GAP = Pattern.compile("\\s{3,}|\\t");
  /**
   * A symbol on a symbol line: a series and parts after slashes, the series perhaps with a number
   * set apart after it ("EB 2020/131/R.7") or before it ("212 EX/9").
   */
  private static final Pattern SYMBOL =
      Pattern.compile(
          "(?:\\p{Lu}{1,6}\\s\\d[\\p{L}\\d.()*-]*|\\d{1,3}\\s\\p{Lu}[\\p{L}\\d.()*-]*|\\p{Lu}[\\p{L}\\d.()*-]*)"
              + "(?:\\s?/\\s?[\\p{L}\\d.()*-]+)+|\\p{Lu}{2,}\\.\\d+/[\\p{L}\\d./-]+");
  private static final Pattern SESSION_END = Pattern.compile("\\s*(?:,|\\s[-–—]\\s|\\(\\s*\\d).*$");
  private static final Pattern LEADING_LABEL =
      Pattern.compile("^(?i)(?:symbol|symbole|s[íi]mbolo|signatura|cote(?:\\s+du\\s+document)?|document|documento|doc\\.?|ref\\.?)\\s*:?\\s*");
  /** A word of prose: a symbol's last cell with two of them is a session or a title line, no symbol. */
  private static final Pattern LONG_WORD = Pattern.compile("(?<![\\p{L}\\d])\\p{L}{4,}(?![\\p{L}\\d])");
  private static final Pattern HEADING_MARKS = Pattern.compile("^#{1,6}\\s+");
  private static final int MAX_TITLE_LINES = 5;
  private static final Pattern ENUMERATED = Pattern.compile("\\s*(?:[IVXLC]{1,6}|\\d{1,2}|\\p{Lu})[.)]\\s+\\S");
  private static final Pattern YEAR = Pattern.compile("(?<![\\d/.])(?:19|20)\\d{2}(?![\\d/])");
  private static final Pattern WORD_START = Pattern.compile("(?<=[\\s,])\\S");
  private static final Set<LineRole> BODY_ROLES = EnumSet.of(LineRole.PARA_START, LineRole.PARA_CONT, LineRole.LIST_ITEM);
  /**
   * The roles of front matter lines that say when, where and under what symbol a paper was issued:
   * metadata, whose dates are the meeting's and the issue's, never the text's.
   */
  private static final Set<LineRole> METADATA_ROLES =
      EnumSet.of(LineRole.SYMBOL, LineRole.DISTRIBUTION, LineRole.DATE, LineRole.SESSION, LineRole.VENUE, LineRole.AGENDA);
  /**
   * Front matter roles passed over but kept: a model that errs takes the body's first heading for
   * a masthead or a title ("I. AWARENESS"), and a heading must never be lost.
   */
  private static final Set<LineRole> PASSED_ROLES =
      EnumSet.of(LineRole.MASTHEAD, LineRole.BODY, LineRole.TITLE, LineRole.SUBTITLE, LineRole.LABEL, LineRole.AUTHOR, LineRole.FURNITURE);
  /**
   * Longer than any front matter line: a line this long is prose, whatever role it was given, and
   * is never dropped from the passages.
   */
  private static final int MAX_FRONT_LINE = 160;

  /** A metadata line ending in a full stop with this many words is a sentence. */
  private static final int MIN_PROSE_WORDS = 6;

  RoleHeader {
    organizationLines = List.copyOf(organizationLines);
    frontLines = List.copyOf(frontLines);
  }

  /**
   * The header read from the lines before the body's first paragraph or list item (the front
   * matter); the symbol, when the front matter holds none, from the running heads as well.
   */
  static RoleHeader of(List<RoledLine> lines) {
    int end = 0;
    while (end < lines.size() && !BODY_ROLES.contains(lines.get(end).role())) {
      end++;
    }
    List<RoledLine> front = lines.subList(0, end);
    String symbol = symbol(front);
    if (symbol == null) {
      symbol = runningHeadSymbol(lines);
    }
    return new RoleHeader(title(front), symbol, session(front), organizationLines(front), masthead(front), meetingDates(front), issued(front), year(front, LineRole.VENUE, LineRole.SESSION), year(front, LineRole.DATE), frontLines(lines));
  }

  /**
   * The leading run of front-matter lines, ended by the first line of another role, or by a line
   * that reads as prose whatever role it was given ({@link #isProse}). A paper the roles find no
   * body in keeps all its lines: dropping them would leave nothing to search.
   */
  private static List<RoledLine> frontLines(List<RoledLine> lines) {
    List<RoledLine> out = new ArrayList<>();
    for (RoledLine line : lines) {
      if (line.line().isBlank()) {
        continue;
      }
      String text = line.text().strip();
      boolean metadata = METADATA_ROLES.contains(line.role());
      if (!(metadata || PASSED_ROLES.contains(line.role())) || text.length() > MAX_FRONT_LINE || isProse(text, metadata)) {
        return out;
      }
      out.add(line);
    }
    return List.of();
  }

  /**
   * Whether a line the model put in the front matter reads as the body's prose instead: a
   * numbered sentence, or a sentence of some length ("L.9" ends a symbol, not a sentence); a
   * title or masthead line ending a sentence at all.
   */
  private static boolean isProse(String text, boolean metadata) {
    if (NUMBERED_SENTENCE.matcher(text).lookingAt()) {
      return true;
    }
    return TextShapes.endsSentence(text) && (!metadata || text.split("\\s+").length >= MIN_PROSE_WORDS);
  }

  /** Whether a line of {@link #frontLines} is metadata, and no passage. */
  static boolean isMetadata(RoledLine line) {
    return METADATA_ROLES.contains(line.role());
  }

  /**
   * The symbol of a running head: any on a later page; on the first page (a copy whose page breaks
   * were lost) only a line, or a cell of one, that is a symbol and nothing else.
   */
  private static String runningHeadSymbol(List<RoledLine> lines) {
    for (RoledLine line : lines) {
      if (line.role() == LineRole.FURNITURE) {
        Optional<String> symbol = line.line().page() > 0 ? symbolIn(line.text()) : HeaderLines.symbol(line.text());
        if (symbol.isPresent()) {
          return symbol.get();
        }
      }
    }
    return null;
  }

  /**
   * The title lines of the first page's longest block of them: lines next to each other, a title
   * printed twice counted once. A lone line the model took for a title ("English only") loses to the
   * block that is the title. A numbered line ("I. Introduction") under a title is the body's first
   * heading: a title never continues with an enumerator.
   */
  private static String title(List<RoledLine> lines) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> block = null;
    PrintedLine previous = null;
    int page = -1;
    for (RoledLine line : lines) {
      boolean heading = block != null && ENUMERATED.matcher(line.text()).lookingAt();
      if (line.role() != LineRole.TITLE || heading) {
        if (line.role() != LineRole.FURNITURE) {
          block = null;
        }
        continue;
      }
      if (page < 0) {
        page = line.line().page();
      } else if (line.line().page() != page) {
        break;
      }
      boolean adjacent = previous != null && line.line().row() == previous.row() + 1;
      if (block == null || !adjacent || block.size() >= MAX_TITLE_LINES) {
        block = new ArrayList<>();
        blocks.add(block);
      }
      String cell = widestCell(line.text());
      if (block.isEmpty() || !block.get(block.size() - 1).equalsIgnoreCase(cell)) {
        block.add(cell);
      }
      previous = line.line();
    }
    String best = null;
    for (List<String> b : blocks) {
      String joined = String.join(" ", b).replaceAll("\\s+", " ").strip();
      if (best == null || joined.length() > best.length()) {
        best = joined;
      }
    }
    return best;
  }

  /**
   * The symbol of the first symbol line; else a symbol standing in a cell of its own, or after its
   * label ("Signatura: EB 2020/131/R.7"), on a front line of another role: a symbol set beside the
   * date or printed under a label the model has not learned.
   */
  private static String symbol(List<RoledLine> lines) {
    for (RoledLine line : lines) {
      if (line.role() == LineRole.SYMBOL) {
        Optional<String> symbol = symbolIn(line.text());
        if (symbol.isPresent()) {
          return symbol.get();
        }
      }
    }
    for (RoledLine line : lines) {
      Optional<String> symbol = HeaderLines.symbol(line.text());
      if (symbol.isPresent()) {
        return symbol.get();
      }
    }
    return null;
  }

  /** The symbol a symbol line holds: the cell with a slash series, else the line's last cell. */
  static Optional<String> symbolIn(String text) {
    String[] cells = CELL_GAP.split(text.strip());
    for (int i = cells.length - 1; i >= 0; i--) {
      Optional<String> known = HeaderLines.symbol(cells[i]);
      if (known.isPresent()) {
        return known;
      }
      Matcher m = SYMBOL.matcher(cells[i]);
      if (m.find()) {
        return Optional.of(m.group().strip());
      }
    }
    String last = LEADING_LABEL.matcher(cells[cells.length - 1].strip()).replaceFirst("");
    return last.isEmpty() || last.length() > 40 || last.chars().noneMatch(Character::isDigit) || LONG_WORD.matcher(last).results().count() >= 2
        ? Optional.empty()
        : Optional.of(last);
  }

  private static final Pattern NUMBERED_SENTENCE = Pattern.compile("\\s*\\d+(\\.\\d+)*\\.?\\s+\\p{Lu}\\p{Ll}");

  private static String session(List<RoledLine> lines) {
    for (RoledLine line : lines) {
      // A numbered sentence ("1. The meeting was opened.") is a paragraph that names a meeting,
      // not the session's line, whatever role the model gave it.
      if (line.role() == LineRole.SESSION && !NUMBERED_SENTENCE.matcher(line.text()).lookingAt()) {
        String cell = sessionCell(line.text());
        String session = SESSION_END.matcher(cell).replaceFirst("").strip();
        if (!session.isEmpty()) {
          return session;
        }
      }
    }
    return null;
  }

  /** The cell of a session line that names the session (the others hold dates or places). */
  private static String sessionCell(String text) {
    String[] cells = CELL_GAP.split(text.strip());
    for (String cell : cells) {
      for (String word : cell.split("\\s+")) {
        if (RoleWords.bundled().categoriesOf(word).contains("session")) {
          return cell;
        }
      }
    }
    return cells[0];
  }

  private static List<String> organizationLines(List<RoledLine> lines) {
    List<String> out = new ArrayList<>();
    for (LineRole role : List.of(LineRole.MASTHEAD, LineRole.BODY)) {
      for (RoledLine line : lines) {
        if (line.role() == role && line.line().page() == 0) {
          out.add(line.text().strip());
        }
      }
    }
    return out;
  }

  private static String masthead(List<RoledLine> lines) {
    for (RoledLine line : lines) {
      if (line.role() == LineRole.MASTHEAD && line.line().page() == 0) {
        return widestCell(line.text());
      }
    }
    return null;
  }

  /** The year of the first dates on a line of one of {@code roles}, else the first year printed on one. */
  private static Integer year(List<RoledLine> lines, LineRole... roles) {
    for (LineRole role : roles) {
      for (RoledLine line : lines) {
        if (line.role() == role && line.line().page() == 0) {
          String part = meetingPart(line);
          Optional<DateSpan> dates = datesIn(part);
          if (dates.isPresent()) {
            return dates.get().end().getYear();
          }
          Matcher m = YEAR.matcher(part);
          if (m.find()) {
            return Integer.valueOf(m.group());
          }
        }
      }
    }
    return null;
  }

  /** The dates a line holds: a cell, or what follows a comma or a word ("Lisbon, 10-12 April 2012"). */
  static Optional<DateSpan> datesIn(String text) {
    for (String cell : CELL_GAP.split(text.strip())) {
      Optional<DateSpan> whole = DateSpanParser.parse(cell);
      if (whole.isPresent()) {
        return whole;
      }
      Matcher word = WORD_START.matcher(cell);
      while (word.find()) {
        if (word.start() > 0) {
          Optional<DateSpan> tail = DateSpanParser.parse(cell.substring(word.start()));
          if (tail.isPresent()) {
            return tail;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The dates on the first venue line, else in the session cell of the first session line (a date
   * in another cell of a session line is the issue date).
   */
  private static DateSpan meetingDates(List<RoledLine> lines) {
    for (LineRole role : List.of(LineRole.VENUE, LineRole.SESSION)) {
      for (RoledLine line : lines) {
        if (line.role() == role && line.line().page() == 0) {
          Optional<DateSpan> dates = datesIn(meetingPart(line));
          if (dates.isPresent()) {
            return dates.get();
          }
        }
      }
    }
    return null;
  }

  private static String meetingPart(RoledLine line) {
    return line.role() == LineRole.SESSION ? sessionCell(line.text()) : line.text();
  }


  private static DateSpan issued(List<RoledLine> lines) {
    for (RoledLine line : lines) {
      if (line.role() == LineRole.DATE && line.line().page() == 0) {
        Optional<DateSpan> date = datesIn(line.text());
        if (date.isPresent()) {
          return date.get();
        }
      }
    }
    return null;
  }

  private static String widestCell(String text) {
    String[] cells = CELL_GAP.split(HEADING_MARKS.matcher(text.strip()).replaceFirst(""));
    String widest = cells[0];
    for (String cell : cells) {
      if (cell.length() > widest.length()) {
        widest = cell;
      }
    }
    return widest.strip();
  }
}
