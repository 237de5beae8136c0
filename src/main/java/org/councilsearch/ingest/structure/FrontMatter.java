package org.councilsearch.ingest.structure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.councilsearch.model.DateSpan;

/**
 * The header of a paper, read from its first lines up to where the body starts (the first
 * numbered paragraph, Roman-numbered heading, bullet or annex, or the first line of prose): the
 * organisation's name, symbol, session, meeting place and dates, distribution notes and the
 * paper's own title. These lines are metadata, and the segmenter skips them; so does it skip any
 * later repetition of the title (a paper that prints its title twice, a Markdown heading that
 * repeats it). Lines of the header that are none of these, such as "INTRODUCTION", stay in the body.
 */
final class FrontMatter {
  /** Non-blank lines examined at most. */
  static final int MAX_LINES = 40;

  private static final int MAX_TITLE_LINES = 4;

  private final BitSet skipped;
  private final String title;
  private final String titleKey;
  private final String symbol;
  private final String session;
  private final String meetingPlace;
  private final DateSpan meetingDates;
  private final DateSpan issued;
  private final List<String> headerLines;
  private final String firstLine;

  private FrontMatter(
      BitSet skipped,
      String title,
      String symbol,
      String session,
      String meetingPlace,
      DateSpan meetingDates,
      DateSpan issued,
      List<String> headerLines,
      String firstLine) {
    this.skipped = skipped;
    this.title = title;
    this.titleKey = title == null ? null : TextShapes.key(title);
    this.symbol = symbol;
    this.session = session;
    this.meetingPlace = meetingPlace;
    this.meetingDates = meetingDates;
    this.issued = issued;
    this.headerLines = headerLines;
    this.firstLine = firstLine;
  }

  static FrontMatter read(List<Line> lines) {
    Scan scan = new Scan();
    int seen = 0;
    loop:
    for (int i = 0; i < lines.size() && seen < MAX_LINES; i++) {
      Line line = lines.get(i);
      if (line.kind() == LineKind.BLANK || line.kind() == LineKind.RULE || line.kind() == LineKind.CONTENTS) {
        if (line.kind() == LineKind.RULE) {
          scan.skipped.set(i);
        }
        continue;
      }
      seen++;
      String p = line.plain();
      scan.header.add(p);
      switch (line.kind()) {
        case MD_HEADING -> {
          if (scan.isTitle(p)) {
            scan.skipped.set(i);
            continue;
          }
          if (scan.blocks.isEmpty() && line.mdLevel() <= 2 && isTitleCandidate(p)) {
            scan.candidate(i, p, true);
            scan.skipped.set(i);
            continue;
          }
          break loop;
        }
        case TEXT -> {
          // read below
        }
        default -> {
          break loop;
        }
      }
      if (HeaderLines.isSubmissionNote(p)) {
        scan.skipped.set(i);
        continue;
      }
      if (p.length() > 200 || (TextShapes.wordCount(p) > 15 && TextShapes.endsSentence(p))) {
        break;
      }
      // Two columns run together in extraction: "EXECUTIVE BOARD      EB140/40".
      scan.continuesBodyName = scan.inBodyName && lines.get(i - 1).kind() != LineKind.BLANK;
      scan.inBodyName = false;
      String[] cells = CELL_GAP.split(line.text().strip());
      boolean known;
      if (cells.length > 1) {
        known = true;
        for (String cell : cells) {
          known &= scan.headerFact(LineClassifier.plain(cell));
        }
      } else {
        known = scan.headerFact(p);
      }
      if (known) {
        scan.skipped.set(i);
        continue;
      }
      if (scan.isTitle(p)) {
        scan.skipped.set(i);
        continue;
      }
      if (HeaderLines.isBoxHeading(p) || TextShapes.endsSentence(p)) {
        scan.endBlock();
        if (TextShapes.endsSentence(p)) {
          break; // a sentence: the body has begun
        }
        continue;
      }
      if (isTitleCandidate(p) || isColonTitle(p)) {
        scan.candidate(i, p, false);
      } else {
        scan.endBlock();
      }
    }
    return scan.finish(lines);
  }

  /** Two or more columns of a header line, set apart by a run of spaces. */
  private static final Pattern CELL_GAP = Pattern.compile("\\s{3,}");

  /** "Human resources: annual report": a title with a colon, which no header field is. */
  private static boolean isColonTitle(String p) {
    int colon = p.indexOf(':');
    if (colon <= 0 || colon == p.length() - 1 || !TextShapes.isFieldLine(p)) {
      return false;
    }
    String label = p.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
    return !FIELD_LABELS.contains(label)
        && TextShapes.wordCount(p) >= 3
        && !TextShapes.endsSentence(p)
        && TextShapes.startsLikeHeading(p)
        && p.length() <= 250;
  }

  private static final java.util.Set<String> FIELD_LABELS =
      java.util.Set.of(
          "date", "dated", "original", "distr", "distr.", "distribution", "symbol", "document",
          "languages", "language", "item", "agenda item", "subject", "ref", "reference", "page");

  /** What the scan has gathered so far. */
  private static final class Scan {
    final BitSet skipped = new BitSet();
    final List<String> header = new ArrayList<>();
    final List<Block> blocks = new ArrayList<>();
    Block open;
    boolean afterAgendaItem;
    /** The line before named a body, whose name may go on over the next lines. */
    boolean inBodyName;
    boolean continuesBodyName;
    /** The body's name so far ends with a word after which it must go on ("of the"). */
    boolean bodyNameOpen;
    String symbol;
    String session;
    String place;
    DateSpan meeting;
    DateSpan issued;

    /** Reads one header fact from a line or cell; false when it is none. */
    boolean headerFact(String p) {
      if (p.isEmpty()) {
        return true;
      }
      if (HeaderLines.isOrganisationName(p) || HeaderLines.isBodyName(p) || HeaderLines.isBodyNameFrenchOrSpanish(p)) {
        endBlock();
        inBodyName = true;
        bodyNameOpen = TextShapes.endsWithJoiner(p);
        return true;
      }
      Optional<String> sym = HeaderLines.symbol(p);
      if (sym.isPresent()) {
        symbol = symbol == null ? sym.get() : symbol;
        endBlock();
        return true;
      }
      Optional<HeaderLines.SessionAndMeeting> both = HeaderLines.sessionAndMeeting(p);
      if (both.isPresent()) {
        session = session == null ? both.get().session() : session;
        meeting(both.get().meeting().place(), both.get().meeting().dates());
        endBlock();
        return true;
      }
      Optional<String> ses = HeaderLines.session(p);
      if (ses.isPresent()) {
        session = session == null ? ses.get() : session;
        endBlock();
        return true;
      }
      Optional<DateSpan> issue = HeaderLines.issueDate(p);
      if (issue.isPresent()) {
        issued = issued == null ? issue.get() : issued;
        endBlock();
        return true;
      }
      Optional<HeaderLines.PlaceAndDate> when = HeaderLines.placeAndDate(p);
      if (when.isPresent()) {
        DateSpan dates = when.get().dates();
        boolean oneDay = dates.start().equals(dates.end());
        boolean oneMonth = dates.start().getDayOfMonth() == 1 && dates.end().equals(dates.start().withDayOfMonth(dates.start().lengthOfMonth()));
        if (when.get().place() == null && (oneDay || oneMonth)) {
          // A day or month alone under the symbol is when the paper was issued, not when its meeting sat.
          issued = issued == null ? dates : issued;
        } else {
          meeting(when.get().place(), dates);
        }
        endBlock();
        return true;
      }
      if (HeaderLines.isBracketed(p)) {
        HeaderLines.dateInNote(p).ifPresent(d -> meeting(null, d));
        endBlock();
        return true;
      }
      if (HeaderLines.isAgendaItem(p)) {
        endBlock();
        afterAgendaItem = true;
        return true;
      }
      if (HeaderLines.isDistributionNote(p) || HeaderLines.isLabel(p)) {
        endBlock();
        return true;
      }
      // "EXECUTIVE COMMITTEE OF THE" goes on whatever the case; a name in title case goes on as well.
      if (continuesBodyName && ((bodyNameOpen && !TextShapes.endsSentence(p)) || HeaderLines.continuesBodyName(p))) {
        inBodyName = true;
        bodyNameOpen = TextShapes.endsWithJoiner(p);
        return true;
      }
      return false;
    }

    void meeting(String where, DateSpan dates) {
      if (meeting == null) {
        meeting = dates;
        place = where;
      }
    }

    void candidate(int index, String p, boolean whole) {
      if (open != null && open.last == index - 1 && open.lines.size() < MAX_TITLE_LINES && !whole) {
        open.add(index, p);
        return;
      }
      endBlock();
      open = new Block(afterAgendaItem);
      open.add(index, p);
      afterAgendaItem = false;
      if (whole) {
        endBlock();
      }
    }

    void endBlock() {
      if (open != null) {
        blocks.add(open);
        open = null;
      }
    }

    /** Whether a line repeats a title read before it. */
    boolean isTitle(String p) {
      String key = TextShapes.key(p);
      if (key.isEmpty()) {
        return false;
      }
      Block earlier = blocks.isEmpty() ? open : blocks.get(0);
      return earlier != null && key.equals(TextShapes.key(earlier.text()));
    }

    /**
     * The first block of title lines; but the name of an agenda item ("Item 2 of the provisional
     * agenda", then "UNDP: Annual report of the Administrator") gives way to a title after it.
     */
    Block chosen() {
      if (blocks.isEmpty()) {
        return null;
      }
      Block first = blocks.get(0);
      return first.afterAgendaItem && blocks.size() > 1 ? blocks.get(1) : first;
    }

    FrontMatter finish(List<Line> lines) {
      endBlock();
      Block title = chosen();
      if (title != null) {
        for (Block block : blocks) {
          block.lines.forEach(skipped::set);
          if (block == title) {
            break;
          }
        }
      }
      return new FrontMatter(
          skipped,
          title == null ? null : title.text(),
          symbol,
          session,
          place,
          meeting,
          issued,
          List.copyOf(header),
          firstMeaningfulLine(lines));
    }
  }

  /** Consecutive lines that could be the paper's title. */
  private static final class Block {
    final boolean afterAgendaItem;
    final List<Integer> lines = new ArrayList<>();
    final List<String> parts = new ArrayList<>();
    int last = -2;

    Block(boolean afterAgendaItem) {
      this.afterAgendaItem = afterAgendaItem;
    }

    void add(int index, String p) {
      lines.add(index);
      parts.add(p);
      last = index;
    }

    String text() {
      return String.join(" ", parts);
    }
  }

  private static boolean isTitleCandidate(String p) {
    return p.length() <= 250
        && !TextShapes.isTopLevelWord(p)
        && TextShapes.startsLikeHeading(p)
        && !TextShapes.endsSentence(p)
        && !TextShapes.isFieldLine(p)
        && letters(p) >= 3;
  }

  private static int letters(String s) {
    int count = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        count++;
      }
    }
    return count;
  }

  /** The first line with some words in it, for a title of last resort. */
  private static String firstMeaningfulLine(List<Line> lines) {
    for (Line line : lines) {
      String p = line.kind() == LineKind.BLANK || line.kind() == LineKind.RULE ? "" : line.plain();
      if (letters(p.length() > 400 ? p.substring(0, 400) : p) >= 3
          && !TextShapes.isTopLevelWord(p)) {
        return p;
      }
    }
    return null;
  }

  /**
   * This header, also skipping the paper's leading lines that the roles call metadata: the clean
   * lines are matched to {@code frontLines} by their text (a clean line may join several printed
   * ones, and is metadata when all of them are), up to the first line of content that is neither
   * skipped already nor made of them.
   */
  FrontMatter skippingAlso(List<Line> lines, List<RoledLine> frontLines) {
    List<String> keys = frontLines.stream().map(l -> TextShapes.key(l.text())).toList();
    BitSet more = (BitSet) skipped.clone();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.kind() == LineKind.BLANK || line.kind() == LineKind.RULE || skipped.get(i)) {
        continue;
      }
      Boolean isMetadata = metadata(TextShapes.key(line.text()), keys, frontLines);
      if (isMetadata == null) {
        break;
      }
      if (isMetadata) {
        more.set(i);
      }
    }
    return new FrontMatter(more, title, symbol, session, meetingPlace, meetingDates, issued, headerLines, firstLine);
  }

  /** Whether the run of front lines that {@code key} is made of is all metadata; null when no run is. */
  private static Boolean metadata(String key, List<String> keys, List<RoledLine> front) {
    if (key.isEmpty()) {
      return null;
    }
    for (int start = 0; start < keys.size(); start++) {
      StringBuilder joined = new StringBuilder();
      boolean all = true;
      for (int end = start; end < keys.size() && !keys.get(end).isEmpty(); end++) {
        joined.append(keys.get(end));
        all &= RoleHeader.isMetadata(front.get(end));
        if (joined.length() >= key.length() || !key.startsWith(joined.toString())) {
          if (joined.toString().equals(key)) {
            return all;
          }
          break;
        }
      }
    }
    return null;
  }

  boolean skips(int lineIndex) {
    return skipped.get(lineIndex);
  }

  /** Whether a heading merely repeats the paper's title. */
  boolean isTitle(String text) {
    return titleKey != null && !titleKey.isEmpty() && TextShapes.key(text).equals(titleKey);
  }

  /** The paper's own title as printed, lines joined, or null. */
  String title() {
    return title;
  }

  String symbol() {
    return symbol;
  }

  String session() {
    return session;
  }

  String meetingPlace() {
    return meetingPlace;
  }

  DateSpan meetingDates() {
    return meetingDates;
  }

  /** When the paper was issued ("24 May 2016", a newsletter's "June 2007"), or null. */
  DateSpan issued() {
    return issued;
  }

  /** The header's lines as read, for what they say about the paper's organization. */
  List<String> headerLines() {
    return headerLines;
  }

  /** The first line of the paper with words in it, or null. */
  String firstLine() {
    return firstLine;
  }
}
