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
 *     each line; a line set in spaced type with its spacing closed up ({@link
 *     TextShapes#closeSpacing}: "LEAGUE   OF   NATIONS", "B O A R D")
 * @param mastheadRuns the first page's runs of adjacent masthead lines, each as columns of cells
 *     top first (the first cells, then the last cells of a masthead printed in two languages), the
 *     spacing of lines set in spaced type closed up
 * @param masthead the organization's name as the masthead prints it (its first line's widest
 *     cell), or null
 * @param meetingDates the dates of the session or meeting, or null
 * @param meetingPlace where the session or meeting sat, from its venue or session line, or null
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
    String meetingPlace,
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
  /**
   * A date written with slashes ("6/14/2019"), never a symbol; digits glued to letters or dots
   * before it are a symbol's parts ("G.B.173/7/12"), no date.
   */
  private static final Pattern SLASHED_DATE = Pattern.compile("(?<![\\p{L}\\d.])\\d{1,2}/\\d{1,2}/\\d{2,4}(?![\\d/])");
  /** Where a session's line goes on with its place or dates: a comma, a dash, a bracketed date ("(octobre 2016)"). */
  private static final Pattern SESSION_END = Pattern.compile("\\s*(?:,|\\s[-–—]\\s|\\(\\s*(?:\\d|\\p{L}+\\s+(?:19|20)\\d{2}\\s*\\))).*$");
  /**
   * A label printed before a symbol ("Document No. 4521-E", "DOCUMENTO SAC-08-05", "Doc.R84-19"),
   * a whole word, with the number sign after it.
   */
  private static final Pattern LEADING_LABEL =
      Pattern.compile("^(?i)(?:(?:symbol|symbole|s[íi]mbolo|signatura|cote(?:\\s+du\\s+document)?|documento|document|doc|r[ée]f|official)(?![\\p{L}])\\.?)\\s*:?\\s*(?:(?:No|Nr|N\\.?[°º])\\.?\\s*:?\\s*)?");
  /** A word of prose: a symbol's last cell with two of them is a session or a title line, no symbol. */
  private static final Pattern LONG_WORD = Pattern.compile("(?<![\\p{L}\\d])\\p{L}{4,}(?![\\p{L}\\d])");
  private static final Pattern HEADING_MARKS = Pattern.compile("^#{1,6}\\s+");
  private static final int MAX_TITLE_LINES = 5;
  /** The longest title: {@value #MAX_TITLE_LINES} full lines. */
  private static final int MAX_TITLE_CHARS = 400;
  private static final int MAX_VENUE_WORDS = 7;
  /**
   * A memo's field: a label of a word or two and a colon, then a gap or the line's end ("To:",
   * "AUX :      CONSEILS ...", "Referencia:  GN-2745-1").
   */
  private static final Pattern MEMO_FIELD = Pattern.compile("\\p{L}[\\p{L}.]{0,15}(?:\\s\\p{L}{1,15})?\\s?:(?:\\s{2,}|\\t|\\s*$)");
  /** The field of a memo that holds its title: "SUBJECT:", "OBJET :", "Asunto:". */
  private static final Pattern SUBJECT_FIELD = Pattern.compile("(?i)(?:subject|object|objet|sujet|asunto|re)\\s?:\\s*");
  /** Roles a title's first line may be given when the lines under it are the title's. */
  private static final Set<LineRole> HEAD_ROLES = EnumSet.of(LineRole.LABEL, LineRole.OTHER);
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

  /**
   * A metadata line ending in a full stop with this many words is a sentence; a line of fewer
   * words ending none (a link, a menu entry) is no running text.
   */
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
    int end = frontEnd(lines);
    List<RoledLine> front = lines.subList(0, end);
    List<String> heads = runningHeads(lines);
    String symbol = symbol(front, heads);
    if (symbol == null) {
      symbol = runningHeadSymbol(lines, heads);
    }
    String session = session(front);
    String title = title(lines, end);
    if (title == null && symbol == null && session == null && front.stream().noneMatch(l -> l.role() == LineRole.BODY && !TextShapes.endsSentence(l.text()))) {
      title = mastheadTitle(front);
    }
    if (title == null) {
      title = titleBelowMetadata(front);
    }
    if (title != null && title.length() > MAX_TITLE_CHARS) {
      title = null; // a run of text no line break cut (junk, a table read as one line), not a title
    }
    return new RoleHeader(title, symbol, session, organizationLines(front), mastheadRuns(front), masthead(front), meetingDates(front), meetingPlace(front), issued(front), year(front, LineRole.VENUE, LineRole.SESSION), issueYear(front), frontLines(lines));
  }

  /**
   * Where the front matter ends: at the first numbered paragraph or item, or the first line of
   * running text (a sentence's end, or a line of {@value #MIN_PROSE_WORDS} words or more) that no
   * header line follows within {@value #HEADER_LOOKAHEAD} lines. A line of the masthead the model
   * took for prose ("Créée en 1952 sous le nom de ...") does not end it before the symbol and title
   * under it.
   */
  private static int frontEnd(List<RoledLine> lines) {
    for (int k = 0; k < lines.size(); k++) {
      if (!BODY_ROLES.contains(lines.get(k).role()) || isDatedNote(lines.get(k))) {
        continue;
      }
      if (lines.get(k).role() != LineRole.PARA_CONT || NUMBERED_SENTENCE.matcher(lines.get(k).text()).lookingAt()) {
        return k; // a numbered paragraph or an item starts the body, whatever follows
      }
      String text = lines.get(k).text().strip();
      if (!TextShapes.endsSentence(text) && TextShapes.wordCount(text) < MIN_PROSE_WORDS) {
        continue; // a few words ending no sentence ("Country website", a link): no running text
      }
      boolean headerFollows = false;
      for (int j = k + 1; j < Math.min(lines.size(), k + 1 + HEADER_LOOKAHEAD); j++) {
        headerFollows |= lines.get(j).role().onlyInHeaders();
      }
      if (!headerFollows) {
        return k;
      }
    }
    return lines.size();
  }

  private static final int HEADER_LOOKAHEAD = 3;

  /**
   * The leading run of front-matter lines, ended by the first line of another role, or by a line
   * that reads as prose whatever role it was given ({@link #isProse}). A paper the roles find no
   * body in keeps all its lines: dropping them would leave nothing to search.
   */
  private static List<RoledLine> frontLines(List<RoledLine> lines) {
    List<RoledLine> out = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      RoledLine line = lines.get(k);
      String text = line.text().strip();
      if (line.line().isBlank() || TextShapes.key(text).isEmpty()) {
        continue; // a blank line or a rule ("______") under the header's blocks
      }
      boolean metadata = isMetadata(line);
      boolean prose = isProse(text, metadata) && !(metadata && headerFollows(lines, k));
      if (!(metadata || PASSED_ROLES.contains(line.role())) || text.length() > MAX_FRONT_LINE || prose) {
        return out;
      }
      out.add(line);
    }
    return List.of();
  }

  /**
   * Whether the next line with words after line {@code k} has a role only a header has: a
   * metadata line that reads as a sentence ("This document is submitted to the Council ...") is
   * still the header's when the governing body or a symbol follows it.
   */
  private static boolean headerFollows(List<RoledLine> lines, int k) {
    for (int j = k + 1; j < lines.size(); j++) {
      if (!TextShapes.key(lines.get(j).text()).isEmpty()) {
        return lines.get(j).role().onlyInHeaders();
      }
    }
    return false;
  }

  /**
   * Whether a line the model put in the front matter reads as the body's prose instead: a
   * numbered sentence (a metadata line that is a date, "27 November 2013", is none), or a sentence of some length ("L.9" ends a symbol, not a sentence); a
   * title or masthead line ending a sentence at all.
   */
  private static boolean isProse(String text, boolean metadata) {
    if (NUMBERED_SENTENCE.matcher(text).lookingAt() && !(metadata && DateSpanParser.parse(text.strip()).isPresent())) {
      return true;
    }
    return TextShapes.endsSentence(text) && (!metadata || TextShapes.wordCount(text) >= MIN_PROSE_WORDS);
  }

  /**
   * Whether a line of {@link #frontLines} is metadata, and no passage: a line of a metadata role,
   * a line of a table of contents under the masthead ("In this issue"), a note in brackets with a
   * date ("(Adopted by the Council at its 554th meeting on 26 November 2013)"), or a memo's field other than its subject whatever role it was given ("Fecha:   12 de noviembre
   * de 2020", "Signatura:   EB 2020/131/R.7").
   */
  static boolean isMetadata(RoledLine line) {
    String text = line.text().strip();
    return METADATA_ROLES.contains(line.role())
        || line.role() == LineRole.CONTENTS
        || (MEMO_FIELD.matcher(text).lookingAt() && !SUBJECT_FIELD.matcher(text).lookingAt())
        || isDatedNote(line);
  }

  /**
   * A note in brackets with a date, under the header's facts ("(Adopted by the Council at its 554th
   * meeting on 26 November 2013)"), whatever role of the body or "other" the model gave it: it
   * dates the paper and starts no paragraph.
   */
  private static boolean isDatedNote(RoledLine line) {
    String text = line.text().strip();
    return NOTE_ROLES.contains(line.role()) && text.length() <= MAX_FRONT_LINE && HeaderLines.isBracketed(text) && HeaderLines.dateInNote(text).isPresent();
  }

  /**
   * Which lines of {@link #frontLines} are the paper's header, and no passage: metadata lines
   * ({@link #isMetadata}), title and subtitle lines that are part of {@code title}, and the
   * masthead, governing body, label, author and furniture lines among them. Where none of the front
   * lines is metadata or the title's, the paper starts with its body (an excerpt, "Introduction"
   * over its first paragraph) and no line is header; a line starting with an enumerator ("I.
   * AWARENESS") is the body's first heading whatever role the model gave it, and so are the lines
   * after it: a heading must never be lost.
   *
   * @param title the paper's title, or null
   */
  static boolean[] headerMask(List<RoledLine> front, String title) {
    String titleKey = title == null ? "" : TextShapes.key(title);
    boolean[] anchor = new boolean[front.size()];
    int last = -1;
    int end = front.size();
    for (int k = 0; k < front.size(); k++) {
      RoledLine line = front.get(k);
      if (ENUMERATED.matcher(line.text()).lookingAt()) {
        end = k;
        break;
      }
      String key = TextShapes.key(line.text());
      boolean inTitle = (line.role() == LineRole.TITLE || line.role() == LineRole.SUBTITLE) && !key.isEmpty() && titleKey.contains(key);
      anchor[k] = isMetadata(line) || inTitle;
      if (anchor[k]) {
        last = k;
      }
    }
    boolean[] mask = new boolean[front.size()];
    for (int k = 0; k < end && last >= 0; k++) {
      mask[k] = anchor[k] || HEADER_ONLY_ROLES.contains(front.get(k).role());
    }
    return mask;
  }

  /** Roles the model may give a dated note in brackets. */
  private static final Set<LineRole> NOTE_ROLES = EnumSet.of(LineRole.OTHER, LineRole.PARA_START, LineRole.PARA_CONT, LineRole.LABEL);

  /** Roles of front lines that are never a passage: they name who issued the paper and how. */
  private static final Set<LineRole> HEADER_ONLY_ROLES =
      EnumSet.of(LineRole.MASTHEAD, LineRole.BODY, LineRole.LABEL, LineRole.AUTHOR, LineRole.FURNITURE);

  /**
   * The symbol of a running head: any series on a later page, or a cell of symbol shape that two
   * of them print ("CM(2012)45" beside the page number); on the first page (a copy whose page breaks
   * were lost) only a line, or a cell of one, that is a symbol and nothing else.
   */
  private static String runningHeadSymbol(List<RoledLine> lines, List<String> heads) {
    for (RoledLine line : lines) {
      if (line.role() == LineRole.FURNITURE) {
        // A later page's running head gives a series, never its page mark ("- 2 -", "Page 3").
        Optional<String> symbol = line.line().page() > 0
            ? Arrays.stream(cells(line.text())).map(RoleHeader::seriesIn).flatMap(Optional::stream).findFirst()
            : HeaderLines.symbol(line.text());
        // A series without a number ("ML/fm", a typist's initials) is no paper's symbol.
        if (symbol.isPresent() && symbol.get().chars().anyMatch(Character::isDigit)) {
          return balanced(symbol.get());
        }
      }
    }
    for (String head : heads) {
      for (String cell : cells(head)) {
        String candidate = balanced(cell.strip());
        if (candidate.split("\\s+").length <= 2 && symbolShaped(candidate) && heads.stream().filter(h -> h.contains(candidate)).count() >= 2) {
          return candidate;
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
        RoledLine above = k > 0 ? lines.get(k - 1) : null;
        if (above != null && Character.isLowerCase(line.text().strip().codePointAt(0)) && HEAD_ROLES.contains(above.role())
            && above.line().page() == line.line().page() && above.line().row() + 1 == line.line().row()) {
          block.add(widestCell(above.text())); // the title's first line, given another role
        }
      }
      String cell = widestCell(SUBJECT_FIELD.matcher(line.text().strip()).replaceFirst(""));
      if (line.line().runOn()) {
        cell = runOnTitle(cell);
      }
      if (block.isEmpty() || !block.get(block.size() - 1).equalsIgnoreCase(cell)) {
        block.add(cell);
      }
      previous = line.line();
    }
    String best = null;
    String cut = null;
    for (List<String> b : blocks) {
      String joined = once(String.join(" ", b).replaceAll("\\s+", " ").strip());
      if (Character.isLowerCase(joined.codePointAt(0))) {
        continue; // the tail of a line of another role ("del Banco Mundial para ..."), not a title
      }
      if (ENDS_SMALL_WORD.matcher(joined).find() && !joined.endsWith(":")) {
        // A block that stops on "the" or "de" is a sentence cut at the line's end, not a title.
        cut = cut == null || joined.length() > cut.length() ? joined : cut;
        continue;
      }
      if (best == null || joined.length() > best.length()) {
        best = joined;
      }
    }
    return best != null ? best : cut;
  }

  /** Words after a participle that say who a paper comes from ("Prepared by", "Présenté par", "Presentado por"). */
  private static final Set<String> AGENT_WORDS = Set.of("by", "par", "por");
  /** An agenda item's number ("14.2", "(5)", "3:"). */
  private static final Pattern REFERENCE_NUMBER = Pattern.compile("\\(?\\d{1,3}(?:\\.\\d{1,3})*[.:)]?");
  /** A paper an agenda reference cites in brackets ("(GOV/2012/30)"). */
  private static final Pattern CITED_SYMBOL = Pattern.compile("\\([^()\\s]*/[^()\\s]*\\)");
  private static final Pattern ELISION = Pattern.compile("^[ld]'");

  /**
   * A title cut out of a run-on line without what the cut left on either side of it: an agenda
   * reference before or after it in brackets ("Provisional agenda item 4.2 ...", "Point 3 de
   * l'ordre du jour provisoire ...", "... (Provisional agenda item 12)") and the line saying who
   * prepared it after it ("(Prepared by the Secretariat)", "Presentado por la Presidencia"), unless
   * a colon or a dash makes it part of the title ("...: Report by the Secretariat"), read
   * with the word lists the line-role model sees ({@link RoleWords}). What stays has a title's
   * few words at least.
   */
  static String runOnTitle(String title) {
    List<String> words = Arrays.asList(title.strip().split("\\s+"));
    int from = agendaReference(words);
    int to = words.size();
    for (int i = from + MIN_TITLE_WORDS; i + 1 < words.size(); i++) {
      String word = words.get(i).startsWith("(") ? words.get(i).substring(1) : words.get(i);
      String before = words.get(i - 1);
      boolean named = before.endsWith(":") || DASH.matcher(" " + before + " ").matches(); // "Gauges: Report by the Secretariat" names it
      if (!named && !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && RoleWords.bundled().categoriesOf(word).contains("author")
          && AGENT_WORDS.contains(RoleWords.fold(words.get(i + 1)))) {
        to = i;
        break;
      }
      if (words.get(i).startsWith("(") && words.get(words.size() - 1).endsWith(")") && agendaReference(words.subList(i, words.size())) == words.size() - i) {
        to = i;
        break;
      }
    }
    if (to - from < MIN_TITLE_WORDS || (from > 0 && !Character.isUpperCase(words.get(from).codePointAt(0)))) {
      return title;
    }
    return String.join(" ", words.subList(from, to));
  }

  /**
   * How many of {@code words}, from the first, make an agenda reference: agenda words, small words,
   * numbers and cited symbols, with an agenda word and a number among them; 0 when they make none.
   */
  private static int agendaReference(List<String> words) {
    boolean agenda = false;
    boolean number = false;
    int i = 0;
    for (; i < words.size(); i++) {
      String word = words.get(i);
      String bare = ELISION.matcher(RoleWords.fold(word)).replaceFirst("");
      if (RoleWords.bundled().categoriesOf(bare).contains("agenda")) {
        agenda = true;
      } else if (REFERENCE_NUMBER.matcher(word).matches()) {
        number = true;
      } else if (!CITED_SYMBOL.matcher(word).matches() && !TitleCase.isSmallWord(bare)) {
        break;
      }
    }
    return agenda && number ? i : 0;
  }

  /**
   * A title printed twice, on one line of a copy that lost its line breaks ("ANNUAL REPORT 2011
   * ANNUAL REPORT 2011"), counted once, as it is when printed on two lines.
   */
  static String once(String title) {
    String[] words = title.split(" ");
    int half = words.length / 2;
    if (half == 0 || words.length % 2 != 0) {
      return title;
    }
    String first = String.join(" ", Arrays.asList(words).subList(0, half));
    return first.equalsIgnoreCase(String.join(" ", Arrays.asList(words).subList(half, words.length))) ? first : title;
  }

  private static boolean isTitleLine(RoledLine line, List<String> block) {
    String text = line.text().strip();
    if (block == null && text.split("\\s+").length <= MAX_VENUE_WORDS && datesIn(text).isPresent()) {
      return false; // "Brussels, 10 December 2019" starting a block: a place and a date, never a title
    }
    Matcher field = MEMO_FIELD.matcher(text);
    if (field.lookingAt() && (!SUBJECT_FIELD.matcher(text).lookingAt() || text.substring(field.end()).isBlank())) {
      return false; // "AUX :  CONSEILS D'ADMINISTRATION", "SUBJECT:" alone: a memo's fields, not its title
    }
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
   * The paper's own symbol. Of the symbols on symbol lines (not a numbered paragraph's first line the
   * model took for one: the series it cites is another paper's), the one the running heads of later pages
   * repeat (a symbol line may cite an earlier paper's, "(GOV/2019/24)"), else the first. Without a
   * symbol line, a symbol the rules know on any front line, then one after its label ("Document
   * No. 4521-E") on a line of any role, then a cell of symbol shape ({@link #symbolShaped}: "CM(2012)45"
   * beside the date) on a front line that is no title, the one the running heads repeat first: the
   * model may give a symbol line of a shape it has not seen another role. A symbol line cut out of a
   * run-on line is read in the parts the layout rules set apart.
   */
  private static String symbol(List<RoledLine> front, List<String> heads) {
    List<String> onSymbolLines = new ArrayList<>();
    for (int i = 0; i < front.size(); i++) {
      RoledLine line = front.get(i);
      if (line.role() == LineRole.SYMBOL && !NUMBERED_PARAGRAPH.matcher(line.text()).lookingAt()) {
        // A symbol line cut out of a run-on line may hold a neighbour's words too ("FOR AGENDA
        // SM/19/142", "198 DI-45/2014"): the layout rules set a symbol apart from them, unless the
        // line holds a series the rules know ("CONFERENCE ROOM PAPER/36").
        boolean apart = line.line().runOn() && HeaderLines.symbol(line.text()).isEmpty();
        List<String> parts = apart ? RunOnLines.BY_RULES.cut(line.text()) : List.of(line.text());
        String before = line.line().runOn() && i > 0 && front.get(i - 1).line().runOn() ? front.get(i - 1).text() : "";
        parts.stream()
            .flatMap(part -> symbolIn(part).filter(s -> s.chars().anyMatch(Character::isDigit)).stream())
            .findFirst()
            .map(s -> withPrefix(before, line.text(), s))
            .ifPresent(onSymbolLines::add);
      }
    }
    if (!onSymbolLines.isEmpty()) {
      return onSymbolLines.stream().filter(s -> repeated(s, heads)).findFirst().orElse(onSymbolLines.get(0));
    }
    for (RoledLine line : front) {
      Optional<String> symbol = HeaderLines.symbol(line.text());
      if (symbol.isPresent() && symbol.get().chars().anyMatch(Character::isDigit)) {
        return symbol.get();
      }
    }
    for (RoledLine line : front) {
      for (String cell : cells(line.text())) {
        Matcher label = LEADING_LABEL.matcher(cell.strip());
        if (label.lookingAt() && label.end() > 0) {
          String rest = balanced(cell.strip().substring(label.end()));
          if (symbolShaped(rest)) {
            return rest;
          }
        }
      }
    }
    List<String> shaped = new ArrayList<>();
    for (RoledLine line : front) {
      if (!UNTITLED_ROLES.contains(line.role())) {
        continue;
      }
      for (String cell : cells(line.text())) {
        String candidate = balanced(cell.strip());
        if (candidate.split("\\s+").length <= 2 && symbolShaped(candidate)) {
          shaped.add(candidate);
        }
      }
    }
    if (!shaped.isEmpty()) {
      return shaped.stream().filter(s -> repeated(s, heads)).findFirst().orElse(shaped.get(0));
    }
    // A line cut out of a run-on line holds no cells: its symbol may stand among a date's or a
    // note's words ("ORB-2015/BOARD.II/6 Basel, January 2015"), the first slash series on it.
    for (RoledLine line : front) {
      if (line.line().runOn() && UNTITLED_ROLES.contains(line.role())) {
        Optional<String> series = seriesIn(line.text()).map(RoleHeader::balanced).filter(s -> s.chars().anyMatch(Character::isDigit));
        if (series.isPresent()) {
          return series.get();
        }
      }
    }
    return null;
  }

  /**
   * A run-on symbol line's symbol with the part the cut left at the end of the line before it: a
   * session's number before a series ("30" and "C/2") or a series before numbers ("ORB" and
   * "2015/2/L.3"), as {@link #SYMBOL} reads a symbol whose parts a space sets apart.
   */
  private static String withPrefix(String before, String line, String symbol) {
    if (before.isEmpty() || !line.strip().startsWith(symbol)) {
      return symbol;
    }
    String[] words = before.strip().split("\\s+");
    String joined = words[words.length - 1] + " " + symbol;
    Matcher whole = SYMBOL.matcher(joined);
    return whole.lookingAt() && whole.end() == joined.length() && SPLIT_PREFIX.matcher(joined).lookingAt() ? joined : symbol;
  }

  /** Where a space sets a symbol's first part apart: capitals before digits, or digits before capitals. */
  private static final Pattern SPLIT_PREFIX = Pattern.compile("\\p{Lu}{2,6}\\s\\d|\\d{1,3}\\s\\p{Lu}");

  /** Roles of front lines a symbol may stand on unlabelled: any but the title's and the author's. */
  private static final Set<LineRole> UNTITLED_ROLES =
      EnumSet.of(LineRole.SYMBOL, LineRole.SESSION, LineRole.AGENDA, LineRole.DATE, LineRole.DISTRIBUTION, LineRole.MASTHEAD, LineRole.BODY, LineRole.LABEL, LineRole.VENUE, LineRole.FURNITURE, LineRole.OTHER);

  /** Whether {@code symbol} stands as a whole word in one of the running heads. */
  private static boolean repeated(String symbol, List<String> heads) {
    Pattern word = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(symbol) + "(?![\\p{L}\\d])");
    return heads.stream().anyMatch(h -> word.matcher(h).find());
  }

  /** The text of the furniture lines after the first page: running heads and feet. */
  private static List<String> runningHeads(List<RoledLine> lines) {
    return lines.stream().filter(l -> l.role() == LineRole.FURNITURE && l.line().page() > 0).map(RoledLine::text).toList();
  }

  /**
   * A symbol without the brackets it is printed in, "(GOV/2019/24)" as "GOV/2019/24": a bracket
   * that closes none the symbol opened, or opens one it never closes, is not the symbol's.
   */
  static String balanced(String symbol) {
    String s = symbol.strip();
    while (s.endsWith(")") && count(s, '(') < count(s, ')')) {
      s = s.substring(0, s.length() - 1).strip();
    }
    while (s.startsWith("(") && count(s, '(') > count(s, ')')) {
      s = s.substring(1).strip();
    }
    return s;
  }

  private static long count(String s, char c) {
    return s.chars().filter(x -> x == c).count();
  }

  /** A period of years ("2017/18", "2015-2016"): digits only, never a symbol. */
  private static final Pattern PERIOD = Pattern.compile("(?:19|20)\\d{2}\\s?[-–/]\\s?(?:19|20)?\\d{2}");
  /** An ordinal or a session's number ("28th", "173e", "98.º"): a session's, never a symbol's. */
  private static final Pattern ORDINAL_TOKEN = Pattern.compile("\\(?\\d{1,3}(?i:st|nd|rd|th|e|er|ère|ème|è|o|a)?\\.?[º°ª]?\\)?[,.]?");
  private static final Pattern SYMBOL_PART = Pattern.compile(".*(?:\\d.*[\\p{L}/().\\-–]|[\\p{L}/().\\-–].*\\d).*");

  /**
   * Whether a cell has the shape of a symbol, whatever its series: a few tokens with a capital
   * letter and a digit, one token joining digits to letters or to a slash, dot, bracket or dash
   * ("CM(2019)61", "R84-19", "4521-E", "G.B.173/7/12", "CEP C 2 2015.1–Doc 7"); never a date, a
   * period of years, an ordinal, a page mark or words of prose.
   */
  static boolean symbolShaped(String cell) {
    String s = cell.strip();
    if (s.isEmpty() || s.length() > 40 || SLASHED_DATE.matcher(s).find() || datesIn(s).isPresent() || LONG_WORD.matcher(s).results().count() >= 2) {
      return false;
    }
    if (s.chars().noneMatch(Character::isUpperCase) || s.chars().noneMatch(Character::isDigit)) {
      return false;
    }
    String[] tokens = s.split("\\s+");
    if (tokens.length > 5) {
      return false;
    }
    for (String token : tokens) {
      if (!PERIOD.matcher(token).matches() && !ORDINAL_TOKEN.matcher(token).matches() && !YEAR.matcher(token).matches() && SYMBOL_PART.matcher(token).matches()) {
        return true;
      }
    }
    return false;
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

  /**
   * The symbol a symbol line holds, the last cell first: a cell that is a symbol whole ({@link
   * #wholeSymbol}), unless a known series reads it otherwise ("CONFERENCE ROOM PAPER/36" is
   * "CRP/36"), else a known series or a slash series in it; else the line's last cell unless it
   * is a date.
   */
  static Optional<String> symbolIn(String text) {
    String[] cells = CELL_GAP.split(text.strip());
    for (int i = cells.length - 1; i >= 0; i--) {
      Optional<String> known = HeaderLines.symbol(cells[i]).map(RoleHeader::balanced);
      Optional<String> whole = wholeSymbol(cells[i]);
      if (whole.isPresent() && (known.isEmpty() || whole.get().contains(known.get()))) {
        return whole;
      }
      if (known.isPresent()) {
        return known;
      }
      Optional<String> found = seriesIn(cells[i]);
      if (found.isPresent()) {
        return found.map(RoleHeader::balanced);
      }
    }
    for (int i = cells.length - 1; i >= 0; i--) {
      String cell = balanced(LEADING_LABEL.matcher(cells[i].strip()).replaceFirst(""));
      if (symbolShaped(cell) || SPACED_SYMBOL.matcher(cell).matches() || (NUMBER_OF_YEAR.matcher(cell).matches() && !PERIOD.matcher(cell).matches())) {
        return Optional.of(cell);
      }
    }
    return Optional.empty();
  }

  /**
   * A symbol's part set apart by a space: capitals, digits and the marks that join them ("CX/CAC",
   * "19/42/9", "C.D.", "(98)", "2019/ACOM:31", "2015.1–Doc"), once the abbreviations a symbol
   * may hold are taken out ({@link #SYMBOL_ABBREVIATION}).
   */
  private static final Pattern SYMBOL_TOKEN = Pattern.compile("[\\p{Lu}\\d(][\\p{Lu}\\d./()*:–-]*|");
  /** Abbreviations a symbol may print in lower case: "Doc.", "nº", "No.", "Rev.", "Add.", "Corr.". */
  private static final Pattern SYMBOL_ABBREVIATION = Pattern.compile("(?i)(?<!\\p{L})(?:doc|rev|add|corr|n[º°o]|nr)(?!\\p{L})");
  private static final int MAX_SYMBOL_TOKENS = 6;

  /**
   * The cell of a symbol line as one symbol, when every token of it is a symbol's part ({@link
   * #SYMBOL_TOKEN}): a series whose parts are set apart by spaces or brackets ("CX/CAC 19/42/9",
   * "UNIDROIT 2019 C.D. (98) 7", "BOD/2019/06 DOC 07", "CM/110/Doc. nº 5", "C XVIII/7"), read
   * whole rather than cut at its first space. A label before it goes ("Official No.:"), and so does
   * a full stop after it ("C.412.1929.V."); a cell without a capital, a digit and a slash or a part
   * joining digits to letters or marks, or holding a date, is no symbol.
   */
  static Optional<String> wholeSymbol(String cell) {
    String s = balanced(LEADING_LABEL.matcher(cell.strip()).replaceFirst(""));
    if (s.endsWith(".") && s.indexOf('.') < s.length() - 1) {
      s = s.substring(0, s.length() - 1);
    }
    String[] tokens = s.split("\\s+");
    if (s.isEmpty() || tokens.length > MAX_SYMBOL_TOKENS || SLASHED_DATE.matcher(s).find() || datesIn(s).isPresent() || PERIOD.matcher(s).matches()) {
      return Optional.empty();
    }
    boolean joined = false;
    for (String token : tokens) {
      if (!SYMBOL_TOKEN.matcher(SYMBOL_ABBREVIATION.matcher(token).replaceAll("")).matches()) {
        return Optional.empty();
      }
      joined |= token.indexOf('/') > 0 || (!PERIOD.matcher(token).matches() && !YEAR.matcher(token).matches() && SYMBOL_PART.matcher(token).matches());
    }
    return joined && s.chars().anyMatch(Character::isUpperCase) && s.chars().anyMatch(Character::isDigit) ? Optional.of(s) : Optional.empty();
  }

  /** A number and the year's last digits alone on a symbol line ("7345/12"). */
  private static final Pattern NUMBER_OF_YEAR = Pattern.compile("\\d{2,6}/\\d{2}");

  /**
   * A symbol whose parts are set apart by spaces, on a symbol line: a series in capitals, then
   * numbers and capitals, three parts at least ("CCDEC 2019 12 GEN"); never a page or item mark.
   */
  private static final Pattern SPACED_SYMBOL = Pattern.compile("(?!PAGE|ITEM|ANNEX|POINT|PUNTO|PART)\\p{Lu}{2,8}(?:(?:\\s\\d{1,4}){2,}(?:\\s\\p{Lu}{1,6})?|\\s\\d{1,4}\\s\\p{Lu}{1,6}(?:\\s\\d{1,4})?)");

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
  private static final Set<LineRole> CONTINUING_ROLES = EnumSet.of(LineRole.TITLE, LineRole.PARA_CONT, LineRole.OTHER, LineRole.SUBTITLE, LineRole.SESSION, LineRole.HEADING, LineRole.LABEL);

  private static final Pattern NUMBERED_SENTENCE = Pattern.compile("\\s*\\d+(\\.\\d+)*\\.?\\s+\\p{Lu}\\p{Ll}");
  /** A numbered paragraph's first line ("1. The Unit revised IN/90 ..."): the series it cites is never the paper's symbol. */
  private static final Pattern NUMBERED_PARAGRAPH = Pattern.compile("\\s*\\d{1,3}(?:\\.\\d+)*\\.\\s+\\p{Lu}\\p{Ll}");

  /**
   * The session on the first session line that starts as one ("30th meeting of ..."), else on a
   * line of another role that does (a session line the model took for a title's), else on the
   * first session line that names one; else on a line of the title block or
   * the governing body that starts as a session line does ({@link #startsASession}: "Trente-deuxième
   * session ordinaire du Conseil ..." printed right above the title) or names a body and a year
   * ("Council 2019").
   */
  private static String session(List<RoledLine> lines) {
    for (RoledLine line : lines) {
      String cell = sessionCell(line.text());
      if (line.role() == LineRole.SESSION && startsASession(cell.strip())) {
        return read(line, sessionOf(cell));
      }
    }
    for (RoledLine line : lines) {
      String text = line.text().strip();
      if (SESSION_HOSTS.contains(line.role()) && startsASession(text)) {
        return read(line, sessionOf(text));
      }
    }
    for (RoledLine line : lines) {
      if (line.role() == LineRole.SESSION && namesASession(line.text())) {
        String session = sessionOf(sessionCell(line.text()));
        if (!session.isEmpty()) {
          return read(line, session);
        }
      }
    }
    for (RoledLine line : lines) {
      String text = line.text().strip();
      if (SESSION_HOSTS.contains(line.role()) && (startsASession(text) || bodyAndYear(text))) {
        return read(line, sessionOf(text));
      }
    }
    // A session printed in a cell of a line the model gave another header role ("Ninety-First
    // Session" beside the symbol, a meeting's name under the masthead, "Thirty-second Meeting of
    // the Board" among the notes).
    for (RoledLine line : lines) {
      if (line.line().page() != 0 || !SESSION_CELL_ROLES.contains(line.role())) {
        continue;
      }
      for (String cell : cells(line.text())) {
        if (startsASession(cell.strip())) {
          return read(line, sessionOf(cell.strip()));
        }
      }
    }
    return null;
  }

  /** A session as read from {@code line}: from a line cut out of a run-on line, {@linkplain #runOnSession trimmed}. */
  private static String read(RoledLine line, String session) {
    return line.line().runOn() ? runOnSession(session) : session;
  }

  /** A session's ordinal written in figures ("86th", "43e", "120.º") or in Roman numerals ("XXV"). */
  private static final Pattern ORDINAL_FIGURES =
      Pattern.compile("\\d{1,3}(?:(?i:st|nd|rd|th|e|er|ère|ème|è)\\.?|\\.?[º°ª])|(?=[IVXLC]{2})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})|C{1,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})");
  /** The most words between a session's ordinal and the noun naming it ("Thirty-Fifth Ordinary Session"). */
  private static final int ORDINAL_TO_NOUN = 3;

  /**
   * A session cut out of a run-on line without what the cut left on either side of it: the body's
   * name before its ordinal ("Trade and Development Board Sixty-sixth session") and, after the noun
   * naming it, a place, a number, a symbol or a bracket that does not go on with it ("Twelfth
   * session Beirut", "Fifty-Fifth Session 2", "66th meeting EC/67/SC/CRP.12"), while small words,
   * the names they bring in and the words of a session go on ("... Session of the Council of
   * Ministers"). Read with the role model's word lists ({@link RoleWords}).
   */
  static String runOnSession(String session) {
    if (session == null) {
      return null;
    }
    List<String> words = Arrays.asList(session.strip().split("\\s+"));
    int noun = -1;
    int from = 0;
    for (int i = 0; i < words.size() && noun < 0; i++) {
      if (isOrdinal(words.get(i))) {
        for (int j = i + 1; j <= i + ORDINAL_TO_NOUN && j < words.size(); j++) {
          if (SESSION_NOUNS.contains(RoleWords.fold(words.get(j)))) {
            noun = j;
            from = i;
            break;
          }
        }
      }
    }
    if (noun < 0) {
      return session;
    }
    boolean onlySmallBefore = words.subList(0, from).stream().allMatch(w -> TitleCase.isSmallWord(RoleWords.fold(w)));
    if (onlySmallBefore) {
      from = 0; // "The 51st ... Meeting": the article is the session's
    }
    int to = noun + 1;
    boolean named = false; // a small word brought in a name ("of the Energy Charter Conference"): it goes on
    while (to < words.size()) {
      String word = words.get(to);
      String folded = RoleWords.fold(word);
      List<String> categories = RoleWords.bundled().categoriesOf(folded);
      boolean small = TitleCase.isSmallWord(folded);
      boolean year = YEAR.matcher(word).matches();
      boolean inName = named || TitleCase.isSmallWord(RoleWords.fold(words.get(to - 1)));
      boolean goesOn =
          !word.startsWith("(")
              && !word.contains("/")
              && (year || !word.chars().allMatch(Character::isDigit))
              && (Character.isLowerCase(word.codePointAt(0)) || small || inName || year || categories.contains("session") || categories.contains("body"))
              && !categories.contains("venue")
              && !categories.contains("agenda");
      if (!goesOn) {
        break;
      }
      named = (named || small) && !year; // "de l'année 2016": the year ends it
      to++;
    }
    String trimmed = String.join(" ", words.subList(from, to));
    // "(Second meeting)" printed in brackets under the body's name: the session without them.
    return trimmed.startsWith("(") && trimmed.endsWith(")") && count(trimmed, '(') == 1 && count(trimmed, ')') == 1
        ? trimmed.substring(1, trimmed.length() - 1)
        : trimmed;
  }

  /** Whether {@code word} is a session's ordinal: in words ("Seventy-fifth", "cent") or in figures. */
  private static boolean isOrdinal(String word) {
    if (ORDINAL_FIGURES.matcher(word).matches()) {
      return true;
    }
    for (String part : RoleWords.fold(word).split("-")) {
      if (RoleWords.bundled().categoriesOf(part).contains("ordinal")) {
        return true;
      }
    }
    return false;
  }

  /** Roles of lines that may print the session in a cell of their own. */
  private static final Set<LineRole> SESSION_CELL_ROLES =
      EnumSet.of(LineRole.MASTHEAD, LineRole.BODY, LineRole.SYMBOL, LineRole.DATE, LineRole.DISTRIBUTION, LineRole.LABEL, LineRole.AGENDA);

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
        return withoutDates(SESSION_END.matcher(part.strip()).replaceFirst("").strip());
      }
    }
    return withoutDates(SESSION_END.matcher(cell).replaceFirst("").strip());
  }

  /**
   * A session without the dates a line in two columns set after it ("140th session 12 December
   * 2016", the issue date printed beside the session once the columns are joined).
   */
  private static String withoutDates(String session) {
    int dates = trailingDate(session);
    return dates > 0 ? session.substring(0, dates).strip() : session;
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
      List<String> cells = run.stream().map(line -> firstCell(TextShapes.closeSpacing(line.text()))).toList();
      if (cells.size() > 1) {
        joined.add(String.join(" ", cells));
      }
      run.forEach(line -> single.add(TextShapes.closeSpacing(line.text())));
    }
    joined.addAll(single);
    return joined;
  }

  private static List<List<String>> mastheadRuns(List<RoledLine> lines) {
    List<List<String>> out = new ArrayList<>();
    for (List<RoledLine> run : runs(lines, LineRole.MASTHEAD)) {
      List<String> texts = run.stream().map(line -> TextShapes.closeSpacing(line.text())).toList();
      out.add(texts.stream().map(RoleHeader::firstCell).toList());
      if (texts.stream().anyMatch(text -> cells(text).length > 1)) {
        out.add(texts.stream().map(RoleHeader::cells).map(c -> c[c.length - 1].strip()).toList());
      }
    }
    return out;
  }

  /**
   * The title of a paper whose header the model read as a masthead alone, with no symbol, session
   * or governing body under it (a sentence given the body's role is none): a paper without a masthead, whose first lines are its title ("REPORT
   * BY THE WORKING GROUP ..." over two lines, a newsletter's name). It is the first run of masthead
   * lines, up to an enumerator standing alone ("I."), or null.
   */
  private static String mastheadTitle(List<RoledLine> front) {
    for (List<RoledLine> run : runs(front, LineRole.MASTHEAD)) {
      List<String> parts = new ArrayList<>();
      for (RoledLine line : run) {
        String text = widestCell(line.text());
        if (ENUMERATOR_ALONE.matcher(text).matches() || ENUMERATED.matcher(text).lookingAt() || TextShapes.endsSentence(text)) {
          break;
        }
        parts.add(text);
      }
      if (!parts.isEmpty() && parts.size() <= MAX_TITLE_LINES && !TextShapes.isTopLevelWord(parts.get(0))) {
        return String.join(" ", parts).replaceAll("\\s+", " ").strip();
      }
      return null;
    }
    return null;
  }

  /**
   * The title of a paper none of whose lines the model called a title: the lines printed right
   * under its last metadata line (symbol, session, date, ...) that the model gave a role a title
   * is often mistaken for (label, author, subtitle, other), up to the body; or null. A title stands
   * between the header's facts and the body.
   */
  private static String titleBelowMetadata(List<RoledLine> front) {
    int last = -1;
    for (int k = 0; k < front.size(); k++) {
      if (isMetadata(front.get(k)) && front.get(k).line().page() == 0) {
        last = k;
      }
    }
    if (last < 0) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    PrintedLine previous = null;
    for (int k = last + 1; k < front.size() && parts.size() < MAX_TITLE_LINES; k++) {
      RoledLine line = front.get(k);
      String text = widestCell(line.text());
      if (line.line().isBlank() || TextShapes.key(text).isEmpty()) {
        continue;
      }
      if (!TITLE_LIKE_ROLES.contains(line.role()) || ENUMERATED.matcher(text).lookingAt() || TextShapes.endsSentence(text) || line.line().page() != 0) {
        break;
      }
      if (TITLE_LABEL.matcher(text).lookingAt() || MEMO_FIELD.matcher(text).lookingAt()) {
        continue; // "RESOLUTION No. 1265" above the title
      }
      if (previous != null && line.line().row() != previous.row() + 1 && !parts.isEmpty()) {
        break;
      }
      parts.add(text);
      previous = line.line();
    }
    return parts.isEmpty() ? null : String.join(" ", parts).replaceAll("\\s+", " ").strip();
  }

  /** Roles the model may give a title's lines when it takes them for something else. */
  private static final Set<LineRole> TITLE_LIKE_ROLES = EnumSet.of(LineRole.LABEL, LineRole.AUTHOR, LineRole.SUBTITLE, LineRole.OTHER);

  private static final Pattern ENUMERATOR_ALONE = Pattern.compile("(?:[IVXLC]{1,6}|\\d{1,2}|\\p{Lu})[.)]?");

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
        return widestCell(TextShapes.closeSpacing(line.text()));
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
      int tail = trailingDate(cell);
      if (tail > 0) {
        return DateSpanParser.parse(cell.substring(tail));
      }
    }
    return Optional.empty();
  }

  /** Where the dates that end {@code cell} start, after a word of something else; -1 when it ends with none. */
  private static int trailingDate(String cell) {
    Matcher word = WORD_START.matcher(cell);
    while (word.find()) {
      if (word.start() > 0 && DateSpanParser.parse(cell.substring(word.start())).isPresent()) {
        return word.start();
      }
    }
    return -1;
  }

  /**
   * The dates on the first venue line (or date line that reads as a meeting's, {@link
   * #isMeetingDate}), else in the session cell of the first session line (a date
   * in another cell of a session line is the issue date).
   */
  private static DateSpan meetingDates(List<RoledLine> lines) {
    for (LineRole role : List.of(LineRole.VENUE, LineRole.SESSION)) {
      for (RoledLine line : lines) {
        if ((line.role() == role || (role == LineRole.VENUE && isMeetingDate(line))) && line.line().page() == 0) {
          Optional<DateSpan> dates = datesIn(meetingPart(line));
          if (dates.isEmpty() && role == LineRole.VENUE && HeaderLines.isBracketed(line.text())) {
            dates = HeaderLines.dateInNote(line.text()); // "(2-4 February 1999)" under the title
          }
          if (dates.isPresent()) {
            return dates.get();
          }
        }
      }
    }
    return null;
  }

  /**
   * The place on the first venue line printed with its dates ("Geneva, 4-6 May 2010"), else on a
   * session line that goes on with them ("320th Session, Geneva, 13-27 March 2014").
   */
  private static String meetingPlace(List<RoledLine> lines) {
    for (RoledLine line : lines) {
      if (line.line().page() != 0) {
        continue;
      }
      Optional<HeaderLines.PlaceAndDate> where =
          line.role() == LineRole.VENUE || isMeetingDate(line)
              ? HeaderLines.placeAndDate(line.text())
              : line.role() == LineRole.SESSION ? HeaderLines.sessionAndMeeting(line.text()).map(HeaderLines.SessionAndMeeting::meeting) : Optional.empty();
      if (where.isPresent() && where.get().place() != null) {
        return where.get().place();
      }
    }
    return null;
  }

  /**
   * Whether a line the model took for the issue date gives a meeting's place and dates instead
   * ("Geneva, 29 November-2 December 2005"): a place before the dates, or a range of days. A day or
   * a month alone is when the paper was issued.
   */
  private static boolean isMeetingDate(RoledLine line) {
    if (line.role() != LineRole.DATE) {
      return false;
    }
    Optional<HeaderLines.PlaceAndDate> when = HeaderLines.placeAndDate(line.text());
    if (when.isEmpty()) {
      return false;
    }
    DateSpan dates = when.get().dates();
    boolean oneDay = dates.start().equals(dates.end());
    boolean oneMonth = dates.start().getDayOfMonth() == 1 && dates.end().equals(dates.start().withDayOfMonth(dates.start().lengthOfMonth()));
    return when.get().place() != null || !(oneDay || oneMonth);
  }

  private static String meetingPart(RoledLine line) {
    return line.role() == LineRole.SESSION ? sessionCell(line.text()) : line.text();
  }


  /**
   * The date on the first date line (or symbol line holding a date and no symbol); else a day standing in a cell of its own beside the symbol or
   * the session ("Cent trente-deuxième session      14 décembre 2012"): a single day there is the
   * issue date, the meeting's are a range or follow a place.
   */
  private static DateSpan issued(List<RoledLine> lines) {
    for (RoledLine line : lines) {
      // A symbol line that holds a date and no symbol ("May 2004" under a newsletter's name) is the date's.
      boolean dated = (line.role() == LineRole.DATE && !isMeetingDate(line)) || (line.role() == LineRole.SYMBOL && HeaderLines.symbol(line.text()).isEmpty() && !symbolShaped(line.text().strip()));
      if (dated && line.line().page() == 0) {
        Optional<DateSpan> date = datesIn(line.text());
        if (date.isPresent()) {
          return date.get();
        }
      }
    }
    for (RoledLine line : lines) {
      String[] cells = cells(line.text());
      if (!DATED_ROLES.contains(line.role()) || line.line().page() != 0 || cells.length < 2) {
        continue;
      }
      for (int i = 1; i < cells.length; i++) {
        String cell = cells[i].strip();
        // The day may follow the place it was issued in ("PARIS, 3 August 2021").
        Optional<DateSpan> day = DateSpanParser.parse(cell).or(() -> HeaderLines.placeAndDate(cell).map(HeaderLines.PlaceAndDate::dates));
        if (day.isPresent() && day.get().start().equals(day.get().end())) {
          return day.get();
        }
      }
    }
    return null;
  }

  /** Roles of lines that may print the issue date in a cell beside what they state. */
  private static final Set<LineRole> DATED_ROLES = EnumSet.of(LineRole.SYMBOL, LineRole.SESSION, LineRole.BODY, LineRole.DISTRIBUTION, LineRole.MASTHEAD);

  /** A date written with slashes alone in its cell ("7/5/18"): its year, the last number. */
  private static final Pattern SLASHED_DAY = Pattern.compile("\\d{1,2}/\\d{1,2}/(\\d{4}|\\d{2})");

  /**
   * The issue year: of the date line, else of a date written with slashes alone in a cell of a
   * front line ("7/5/18"), whose day and month may be either way round but whose year is plain.
   */
  private static Integer issueYear(List<RoledLine> lines) {
    Integer year = year(lines, LineRole.DATE);
    if (year != null) {
      return year;
    }
    for (RoledLine line : lines) {
      if (line.line().page() != 0 || !METADATA_ROLES.contains(line.role())) {
        continue;
      }
      for (String cell : cells(line.text())) {
        Matcher m = SLASHED_DAY.matcher(cell.strip());
        if (m.matches()) {
          int y = Integer.parseInt(m.group(1));
          return y < 100 ? (y < 50 ? 2000 + y : 1900 + y) : y;
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
