package org.councilsearch.ingest.structure;

import static org.councilsearch.ingest.structure.BlockReader.NOT_MINE;
import static org.councilsearch.ingest.structure.Reading.ANNEX_LEVEL;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.councilsearch.ingest.structure.HeadingPath.Entry;
import org.councilsearch.ingest.structure.HeadingPath.Origin;
import org.councilsearch.model.PassageKind;

/**
 * The readers of headings, which are not passages but make the section path: Markdown headings,
 * Roman-numbered ones ("II. ACTIVITIES IN 2003", also with the title on a later line), numbered
 * ones the line-role model reads as headings ("1. ANTECEDENTES") or over paragraphs numbered
 * within them ("1. PURPOSE" over "1.1 ..."), lettered ones ("A. Organization of ..."; in an annex, its items), unmarked ones (a title-like line, or
 * two or three wrapped ones, standing between a finished sentence and a numbered paragraph) and a
 * bullet line standing directly above a numbered paragraph. Stateless.
 */
final class HeadingReader {
  private static final Set<Origin> EXPLICIT_TOPS = EnumSet.of(Origin.EXPLICIT, Origin.ANNEX);
  private static final Set<Origin> EXPLICIT_ANY =
      EnumSet.of(Origin.EXPLICIT, Origin.ANNEX, Origin.SUB, Origin.NUMBERED, Origin.ANNEX_ITEM);

  /** The headings a numbered heading nests under. */
  private static final Set<Origin> ABOVE_NUMBERED = EnumSet.of(Origin.EXPLICIT, Origin.SUB);

  private final AnnexReader annexes;

  HeadingReader(AnnexReader annexes) {
    this.annexes = annexes;
  }

  /** A Markdown heading line; "# Annex II" opens an annex. */
  int markdown(Reading r, int i) {
    Line line = r.line(i);
    if (line.kind() != LineKind.MD_HEADING) {
      return NOT_MINE;
    }
    r.flush();
    r.markers.clear();
    if (LineClassifier.annex(line.plain()) != null) {
      return annexes.annex(r, i);
    }
    markdownHeading(r, line);
    return i + 1;
  }

  /** "II. ACTIVITIES IN 2003", or "II." with its title on the next line. */
  int roman(Reading r, int i) {
    if (r.line(i).kind() != LineKind.ROMAN || !acceptsHeadingLabel(r, i)) {
      return NOT_MINE;
    }
    r.flush();
    r.markers.clear();
    return romanHeading(r, i);
  }

  /**
   * A numbered line the line-role model reads as a heading ("1. ANTECEDENTES", "2.1 Scope"): its
   * number heads a section and is no paragraph's. It nests under the Roman-numbered, Markdown and
   * lettered headings above it. The role decides where the shape leaves it open: a numbered line
   * whose text (or the line under a number alone) runs on as sentences is a paragraph whatever
   * role it was given, and a number alone is a heading's only when the line under it is one too.
   */
  int numbered(Reading r, int i) {
    Line line = r.line(i);
    if (line.kind() != LineKind.NUMBER || r.lines.role(i) != LineRole.HEADING || r.inAnnex) {
      return NOT_MINE;
    }
    if (!TextShapes.isHeadingLike(r.lines.numberedText(i))
        || (line.body().isEmpty() && r.lines.role(r.lines.nextContent(i)) != LineRole.HEADING)) {
      return NOT_MINE;
    }
    r.flush();
    r.markers.clear();
    return numberedHeading(r, i);
  }

  /** A section's own number written with a zero part ("1.0"): the section's, as "1." is. */
  private static final Pattern SECTION_ZERO = Pattern.compile("\\.0$");

  /**
   * "1. PURPOSE" (or "1.0 PURPOSE") over paragraphs numbered "1.1", "1.2": the heading of the
   * section whose number the next paragraph's carries, not paragraph 1, whatever role the line was
   * given.
   */
  int section(Reading r, int i) {
    Line line = r.line(i);
    String section = line.kind() == LineKind.NUMBER ? SECTION_ZERO.matcher(line.label()).replaceFirst("") : "";
    if (line.kind() != LineKind.NUMBER || section.contains(".") || line.body().isEmpty() || !acceptsHeadingLabel(r, i)) {
      return NOT_MINE;
    }
    int k = r.lines.nextContent(i);
    if (k >= r.lines.size() || r.line(k).kind() != LineKind.NUMBER || !r.line(k).label().startsWith(section + ".") || r.line(k).label().equals(line.label())) {
      return NOT_MINE;
    }
    r.flush();
    r.markers.clear();
    return romanHeading(r, i);
  }

  /** "A. Organization of the session", or, in an annex, a lettered item. */
  int letter(Reading r, int i) {
    if (r.line(i).kind() != LineKind.LETTER || !(r.inAnnex || acceptsHeadingLabel(r, i))) {
      return NOT_MINE;
    }
    r.flush();
    r.markers.clear();
    return letterHeading(r, i);
  }

  /**
   * An unmarked heading, where a passage may end: at a blank line, after a finished sentence or a
   * field, or where capitals start.
   */
  int unmarked(Reading r, int i) {
    String p = r.line(i).plain();
    Reading.Block open = r.open;
    boolean boundary =
        open == null
            || r.lines.blankBefore(i)
            || open.field
            || TextShapes.endsSentence(open.lastLine)
            || (TextShapes.isAllCaps(p) && !TextShapes.isAllCaps(open.lastLine));
    if (!boundary) {
      return NOT_MINE;
    }
    int end = headingRun(r, i, 0);
    return end > 0 ? end : NOT_MINE;
  }

  private boolean acceptsHeadingLabel(Reading r, int i) {
    boolean boundary =
        r.lines.blankBefore(i)
            || r.open == null
            || r.open.isEmpty()
            || TextShapes.endsSentence(r.open.lastLine);
    if (!boundary) {
      return false;
    }
    String body = r.line(i).body();
    if (body.isEmpty()) {
      int k = r.lines.nextContent(i);
      return r.lines.isText(k) && TextShapes.isHeadingLike(r.line(k).plain());
    }
    return TextShapes.isHeadingLike(body);
  }

  private int romanHeading(Reading r, int i) {
    Line line = r.line(i);
    String body = line.body();
    int j = i + 1;
    if (body.isEmpty()) {
      int k = r.lines.nextContent(i);
      body = r.line(k).plain();
      j = k + 1;
    }
    StringBuilder title = new StringBuilder(body);
    String last = body;
    for (int extra = 0; extra < r.profile.romanTitleExtraLines() && r.lines.isText(j); extra++, j++) {
      String p = r.line(j).plain();
      if (!(TextShapes.endsWithJoiner(last) || TextShapes.startsLowercase(p))
          || !TextShapes.couldBeHeadingLine(p)) {
        break;
      }
      title.append(' ').append(p);
      last = p;
    }
    // a decimal label is printed without a dot after it ("2.0 RESULTS")
    String heading = r.cleanHeading(line.label() + (line.label().contains(".") ? " " : ". ") + title);
    if (r.inAnnex) {
      r.path.push(ANNEX_LEVEL + 1, heading, Origin.EXPLICIT);
      r.item = null;
    } else {
      r.path.push(1, heading, Origin.EXPLICIT);
    }
    r.headingOpened();
    return j;
  }

  private int numberedHeading(Reading r, int i) {
    Line line = r.line(i);
    String body = line.body();
    int j = i + 1;
    if (body.isEmpty()) {
      int k = r.lines.nextContent(i);
      if (!r.lines.isText(k)) {
        return NOT_MINE;
      }
      body = r.line(k).plain();
      j = k + 1;
    }
    int level = r.path.deepestLevel(ABOVE_NUMBERED) + 1;
    r.path.push(level, r.cleanHeading(line.label() + (line.label().contains(".") ? " " : ". ") + body), Origin.NUMBERED);
    r.headingOpened();
    return j;
  }

  private int letterHeading(Reading r, int i) {
    Line line = r.line(i);
    String label = line.label();
    String body = line.body();
    int j = i + 1;
    if (body.isEmpty()) {
      List<String> parts = new ArrayList<>();
      int m = r.lines.nextContent(i);
      while (r.lines.isText(m) && parts.size() < r.profile.maxHeadingLines()) {
        parts.add(r.line(m).plain());
        m++;
      }
      if (!parts.isEmpty()) {
        body = String.join(" ", parts);
        j = m;
      }
    }
    if (r.inAnnex) {
      r.item = new Reading.AnnexItem(label, true, 0);
      if (!body.isEmpty()
          && body.length() <= r.profile.maxItemTitleChars()
          && !TextShapes.endsSentence(body)) {
        r.path.push(ANNEX_LEVEL + 1, r.cleanHeading(label + ". " + body), Origin.ANNEX_ITEM);
        r.headingOpened();
        r.number = label;
        return j;
      }
      // A lettered paragraph rather than a titled item.
      r.path.closeBelow(ANNEX_LEVEL);
      r.headingOpened();
      r.number = label;
      r.open(PassageKind.ANNEX_ITEM, label, body, false);
      return j;
    }
    int level = r.path.deepestLevel(EXPLICIT_TOPS) + 1;
    r.path.push(level, r.cleanHeading(label + ". " + body), Origin.SUB);
    r.headingOpened();
    return j;
  }

  private void markdownHeading(Reading r, Line line) {
    String content = line.plain();
    if (r.lines.front().isTitle(content)) {
      return;
    }
    String heading = r.cleanHeading(content);
    if (heading.isEmpty()) {
      return;
    }
    if (r.inAnnex) {
      String label = LineClassifier.itemLabel(content);
      if (label != null) {
        r.path.push(ANNEX_LEVEL + 1, heading, Origin.ANNEX_ITEM);
        r.item = new Reading.AnnexItem(label, Character.isLetter(label.charAt(0)), line.mdLevel());
        r.headingOpened();
        r.number = label;
        return;
      }
      boolean nested = r.item != null && r.item.mdLevel() > 0 && line.mdLevel() > r.item.mdLevel();
      r.path.push(nested ? ANNEX_LEVEL + 2 : ANNEX_LEVEL + 1, heading, Origin.EXPLICIT);
      String keep = nested ? r.item.label() : null;
      if (!nested) {
        r.item = null;
      }
      r.headingOpened();
      r.number = keep;
      return;
    }
    r.path.push(line.mdLevel(), heading, Origin.EXPLICIT);
    r.headingOpened();
  }

  /**
   * An unmarked heading: one to four title-like lines at i, followed (perhaps after blank lines)
   * by a numbered paragraph, a Roman-numbered or Markdown heading, an annex, another such heading,
   * or, for a single line standing between blank lines, a paragraph of prose. Pushes the headings
   * and returns the line after them when depth is 0; returns -1 when there is no heading at i.
   */
  private int headingRun(Reading r, int i, int depth) {
    PaperLines lines = r.lines;
    List<String> texts = new ArrayList<>();
    int j = i;
    String previous = null;
    while (lines.isText(j)) {
      if (texts.size() == r.profile.maxHeadingLines()) {
        return -1;
      }
      String p = lines.line(j).plain();
      boolean continuation =
          previous != null
              && (TextShapes.endsWithJoiner(previous) || TextShapes.startsLowercase(p));
      if (!TextShapes.couldBeHeadingLine(p) || (!continuation && TextShapes.isFieldLine(p))) {
        if (lines.hardBreaks() && !texts.isEmpty()) {
          break; // every line is a paragraph: the heading ends where prose starts
        }
        return -1;
      }
      texts.add(p);
      previous = p;
      j++;
    }
    if (texts.isEmpty()) {
      return -1;
    }
    int n = lines.size();
    int k = j < n && lines.isContent(j) ? j : lines.nextContent(j - 1);
    if (k >= n) {
      return -1;
    }
    Line anchor = lines.line(k);
    boolean stacked = false;
    boolean anchored =
        switch (anchor.kind()) {
          case NUMBER, ROMAN, MD_HEADING, ANNEX -> true;
          case LETTER -> r.inAnnex || anchor.body().isEmpty() || TextShapes.isHeadingLike(anchor.body());
          case TEXT -> {
            if (k == j && !lines.hardBreaks()) {
              yield false;
            }
            if (depth == 0 && headingRun(r, k, 1) > 0) {
              stacked = true;
              yield true;
            }
            yield texts.size() == 1 && isolatedTitle(r, i, texts.get(0), anchor.plain());
          }
          default -> false;
        };
    if (!anchored) {
      return -1;
    }
    List<String> headings = splitWrapped(texts);
    for (String h : headings) {
      if (!TextShapes.isHeadingLike(h)) {
        return -1;
      }
    }
    if (depth > 0) {
      return j;
    }
    r.flush();
    int level = r.forcedLevel > 0 ? r.forcedLevel : unmarkedLevel(r, headings.get(0));
    for (int h = 0; h < headings.size(); h++) {
      r.path.push(level + h, r.cleanHeading(headings.get(h)), Origin.IMPLICIT);
    }
    if (r.inAnnex) {
      r.item = null;
    }
    r.headingOpened();
    r.levelForNext = stacked ? level + headings.size() : 0;
    return j;
  }

  /**
   * A short title line above a paragraph of prose, between blank lines (or on its own line, in
   * text where every line is a paragraph).
   */
  private static boolean isolatedTitle(Reading r, int i, String title, String following) {
    LayoutProfile profile = r.profile;
    boolean blankBefore = r.lines.blankBefore(i) || r.lines.hardBreaks();
    boolean afterSentence =
        r.open == null
            || (TextShapes.endsSentence(r.open.lastLine)
                && !TextShapes.stripClosers(r.open.lastLine).endsWith(":"));
    boolean prose =
        following.length() >= profile.minProseChars()
            || (TextShapes.endsSentence(following)
                && TextShapes.wordCount(following) >= profile.minProseWords());
    return blankBefore
        && afterSentence
        && prose
        && TextShapes.wordCount(title) <= profile.maxIsolatedTitleWords();
  }

  /** Splits stacked heading lines ("Inter-agency involvement" over "Inter-Agency Network ..."). */
  private static List<String> splitWrapped(List<String> texts) {
    List<String> headings = new ArrayList<>();
    StringBuilder current = new StringBuilder(texts.get(0));
    String previous = texts.get(0);
    for (int t = 1; t < texts.size(); t++) {
      String p = texts.get(t);
      if (TextShapes.endsWithJoiner(previous) || TextShapes.startsLowercase(p)) {
        current.append(' ').append(p);
      } else {
        headings.add(current.toString());
        current = new StringBuilder(p);
      }
      previous = p;
    }
    headings.add(current.toString());
    return headings;
  }

  /** The level of an unmarked heading. */
  private static int unmarkedLevel(Reading r, String heading) {
    if (r.inAnnex) {
      return ANNEX_LEVEL + 1;
    }
    if (TextShapes.isTopLevelWord(heading)) {
      return 1;
    }
    Entry top = r.path.outermost();
    if (top == null) {
      return 1;
    }
    int explicit = r.path.deepestLevel(EXPLICIT_ANY);
    if (explicit > 0) {
      return explicit + 1;
    }
    return HeadingStyle.of(heading).compatibleWith(top.style()) ? top.level() : top.level() + 1;
  }

  /**
   * A bullet line standing directly above a numbered paragraph, not inside a list, is a heading:
   * "• Panel discussion" over "4. In Geneva, ...". Returns the line after it, or -1.
   */
  int bulletHeading(Reading r, int i) {
    if (r.lastKind == PassageKind.ITEM || r.lastEndsWithColon) {
      return -1;
    }
    PaperLines lines = r.lines;
    int n = lines.size();
    List<String> parts = new ArrayList<>();
    parts.add(lines.line(i).body());
    String last = lines.line(i).body();
    int j = i + 1;
    while (j < n) {
      if (!lines.isContent(j)) {
        j++;
        continue;
      }
      if (lines.line(j).kind() != LineKind.TEXT) {
        break;
      }
      String p = lines.line(j).plain();
      if (parts.size() == r.profile.maxHeadingLines()
          || TextShapes.endsSentence(last)
          || !TextShapes.couldBeHeadingLine(p)) {
        return -1;
      }
      parts.add(p);
      last = p;
      j++;
    }
    if (j >= n || lines.line(j).kind() != LineKind.NUMBER) {
      return -1;
    }
    String heading = String.join(" ", parts);
    if (!TextShapes.isHeadingLike(heading)) {
      return -1;
    }
    Entry deepest = r.path.deepest();
    int level =
        deepest == null ? 1 : deepest.origin() == Origin.BULLET ? deepest.level() : deepest.level() + 1;
    r.path.push(level, r.cleanHeading(heading), Origin.BULLET);
    r.headingOpened();
    return j;
  }
}
