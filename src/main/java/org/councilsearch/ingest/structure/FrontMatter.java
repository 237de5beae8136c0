package org.councilsearch.ingest.structure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
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
  private final String firstLine;

  private FrontMatter(
      BitSet skipped,
      String title,
      String symbol,
      String session,
      String meetingPlace,
      DateSpan meetingDates,
      String firstLine) {
    this.skipped = skipped;
    this.title = title;
    this.titleKey = title == null ? null : TextShapes.key(title);
    this.symbol = symbol;
    this.session = session;
    this.meetingPlace = meetingPlace;
    this.meetingDates = meetingDates;
    this.firstLine = firstLine;
  }

  static FrontMatter read(List<Line> lines) {
    BitSet skipped = new BitSet();
    List<String> titleParts = new ArrayList<>();
    String title = null;
    String titleKey = null;
    String symbol = null;
    String session = null;
    String place = null;
    DateSpan dates = null;
    int lastTitleLine = -2;
    int seen = 0;
    scan:
    for (int i = 0; i < lines.size() && seen < MAX_LINES; i++) {
      Line line = lines.get(i);
      if (line.kind() == LineKind.BLANK || line.kind() == LineKind.RULE) {
        if (line.kind() == LineKind.RULE) {
          skipped.set(i);
        }
        continue;
      }
      seen++;
      String p = line.plain();
      if (titleKey == null && !titleParts.isEmpty() && lastTitleLine != i - 1) {
        title = String.join(" ", titleParts);
        titleKey = TextShapes.key(title);
      }
      switch (line.kind()) {
        case MD_HEADING -> {
          if (titleKey != null && TextShapes.key(p).equals(titleKey)) {
            skipped.set(i);
            continue;
          }
          if (titleKey == null && titleParts.isEmpty() && line.mdLevel() <= 2 && isTitleCandidate(p)) {
            titleParts.add(p);
            skipped.set(i);
            title = p;
            titleKey = TextShapes.key(p);
            continue;
          }
          break scan;
        }
        case TEXT -> {
          // handled below
        }
        default -> {
          break scan;
        }
      }
      if (p.length() > 200 || (TextShapes.wordCount(p) > 15 && TextShapes.endsSentence(p))) {
        break;
      }
      if (HeaderLines.isOrganisationName(p)) {
        skipped.set(i);
        continue;
      }
      Optional<String> sym = HeaderLines.symbol(p);
      if (sym.isPresent()) {
        symbol = symbol == null ? sym.get() : symbol;
        skipped.set(i);
        continue;
      }
      Optional<String> ses = HeaderLines.session(p);
      if (ses.isPresent()) {
        session = session == null ? ses.get() : session;
        skipped.set(i);
        continue;
      }
      Optional<HeaderLines.PlaceAndDate> when = HeaderLines.placeAndDate(p);
      if (when.isPresent()) {
        if (dates == null) {
          dates = when.get().dates();
          place = when.get().place();
        }
        skipped.set(i);
        continue;
      }
      if (HeaderLines.isDistributionNote(p)) {
        skipped.set(i);
        continue;
      }
      if (titleKey != null && TextShapes.key(p).equals(titleKey)) {
        skipped.set(i);
        continue;
      }
      if (TextShapes.endsSentence(p)) {
        break; // a sentence: the body has begun
      }
      boolean continuesTitle = !titleParts.isEmpty() && lastTitleLine == i - 1;
      if (titleKey == null
          && (titleParts.isEmpty() || continuesTitle)
          && titleParts.size() < MAX_TITLE_LINES
          && isTitleCandidate(p)) {
        titleParts.add(p);
        lastTitleLine = i;
        skipped.set(i);
      }
    }
    if (titleKey == null && !titleParts.isEmpty()) {
      title = String.join(" ", titleParts);
    }
    return new FrontMatter(skipped, title, symbol, session, place, dates, firstMeaningfulLine(lines));
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

  /** The first line of the paper with words in it, or null. */
  String firstLine() {
    return firstLine;
  }
}
