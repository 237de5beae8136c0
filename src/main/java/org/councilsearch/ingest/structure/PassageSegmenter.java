package org.councilsearch.ingest.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilsearch.ingest.clean.CleanupPipeline;
import org.councilsearch.ingest.clean.TextFilter;
import org.councilsearch.ingest.structure.HeadingPath.Entry;
import org.councilsearch.ingest.structure.HeadingPath.Origin;
import org.councilsearch.model.PassageKind;

/**
 * Reads a paper's classified lines into passages that follow the paper's own structure.
 *
 * <ul>
 *   <li>A numbered paragraph ("12. In 2009, ...", or "12." alone with its text on a later line) is
 *       a {@link PassageKind#PARAGRAPH} with number "12". Its bullet and lettered items are {@link
 *       PassageKind#ITEM}s carrying the same number, and so is running text after them, as {@link
 *       PassageKind#TEXT}, until the next number or heading. After a heading, unnumbered text has no
 *       number.
 *   <li>Headings are not passages; they make the section path. Roman-numbered headings ("II.
 *       ACTIVITIES IN 2003", also with the title on a later line) and Markdown headings are explicit;
 *       a title-like line (or two or three wrapped ones) standing between a finished sentence and a
 *       numbered paragraph is an unmarked heading, nested under the explicit heading above it, or
 *       told apart from its neighbours by capitalisation when the paper has no explicit ones; a
 *       bullet line standing directly above a numbered paragraph is a heading one level deeper.
 *   <li>After a line "Annex" (or "ANNEX I", "Annex II: ..."), numbered or lettered item titles
 *       ("1. “Identification ...”", "**2. Support to ...**", "A." with its title below) join the
 *       section path under the annex and its title; every passage under an item is an {@link
 *       PassageKind#ANNEX_ITEM} with the item's number, or with its own paragraph number when the
 *       item's paragraphs are numbered.
 *   <li>Glyphs or letters printed apart from their texts ("(a)\n(b)\n(c)\n\nfirst;\nsecond;\nthird.")
 *       are paired with the texts in order, and so is a column of labels ("Chapter One:") with the
 *       column of values after it.
 *   <li>Wrapped lines are joined; a blank line ends a passage unless the line before it stops
 *       mid-sentence, and so does a line break after a sentence that ends well short of the line
 *       width. In text that is not wrapped (every line a paragraph, as Word and Markdown give it)
 *       every line break ends a passage unless the line plainly goes on. A passage longer than
 *       {@value #MAX_SEGMENT_CHARS} characters is cut at sentence ends.
 *   <li>A paper whose only words are its title gets the title as its one passage.
 * </ul>
 *
 * <p>Stateless: every call reads with fresh state, so one instance can serve many threads.
 */
final class PassageSegmenter {
  static final int MAX_SEGMENT_CHARS = 4_000;

  private static final int ANNEX_LEVEL = 1;
  private static final int MAX_HEADING_LINES = 4;
  private static final int MAX_PAIRED_LINES = 500;

  /**
   * In wrapped text, a line that ends a sentence well short of the usual line width ends its
   * paragraph: this share of the width.
   */
  private static final double SHORT_LINE = 0.7;

  /** Lines at least this long tell how the text is laid out. */
  private static final int LAYOUT_LINE = 30;

  private static final Set<Origin> EXPLICIT_TOPS = EnumSet.of(Origin.EXPLICIT, Origin.ANNEX);
  private static final Set<Origin> EXPLICIT_ANY =
      EnumSet.of(Origin.EXPLICIT, Origin.ANNEX, Origin.SUB, Origin.ANNEX_ITEM);

  /** A footnote number glued to the last word of a heading: "PROJECTS2". */
  private static final Pattern HEADING_FOOTNOTE = Pattern.compile("(?<=\\p{Lu}{2}|\\p{Ll}{3})\\d{1,2}$");

  private final TextFilter cleanup;

  PassageSegmenter() {
    this(CleanupPipeline.forPassages());
  }

  PassageSegmenter(TextFilter cleanup) {
    this.cleanup = Objects.requireNonNull(cleanup, "cleanup");
  }

  List<Segment> segment(List<Line> lines, FrontMatter front) {
    return new Reading(lines, front).read();
  }

  /** Lines being gathered into one passage. */
  private static final class Block {
    final PassageKind kind;
    final String number;
    final List<String> section;
    final boolean field;
    final StringBuilder text = new StringBuilder();
    String lastLine = "";

    Block(PassageKind kind, String number, List<String> section, String first, boolean field) {
      this.kind = kind;
      this.number = number;
      this.section = section;
      this.field = field;
      append(first);
    }

    void append(String line) {
      if (line.isEmpty()) {
        return;
      }
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(line);
      lastLine = line;
    }

    boolean isEmpty() {
      return text.length() == 0;
    }
  }

  /** The annex item being read: its label, whether it is a letter, its Markdown heading level. */
  private record AnnexItem(String label, boolean lettered, int mdLevel) {}

  /** One reading of one paper; all mutable state lives here. */
  private final class Reading {
    private final List<Line> lines;
    private final FrontMatter front;
    private final int n;
    /** For each line, the index of the next line with content after it, or n. */
    private final int[] nextContent;
    /** The usual length of a full line of wrapped text; huge when the text is not wrapped. */
    private final int wrapWidth;
    /**
     * Every line is a paragraph (Word, Markdown, plain text written without wrapping): most long
     * lines end a sentence. Otherwise the text is wrapped (PDF) and most lines end mid-sentence.
     */
    private final boolean hardBreaks;
    private final List<Segment> out = new ArrayList<>();
    private final HeadingPath path = new HeadingPath();
    /** Item labels printed apart from their texts, waiting for them. */
    private final ArrayDeque<String> markers = new ArrayDeque<>();

    private Block open;
    /** The kind of the last passage since the last heading, and whether it ended with a colon. */
    private PassageKind lastKind;
    private boolean lastEndsWithColon;
    private String number;
    private int lastParagraph;
    private boolean inAnnex;
    private AnnexItem item;
    /** The level the next unmarked heading must take, after a stacked heading above it; or 0. */
    private int levelForNext;
    /** {@link #levelForNext} as it was when the current line was reached. */
    private int forcedLevel;

    Reading(List<Line> lines, FrontMatter front) {
      this.lines = lines;
      this.front = front;
      this.n = lines.size();
      this.nextContent = new int[n + 1];
      int next = n;
      nextContent[n] = n;
      for (int i = n - 1; i >= 0; i--) {
        nextContent[i] = next;
        if (isContent(i)) {
          next = i;
        }
      }
      int[] lengths = new int[n];
      int count = 0;
      int endingSentence = 0;
      for (int i = 0; i < n; i++) {
        LineKind kind = lines.get(i).kind();
        String p = lines.get(i).plain();
        if (isContent(i)
            && p.length() >= LAYOUT_LINE
            && (kind == LineKind.TEXT || kind == LineKind.NUMBER || kind == LineKind.BULLET
                || kind == LineKind.LETTERED)) {
          lengths[count++] = p.length();
          if (TextShapes.endsSentence(p)) {
            endingSentence++;
          }
        }
      }
      Arrays.sort(lengths, 0, count);
      this.wrapWidth = count == 0 ? Integer.MAX_VALUE : lengths[(count * 3) / 4];
      this.hardBreaks = count >= 3 && endingSentence * 10 >= count * 6;
    }

    List<Segment> read() {
      int i = 0;
      while (i < n) {
        if (!isContent(i)) {
          i++;
          continue;
        }
        int next = step(i);
        i = Math.max(next, i + 1);
      }
      flush();
      if (out.isEmpty() && front.title() != null) {
        // A paper whose only words are its title keeps them as a passage, so it can be found.
        String title = cleanup.apply(front.title());
        if (!title.isEmpty()) {
          out.add(new Segment(null, PassageKind.TEXT, List.of(), title));
        }
      }
      return out;
    }

    private boolean isContent(int i) {
      LineKind kind = lines.get(i).kind();
      return kind != LineKind.BLANK && kind != LineKind.RULE && kind != LineKind.CONTENTS && !front.skips(i);
    }

    private Line line(int i) {
      return lines.get(i);
    }

    private boolean isText(int i) {
      return i < n && isContent(i) && line(i).kind() == LineKind.TEXT;
    }

    /** Reads the structure starting at line i; returns the index of the next line to read. */
    private int step(int i) {
      Line line = line(i);
      boolean blankBefore = i == 0 || !isContent(i - 1);
      forcedLevel = levelForNext;
      levelForNext = 0;
      switch (line.kind()) {
        case MD_HEADING -> {
          flush();
          markers.clear();
          if (LineClassifier.annex(line.plain()) != null) {
            return annex(i);
          }
          markdownHeading(line);
          return i + 1;
        }
        case ANNEX -> {
          flush();
          markers.clear();
          return annex(i);
        }
        case BULLET -> {
          flush();
          return bullet(i);
        }
        case NUMBER -> {
          if (acceptsNumber(line, blankBefore)) {
            flush();
            markers.clear();
            return numbered(i);
          }
        }
        case ROMAN -> {
          if (acceptsHeadingLabel(i, blankBefore)) {
            flush();
            markers.clear();
            return romanHeading(i);
          }
        }
        case LETTER -> {
          if (inAnnex || acceptsHeadingLabel(i, blankBefore)) {
            flush();
            markers.clear();
            return letter(i);
          }
        }
        case LETTERED -> {
          if (acceptsLettered(i, blankBefore)) {
            flush();
            return lettered(i);
          }
        }
        default -> {
          // plain text, below
        }
      }
      return text(i, blankBefore);
    }

    // ---- numbered paragraphs, items and text ----

    private boolean acceptsNumber(Line line, boolean blankBefore) {
      if (line.body().isEmpty() || blankBefore || open == null || open.isEmpty()) {
        return true;
      }
      return TextShapes.endsSentence(open.lastLine)
          || Integer.parseInt(line.label()) == lastParagraph + 1;
    }

    private int numbered(int i) {
      Line line = line(i);
      String label = line.label();
      lastParagraph = Integer.parseInt(label);
      if (inAnnex) {
        return annexNumbered(i);
      }
      number = label;
      open = new Block(PassageKind.PARAGRAPH, label, path.texts(), line.body(), false);
      return i + 1;
    }

    private int bullet(int i) {
      Line line = line(i);
      if (line.body().isEmpty()) {
        markers.add("");
        return i + 1;
      }
      markers.clear();
      int end = bulletHeading(i);
      if (end > 0) {
        return end;
      }
      open = new Block(PassageKind.ITEM, number, path.texts(), line.body(), false);
      return i + 1;
    }

    private boolean acceptsLettered(int i, boolean blankBefore) {
      return blankBefore
          || open == null
          || open.isEmpty()
          || !markers.isEmpty()
          || TextShapes.endsSentence(open.lastLine)
          || line(i - 1).kind() == LineKind.LETTERED;
    }

    private int lettered(int i) {
      Line line = line(i);
      if (line.body().isEmpty()) {
        markers.add(line.label());
        return i + 1;
      }
      markers.clear();
      open = new Block(PassageKind.ITEM, number, path.texts(), line.label() + " " + line.body(), false);
      return i + 1;
    }

    private int text(int i, boolean blankBefore) {
      String p = line(i).plain();
      if (!markers.isEmpty()) {
        return pairMarkers(i);
      }
      int labels = labelColumn(i);
      if (labels > i) {
        return labels;
      }
      if (open != null && open.isEmpty()) {
        open.append(p);
        return i + 1;
      }
      boolean boundary =
          open == null
              || blankBefore
              || open.field
              || TextShapes.endsSentence(open.lastLine)
              || (TextShapes.isAllCaps(p) && !TextShapes.isAllCaps(open.lastLine));
      if (boundary) {
        int end = headingRun(i, 0);
        if (end > 0) {
          return end;
        }
      }
      if (open != null && continues(p, blankBefore)) {
        open.append(p);
        return i + 1;
      }
      flush();
      open = new Block(textKind(), number, path.texts(), p, TextShapes.isFieldLine(p));
      return i + 1;
    }

    /** Whether a text line goes on with the open passage. */
    private boolean continues(String p, boolean blankBefore) {
      String last = open.lastLine;
      if (!blankBefore) {
        boolean endsSentence = TextShapes.endsSentence(last);
        if (TextShapes.isFieldLine(p) && (open.field || endsSentence)) {
          return false;
        }
        if (hardBreaks) {
          return !endsSentence && (TextShapes.startsLowercase(p) || TextShapes.endsWithJoiner(last));
        }
        return !(endsSentence && last.length() < SHORT_LINE * wrapWidth);
      }
      if (TextShapes.endsSentence(open.lastLine)) {
        return false;
      }
      return TextShapes.startsLowercase(p) || TextShapes.endsWithJoiner(open.lastLine);
    }

    private PassageKind textKind() {
      return inAnnex && (item != null || number != null) ? PassageKind.ANNEX_ITEM : PassageKind.TEXT;
    }

    /** Pairs waiting labels with the text lines that start at i; returns the line after them. */
    private int pairMarkers(int i) {
      List<String> run = new ArrayList<>();
      int j = i;
      while (isText(j) && run.size() < MAX_PAIRED_LINES) {
        run.add(line(j).plain());
        j++;
      }
      int k = markers.size();
      List<String> groups = groupItems(run);
      List<String> items;
      if (groups.size() == k) {
        items = groups;
      } else if (run.size() == k) {
        items = run;
      } else if (groups.size() > k) {
        items = new ArrayList<>(groups.subList(0, k - 1));
        items.add(String.join(" ", groups.subList(k - 1, groups.size())));
      } else {
        items = groups;
      }
      for (String text : items) {
        String label = markers.poll();
        flush();
        String body = label == null || label.isEmpty() ? text : label + " " + text;
        open = new Block(PassageKind.ITEM, number, path.texts(), body, false);
      }
      return j;
    }

    /** Lines grouped into items: a new item starts after a line that ends a sentence or clause. */
    private List<String> groupItems(List<String> run) {
      List<String> groups = new ArrayList<>();
      StringBuilder current = null;
      String previous = null;
      for (String line : run) {
        boolean joins =
            previous != null
                && !TextShapes.endsSentence(previous)
                && (TextShapes.startsLowercase(line) || TextShapes.endsWithJoiner(previous));
        if (joins) {
          current.append(' ').append(line);
        } else {
          if (current != null) {
            groups.add(current.toString());
          }
          current = new StringBuilder(line);
        }
        previous = line;
      }
      if (current != null) {
        groups.add(current.toString());
      }
      return groups;
    }

    /**
     * A column of two or more short labels ("Chapter One:") followed, after a blank line, by at
     * least as many lines of values: the labels wait to be paired. Returns the line after the
     * labels, or -1.
     */
    private int labelColumn(int i) {
      int j = i;
      while (isText(j) && TextShapes.isLabel(line(j).plain())) {
        j++;
      }
      int count = j - i;
      if (count < 2 || j >= n || isContent(j)) {
        return -1;
      }
      int values = 0;
      for (int m = nextContent[j - 1]; isText(m); m++) {
        values++;
      }
      if (values < count) {
        return -1;
      }
      flush();
      for (int m = i; m < j; m++) {
        markers.add(line(m).plain());
      }
      return j;
    }

    // ---- headings ----

    private void headingOpened() {
      number = null;
      lastKind = null;
      lastEndsWithColon = false;
      markers.clear();
    }

    private boolean acceptsHeadingLabel(int i, boolean blankBefore) {
      boolean boundary =
          blankBefore || open == null || open.isEmpty() || TextShapes.endsSentence(open.lastLine);
      if (!boundary) {
        return false;
      }
      String body = line(i).body();
      if (body.isEmpty()) {
        int k = nextContent[i];
        return isText(k) && TextShapes.isHeadingLike(line(k).plain());
      }
      return TextShapes.isHeadingLike(body);
    }

    private int romanHeading(int i) {
      Line line = line(i);
      String body = line.body();
      int j = i + 1;
      if (body.isEmpty()) {
        int k = nextContent[i];
        body = line(k).plain();
        j = k + 1;
      }
      StringBuilder title = new StringBuilder(body);
      String last = body;
      for (int extra = 0; extra < 2 && isText(j); extra++, j++) {
        String p = line(j).plain();
        if (!(TextShapes.endsWithJoiner(last) || TextShapes.startsLowercase(p))
            || !TextShapes.couldBeHeadingLine(p)) {
          break;
        }
        title.append(' ').append(p);
        last = p;
      }
      String heading = cleanHeading(line.label() + ". " + title);
      if (inAnnex) {
        path.push(ANNEX_LEVEL + 1, heading, Origin.EXPLICIT);
        item = null;
      } else {
        path.push(1, heading, Origin.EXPLICIT);
      }
      headingOpened();
      return j;
    }

    private int letter(int i) {
      Line line = line(i);
      String label = line.label();
      String body = line.body();
      int j = i + 1;
      if (body.isEmpty()) {
        List<String> parts = new ArrayList<>();
        int m = nextContent[i];
        while (isText(m) && parts.size() < MAX_HEADING_LINES) {
          parts.add(line(m).plain());
          m++;
        }
        if (!parts.isEmpty()) {
          body = String.join(" ", parts);
          j = m;
        }
      }
      if (inAnnex) {
        item = new AnnexItem(label, true, 0);
        if (!body.isEmpty() && body.length() <= 400 && !TextShapes.endsSentence(body)) {
          path.push(ANNEX_LEVEL + 1, cleanHeading(label + ". " + body), Origin.ANNEX_ITEM);
          headingOpened();
          number = label;
          return j;
        }
        // A lettered paragraph rather than a titled item.
        path.closeBelow(ANNEX_LEVEL);
        headingOpened();
        number = label;
        open = new Block(PassageKind.ANNEX_ITEM, label, path.texts(), body, false);
        return j;
      }
      int level = path.deepestLevel(EXPLICIT_TOPS) + 1;
      path.push(level, cleanHeading(label + ". " + body), Origin.SUB);
      headingOpened();
      return j;
    }

    private void markdownHeading(Line line) {
      String content = line.plain();
      if (front.isTitle(content)) {
        return;
      }
      String heading = cleanHeading(content);
      if (heading.isEmpty()) {
        return;
      }
      if (inAnnex) {
        String label = LineClassifier.itemLabel(content);
        if (label != null) {
          path.push(ANNEX_LEVEL + 1, heading, Origin.ANNEX_ITEM);
          item = new AnnexItem(label, Character.isLetter(label.charAt(0)), line.mdLevel());
          headingOpened();
          number = label;
          return;
        }
        boolean nested = item != null && item.mdLevel() > 0 && line.mdLevel() > item.mdLevel();
        path.push(nested ? ANNEX_LEVEL + 2 : ANNEX_LEVEL + 1, heading, Origin.EXPLICIT);
        String keep = nested ? item.label() : null;
        if (!nested) {
          item = null;
        }
        headingOpened();
        number = keep;
        return;
      }
      path.push(line.mdLevel(), heading, Origin.EXPLICIT);
      headingOpened();
    }

    /**
     * An unmarked heading: one to four title-like lines at i, followed (perhaps after blank lines)
     * by a numbered paragraph, a Roman-numbered or Markdown heading, an annex, another such heading,
     * or, for a single line standing between blank lines, a paragraph of prose. Pushes the headings
     * and returns the line after them when depth is 0; returns -1 when there is no heading at i.
     */
    private int headingRun(int i, int depth) {
      List<String> texts = new ArrayList<>();
      int j = i;
      String previous = null;
      while (isText(j)) {
        if (texts.size() == MAX_HEADING_LINES) {
          return -1;
        }
        String p = line(j).plain();
        boolean continuation =
            previous != null
                && (TextShapes.endsWithJoiner(previous) || TextShapes.startsLowercase(p));
        if (!TextShapes.couldBeHeadingLine(p) || (!continuation && TextShapes.isFieldLine(p))) {
          if (hardBreaks && !texts.isEmpty()) {
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
      int k = j < n && isContent(j) ? j : nextContent[j - 1];
      if (k >= n) {
        return -1;
      }
      Line anchor = line(k);
      boolean stacked = false;
      boolean anchored =
          switch (anchor.kind()) {
            case NUMBER, ROMAN, MD_HEADING, ANNEX -> true;
            case LETTER -> inAnnex || anchor.body().isEmpty() || TextShapes.isHeadingLike(anchor.body());
            case TEXT -> {
              if (k == j && !hardBreaks) {
                yield false;
              }
              if (depth == 0 && headingRun(k, 1) > 0) {
                stacked = true;
                yield true;
              }
              yield texts.size() == 1 && isolatedTitle(i, texts.get(0), anchor.plain());
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
      flush();
      int level = forcedLevel > 0 ? forcedLevel : unmarkedLevel(headings.get(0));
      for (int h = 0; h < headings.size(); h++) {
        path.push(level + h, cleanHeading(headings.get(h)), Origin.IMPLICIT);
      }
      if (inAnnex) {
        item = null;
      }
      headingOpened();
      levelForNext = stacked ? level + headings.size() : 0;
      return j;
    }

    /**
     * A short title line above a paragraph of prose, between blank lines (or on its own line, in
     * text where every line is a paragraph).
     */
    private boolean isolatedTitle(int i, String title, String following) {
      boolean blankBefore = i == 0 || !isContent(i - 1) || hardBreaks;
      boolean afterSentence =
          open == null
              || (TextShapes.endsSentence(open.lastLine)
                  && !TextShapes.stripClosers(open.lastLine).endsWith(":"));
      boolean prose =
          following.length() >= 60
              || (TextShapes.endsSentence(following) && TextShapes.wordCount(following) >= 6);
      return blankBefore && afterSentence && prose && TextShapes.wordCount(title) <= 12;
    }

    /** Splits stacked heading lines ("Inter-agency involvement" over "Inter-Agency Network ..."). */
    private List<String> splitWrapped(List<String> texts) {
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
    private int unmarkedLevel(String heading) {
      if (inAnnex) {
        return ANNEX_LEVEL + 1;
      }
      if (TextShapes.isTopLevelWord(heading)) {
        return 1;
      }
      Entry top = path.outermost();
      if (top == null) {
        return 1;
      }
      int explicit = path.deepestLevel(EXPLICIT_ANY);
      if (explicit > 0) {
        return explicit + 1;
      }
      return HeadingStyle.of(heading).compatibleWith(top.style()) ? top.level() : top.level() + 1;
    }

    /**
     * A bullet line standing directly above a numbered paragraph, not inside a list, is a heading:
     * "• Panel discussion" over "4. In Geneva, ...". Returns the line after it, or -1.
     */
    private int bulletHeading(int i) {
      if (lastKind == PassageKind.ITEM || lastEndsWithColon) {
        return -1;
      }
      List<String> parts = new ArrayList<>();
      parts.add(line(i).body());
      String last = line(i).body();
      int j = i + 1;
      while (j < n) {
        if (!isContent(j)) {
          j++;
          continue;
        }
        if (line(j).kind() != LineKind.TEXT) {
          break;
        }
        String p = line(j).plain();
        if (parts.size() == MAX_HEADING_LINES
            || TextShapes.endsSentence(last)
            || !TextShapes.couldBeHeadingLine(p)) {
          return -1;
        }
        parts.add(p);
        last = p;
        j++;
      }
      if (j >= n || line(j).kind() != LineKind.NUMBER) {
        return -1;
      }
      String heading = String.join(" ", parts);
      if (!TextShapes.isHeadingLike(heading)) {
        return -1;
      }
      Entry deepest = path.deepest();
      int level =
          deepest == null ? 1 : deepest.origin() == Origin.BULLET ? deepest.level() : deepest.level() + 1;
      path.push(level, cleanHeading(heading), Origin.BULLET);
      headingOpened();
      return j;
    }

    // ---- annexes ----

    private int annex(int i) {
      Line line = line(i);
      String label;
      String title;
      if (line.kind() == LineKind.MD_HEADING) {
        Matcher m = LineClassifier.annex(line.plain());
        label = m.group(1);
        title = m.group(2) == null ? "" : m.group(2).strip();
      } else {
        label = line.label();
        title = line.body();
      }
      int j = i + 1;
      if (title.isEmpty()) {
        List<String> parts = new ArrayList<>();
        int m = nextContent[i];
        while (isText(m) && parts.size() < 3) {
          Line t = line(m);
          String p = t.plain();
          boolean marked = TextShapes.isAllCaps(p) || t.bold() || t.text().startsWith("**")
              || t.text().startsWith("__");
          boolean alone = parts.isEmpty() && !isText(m + 1) && TextShapes.isHeadingLike(p);
          if (!(marked || alone) || TextShapes.endsSentence(p) || p.length() > 200) {
            break;
          }
          parts.add(p);
          m++;
        }
        if (!parts.isEmpty()) {
          title = String.join(" ", parts);
          j = m;
        }
      }
      String heading =
          title.isEmpty() ? cleanHeading(label) : cleanHeading(label) + ": " + cleanHeading(title);
      path.clear();
      path.push(ANNEX_LEVEL, heading, Origin.ANNEX);
      inAnnex = true;
      item = null;
      headingOpened();
      return j;
    }

    private int annexNumbered(int i) {
      Line line = line(i);
      String label = line.label();
      String body = line.body();
      if (item == null || !item.lettered()) {
        boolean title = line.bold();
        String full = body;
        int j = i + 1;
        if (!title) {
          List<String> parts = new ArrayList<>();
          if (!body.isEmpty()) {
            parts.add(body);
          }
          int m = body.isEmpty() ? nextContent[i] : i + 1;
          while (isText(m) && parts.size() < MAX_HEADING_LINES) {
            parts.add(line(m).plain());
            m++;
          }
          full = String.join(" ", parts);
          title =
              !full.isEmpty()
                  && full.length() <= 400
                  && !TextShapes.endsSentence(full)
                  && TextShapes.startsLikeHeading(full);
          j = m;
        }
        if (title) {
          path.push(ANNEX_LEVEL + 1, cleanHeading(label + ". " + full), Origin.ANNEX_ITEM);
          item = new AnnexItem(label, false, 0);
          headingOpened();
          number = label;
          return j;
        }
        if (item != null) {
          // A numbered paragraph after a numbered item title is the next item, untitled.
          path.closeBelow(ANNEX_LEVEL);
          item = null;
        }
      }
      number = label;
      open = new Block(PassageKind.ANNEX_ITEM, label, path.texts(), body, false);
      return i + 1;
    }

    // ---- output ----

    private String cleanHeading(String text) {
      String h = cleanup.apply(text).strip();
      while (h.endsWith(":")) {
        h = h.substring(0, h.length() - 1).strip();
      }
      return HEADING_FOOTNOTE.matcher(h).replaceAll("");
    }

    private void flush() {
      if (open == null) {
        return;
      }
      Block block = open;
      open = null;
      String text = cleanup.apply(block.text.toString());
      if (text.isEmpty()) {
        return;
      }
      lastKind = block.kind;
      lastEndsWithColon = text.endsWith(":");
      List<String> pieces = PassageSplitter.split(text, MAX_SEGMENT_CHARS);
      for (int p = 0; p < pieces.size(); p++) {
        PassageKind kind =
            p > 0 && block.kind == PassageKind.PARAGRAPH ? PassageKind.TEXT : block.kind;
        out.add(new Segment(block.number, kind, block.section, pieces.get(p)));
      }
    }
  }
}
