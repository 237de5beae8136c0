package org.councilsearch.ingest.structure;

import java.util.ArrayList;
import java.util.Arrays;
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
 * @param organizationLines the governing body's lines, as printed: each run of them joined, then
 *     each line
 * @param mastheadRuns the first page's runs of adjacent masthead lines, each as columns of cells
 *     top first (the first cells, then the last cells of a masthead printed in two languages)
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
    List<List<String>> mastheadRuns,
    String masthead,
    DateSpan meetingDates,
    DateSpan issued,
    Integer meetingYear,
    Integer issueYear,
    List<RoledLine> frontLines) {
  private static final Pattern CELL_GAP = Pattern.compile("\\s{3,}|\\t");
  /**
   * A symbol on a symbol line: a series and parts after slashes, the series perhaps with a number
   * set apart after it ("EB 2020/131/R.7") or before it ("212 EX/9"), or a year ("2019/SOM1/014").
   */
  private static final Pattern SYMBOL =
      Pattern.compile(
          "(?:\\p{Lu}{1,6}\\s\\d[\\p{L}\\d.()*-]*|\\d{1,3}\\s\\p{Lu}[\\p{L}\\d.()*-]*|(?:19|20)\\d{2}/\\p{Lu}[\\p{L}\\d.()*-]*|\\p{Lu}[\\p{L}\\d.()*-]*)"
              + "(?:\\s?/\\s?[\\p{L}\\d.()*-]+)+|\\p{Lu}{2,}\\.\\d+/[\\p{L}\\d./-]+");
  /**
   * What a symbol goes on with after its slash series: a number after a series ending in a word
   * ("ALADI/CR/di 2245", "IICA/JD/Doc. 118 (71)", "MERCOSUR/CMC/DEC. N° 14/17"), or a session or
   * part in brackets ("CM/1324 (XLIII)", "UNAIDS/PCB (44)/19.7", "DP/FPA/2015/4 (Part I)").
   */
  private static final Pattern SYMBOL_NUMBER_TAIL =
      Pattern.compile("\\s?(?:No\\.|N[°º]\\.?)?\\s?\\d[\\d.]*(?:/\\d+)?(?:\\s?\\((?:\\d{1,3}|[IVXLC]{1,7})\\))?");
  private static final Pattern SYMBOL_BRACKET_TAIL =
      Pattern.compile("\\s?\\((?:\\d{1,3}|[IVXLC]{1,7}|Part(?:e|ie)? [IVX]{1,4})\\)(?:/[\\d.]+)?");
  /** A date written with slashes ("6/14/2019"), never a symbol. */
  private static final Pattern SLASHED_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{2,4}");
  private static final Pattern SESSION_END = Pattern.compile("\\s*(?:,|\\s[-–—]\\s|\\(\\s*\\d).*$");
  private static final Pattern LEADING_LABEL =
      Pattern.compile("^(?i)(?:symbol|symbole|s[íi]mbolo|signatura|cote(?:\\s+du\\s+document)?|document|documento|doc\\.?|ref\\.?)\\s*:?\\s*");
  /** A word of prose: a symbol's last cell with two of them is a session or a title line, no symbol. */
  private static final Pattern LONG_WORD = Pattern.compile("(?<![\\p{L}\\d])\\p{L}{4,}(?![\\p{L}\\d])");
  private static final Pattern HEADING_MARKS = Pattern.compile("^#{1,6}\\s+");
  private static final int MAX_TITLE_LINES = 5;
  private static final int MIN_TITLE_WORDS = 4;
  private static final int MAX_SESSION_WORDS = 14;
  private static final Pattern BODY_YEAR = Pattern.compile("(\\p{L}+)\\s+(?:19|20)\\d{2}");
  /**
   * The nouns that name a session: a line starting with an ordinal must hold one to be a session's
   * ("FIRST ANNUAL PROGRESS REPORT" holds only an adjective of one), compared folded.
   */
  private static final Set<String> SESSION_NOUNS =
      Set.of("session", "sessions", "meeting", "meetings", "reunion", "reunions", "sesion", "sesiones", "periodo");
  private static final Pattern DASH = Pattern.compile("\\s[-–—]\\s");
  /** Roles of the lines a session may be printed on when the model gave it none of its own. */
  private static final Set<LineRole> SESSION_HOSTS = EnumSet.of(LineRole.TITLE, LineRole.SUBTITLE, LineRole.BODY, LineRole.OTHER, LineRole.VENUE);
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
    mastheadRuns = mastheadRuns.stream().map(List::copyOf).toList();
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
    return new RoleHeader(title(lines, end), symbol, session(front), organizationLines(front), mastheadRuns(front), masthead(front), meetingDates(front), issued(front), year(front, LineRole.VENUE, LineRole.SESSION), year(front, LineRole.DATE), frontLines(lines));
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
        // A later page's running head gives a series, never its page mark ("- 2 -", "Page 3").
        Optional<String> symbol = line.line().page() > 0
            ? Arrays.stream(cells(line.text())).map(RoleHeader::seriesIn).flatMap(Optional::stream).findFirst()
            : HeaderLines.symbol(line.text());
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
   * heading: a title never continues with an enumerator; a label ("DECISION No. 1341", "Part II:
   * ...") is no title line, nor a session's ({@link #startsASession}), and a block starting in
   * lower case is the tail of another line. A block goes on over the next lines printed right under it whatever
   * their role when they read as its continuation ({@link #continuesTitle}), and a session line
   * that reads as a title ("Letter dated ...", {@link #readsAsTitle}) is read as one.
   *
   * @param lines the paper's lines
   * @param end where its front matter ends: a title starts before it
   */
  private static String title(List<RoledLine> lines, int end) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> block = null;
    PrintedLine previous = null;
    int page = -1;
    for (int k = 0; k < lines.size(); k++) {
      RoledLine line = lines.get(k);
      boolean adjacent = previous != null && line.line().row() == previous.row() + 1 && line.line().page() == previous.page();
      if (block != null && adjacent && !isTitleLine(line, block) && block.size() < MAX_TITLE_LINES && continuesTitle(block.get(block.size() - 1), line)) {
        block.add(widestCell(line.text()));
        previous = line.line();
        continue;
      }
      if (k >= end) {
        break;
      }
      if (!isTitleLine(line, block)) {
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
      if (Character.isLowerCase(joined.codePointAt(0))) {
        continue; // the tail of a line of another role ("del Banco Mundial para ..."), not a title
      }
      if (best == null || joined.length() > best.length()) {
        best = joined;
      }
    }
    return best;
  }

  private static boolean isTitleLine(RoledLine line, List<String> block) {
    String text = line.text().strip();
    boolean title = line.role() == LineRole.TITLE || (line.role() == LineRole.SESSION && readsAsTitle(text));
    return title && !(block != null && ENUMERATED.matcher(line.text()).lookingAt()) && !TITLE_LABEL.matcher(text).lookingAt() && !startsASession(text);
  }

  /**
   * Whether a line the model took for a session's reads as a title instead: it names no session,
   * and it is words, not a date ("June 2007") nor a sentence or a numbered paragraph.
   */
  private static boolean readsAsTitle(String text) {
    return !namesASession(text)
        && !NUMBERED_SENTENCE.matcher(text).lookingAt()
        && !TextShapes.endsSentence(text)
        && text.split("\\s+").length >= MIN_TITLE_WORDS
        && datesIn(text).isEmpty();
  }

  /**
   * Whether {@code next}, printed right under a title line, goes on with the title: it starts in
   * lower case or with a bracket ("of Norway to ...", "(FY17-FY23)"), or the title line ends with a
   * small word or a colon, comma or dash ("Report on the", "Strategic Plan 2017-2020:"); never a heading, a list item, a numbered line, a sentence or a
   * line of metadata.
   */
  private static boolean continuesTitle(String last, RoledLine next) {
    if (!CONTINUING_ROLES.contains(next.role())) {
      return false;
    }
    String text = next.text().strip();
    if (text.isEmpty() || ENUMERATED.matcher(text).lookingAt() || NUMBERED_SENTENCE.matcher(text).lookingAt() || TextShapes.endsSentence(last) || TextShapes.endsSentence(text)) {
      return false;
    }
    int first = text.codePointAt(0);
    return Character.isLowerCase(first) || first == '(' || ENDS_SMALL_WORD.matcher(last).find();
  }

  /**
   * The symbol of the first symbol line that prints a numbered series ("Documento C17/38-S"); else
   * the first symbol line's symbol. A series with a digit wins over a cell that only holds a
   * number ("Consejo 2017") and over names joined by a slash ("UNCTAD/WTO" under a masthead).
   * Without a symbol line, a symbol standing in a cell of its own, or after its label
   * ("Signatura: EB 2020/131/R.7"), on a front line of another role: a symbol set beside the date
   * or printed under a label the model has not learned.
   */
  private static String symbol(List<RoledLine> lines) {
    String first = null;
    for (RoledLine line : lines) {
      if (line.role() == LineRole.SYMBOL) {
        Optional<String> series = seriesOfLine(line.text());
        if (series.isPresent() && series.get().chars().anyMatch(Character::isDigit)) {
          return series.get();
        }
        if (first == null) {
          first = symbolIn(line.text()).orElse(null);
        }
      }
    }
    if (first != null) {
      return first;
    }
    for (RoledLine line : lines) {
      Optional<String> symbol = HeaderLines.symbol(line.text());
      if (symbol.isPresent()) {
        return symbol.get();
      }
    }
    return null;
  }

  /** The series a line prints in one of its cells, the last cell first, or empty. */
  private static Optional<String> seriesOfLine(String text) {
    String[] cells = CELL_GAP.split(text.strip());
    for (int i = cells.length - 1; i >= 0; i--) {
      Optional<String> known = HeaderLines.symbol(cells[i]);
      if (known.isPresent() && known.get().indexOf('/') >= 0) {
        return known;
      }
      Optional<String> found = seriesIn(cells[i]);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The symbol a symbol line holds: the cell with a slash series, else the line's last cell unless it is a date. */
  static Optional<String> symbolIn(String text) {
    String[] cells = CELL_GAP.split(text.strip());
    for (int i = cells.length - 1; i >= 0; i--) {
      Optional<String> known = HeaderLines.symbol(cells[i]);
      if (known.isPresent()) {
        return known;
      }
      Optional<String> found = seriesIn(cells[i]);
      if (found.isPresent()) {
        return found;
      }
    }
    String last = LEADING_LABEL.matcher(cells[cells.length - 1].strip()).replaceFirst("");
    boolean dated = SLASHED_DATE.matcher(last).find() || datesIn(last).isPresent();
    return last.isEmpty() || last.length() > 40 || dated || last.chars().noneMatch(Character::isDigit) || LONG_WORD.matcher(last).results().count() >= 2
        ? Optional.empty()
        : Optional.of(last);
  }

  /** The slash series a cell holds, with what follows it ({@link #SYMBOL_NUMBER_TAIL}); never a date. */
  private static Optional<String> seriesIn(String cell) {
    Matcher m = SYMBOL.matcher(cell);
    while (m.find()) {
      if (SLASHED_DATE.matcher(m.group()).find()) {
        continue;
      }
      int end = m.end();
      String rest = cell.substring(end);
      Matcher tail = (Character.isLetter(cell.charAt(end - 1)) || cell.charAt(end - 1) == '.' ? SYMBOL_NUMBER_TAIL : SYMBOL_BRACKET_TAIL).matcher(rest);
      if (tail.lookingAt() && tail.end() > 0) {
        end += tail.end();
      } else if ((tail = SYMBOL_BRACKET_TAIL.matcher(rest)).lookingAt()) {
        end += tail.end();
      }
      return Optional.of(cell.substring(m.start(), end).strip());
    }
    return Optional.empty();
  }

  private static final Pattern SESSION_NUMBER =
      Pattern.compile("\\b[IVXLC]{1,7}\\b|\\b\\d{1,3}(?:(?i:st|nd|rd|th|e|er|ère|ème)|[.]?[º°ª])(?!\\p{L})");

  /** A label printed on a title's line: "DECISION No. 1341", "Part II: ...", "Section A: ...". */
  private static final Pattern TITLE_LABEL =
      Pattern.compile("(?i)\\p{L}+\\s+(?:No\\.|N[°º]|n°)\\s*\\d+\\s*$|(?:part|parte|partie|section|sección|chapter|chapitre|capítulo)\\s+(?:[IVXLC]{1,6}|\\d{1,2}|\\p{Lu})\\s*[:.]");
  private static final Pattern ENDS_SMALL_WORD =
      Pattern.compile("(?i)\\s(?:of|for|and|the|on|to|in|a|an|de|des|du|la|le|les|et|pour|sur|del|las|los|el|para|y|en|sobre|con)$|[:,–-]$");
  private static final Set<LineRole> CONTINUING_ROLES = EnumSet.of(LineRole.TITLE, LineRole.PARA_CONT, LineRole.OTHER, LineRole.SUBTITLE, LineRole.SESSION);

  private static final Pattern NUMBERED_SENTENCE = Pattern.compile("\\s*\\d+(\\.\\d+)*\\.?\\s+\\p{Lu}\\p{Ll}");

  /**
   * The session on the first session line that names one; else on a line of the title block or
   * the governing body that starts as a session line does ({@link #startsASession}: "Trente-deuxième
   * session ordinaire du Conseil ..." printed right above the title) or names a body and a year
   * ("Council 2019").
   */
  private static String session(List<RoledLine> lines) {
    for (RoledLine line : lines) {
      if (line.role() == LineRole.SESSION && namesASession(line.text())) {
        String session = sessionOf(sessionCell(line.text()));
        if (!session.isEmpty()) {
          return session;
        }
      }
    }
    for (RoledLine line : lines) {
      String text = line.text().strip();
      if (SESSION_HOSTS.contains(line.role()) && (startsASession(text) || bodyAndYear(text))) {
        return sessionOf(text);
      }
    }
    return null;
  }

  /** "Council 2019", "Conseil 2018": a body's yearly session named by its year. */
  private static boolean bodyAndYear(String text) {
    Matcher m = BODY_YEAR.matcher(text);
    return m.matches() && RoleWords.bundled().categoriesOf(m.group(1)).contains("body");
  }

  /**
   * A session cell without its place and dates; of a cell in parts ("COUNCIL — 214TH SESSION"),
   * the part that names the session.
   */
  private static String sessionOf(String cell) {
    String[] parts = DASH.split(cell);
    for (String part : parts) {
      if (startsASession(part.strip())) {
        return SESSION_END.matcher(part.strip()).replaceFirst("").strip();
      }
    }
    return SESSION_END.matcher(cell).replaceFirst("").strip();
  }

  /**
   * Whether a line reads as a session's line whatever its role: it starts with an ordinal or a
   * session's number ("Hundred and third session", "LXIV Reunión Ordinaria ...", "210e SESSION")
   * and holds a session's noun ({@link #SESSION_NOUNS}), in a few words.
   */
  static boolean startsASession(String text) {
    String[] words = text.split("[\\s,;:()]+");
    if (words.length == 0 || words.length > MAX_SESSION_WORDS || NUMBERED_SENTENCE.matcher(text).lookingAt()) {
      return false;
    }
    String first = words[0];
    boolean numbered = SESSION_NUMBER.matcher(first).matches();
    for (String part : first.split("-")) {
      numbered |= RoleWords.bundled().categoriesOf(part).contains("ordinal");
    }
    if (!numbered) {
      return false;
    }
    for (String word : words) {
      if (SESSION_NOUNS.contains(RoleWords.fold(word))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a line the model took for a session's reads as one: no numbered sentence ("1. The
   * meeting was opened."), and a word of a session, a body or an ordinal, or a number of one
   * ("LI", "210e", "98.º"); "Letter dated 20 June 2019 from ..." is a title, whatever its role.
   */
  static boolean namesASession(String text) {
    if (NUMBERED_SENTENCE.matcher(text).lookingAt()) {
      return false;
    }
    if (SESSION_NUMBER.matcher(text).find()) {
      return true;
    }
    for (String word : text.split("[\\s,;:()]+")) {
      List<String> categories = RoleWords.bundled().categoriesOf(word);
      if (categories.contains("session") || categories.contains("body") || categories.contains("ordinal")) {
        return true;
      }
    }
    return false;
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
    List<String> joined = new ArrayList<>();
    List<String> single = new ArrayList<>();
    for (List<RoledLine> run : runs(lines, LineRole.BODY)) {
      List<String> cells = run.stream().map(line -> firstCell(line.text())).toList();
      if (cells.size() > 1) {
        joined.add(String.join(" ", cells));
      }
      run.forEach(line -> single.add(line.text().strip()));
    }
    joined.addAll(single);
    return joined;
  }

  private static List<List<String>> mastheadRuns(List<RoledLine> lines) {
    List<List<String>> out = new ArrayList<>();
    for (List<RoledLine> run : runs(lines, LineRole.MASTHEAD)) {
      out.add(run.stream().map(line -> firstCell(line.text())).toList());
      if (run.stream().anyMatch(line -> cells(line.text()).length > 1)) {
        out.add(run.stream().map(line -> cells(line.text())).map(c -> c[c.length - 1].strip()).toList());
      }
    }
    return out;
  }

  /** The runs of adjacent first-page lines of {@code role}. */
  private static List<List<RoledLine>> runs(List<RoledLine> lines, LineRole role) {
    List<List<RoledLine>> runs = new ArrayList<>();
    List<RoledLine> run = null;
    PrintedLine previous = null;
    for (RoledLine line : lines) {
      if (line.role() != role || line.line().page() != 0) {
        run = null;
        continue;
      }
      if (run == null || previous == null || line.line().row() != previous.row() + 1) {
        run = new ArrayList<>();
        runs.add(run);
      }
      run.add(line);
      previous = line.line();
    }
    return runs;
  }

  private static String[] cells(String text) {
    return CELL_GAP.split(text.strip());
  }

  private static String firstCell(String text) {
    return cells(text)[0].strip();
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
