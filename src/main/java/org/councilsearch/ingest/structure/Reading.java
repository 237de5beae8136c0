package org.councilsearch.ingest.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.councilsearch.ingest.clean.TextFilter;
import org.councilsearch.model.PassageKind;

/**
 * What the block readers share while they read one paper: the passage being gathered, the
 * passages written, the section path, and where the reading stands (the paragraph number passages
 * carry, whether it is in an annex and which item). Used by one thread, for one paper.
 */
final class Reading {
  /** The level of an annex in the section path; its items and headings sit one level below. */
  static final int ANNEX_LEVEL = 1;

  /** A footnote number glued to the last word of a heading: "PROJECTS2". */
  private static final Pattern HEADING_FOOTNOTE = Pattern.compile("(?<=\\p{Lu}{2}|\\p{Ll}{3})\\d{1,2}$");

  final PaperLines lines;
  final LayoutProfile profile;
  final HeadingPath path = new HeadingPath();
  /** Item labels printed apart from their texts, waiting for them. */
  final ArrayDeque<String> markers = new ArrayDeque<>();

  private final TextFilter cleanup;
  private final List<Segment> out = new ArrayList<>();

  /** The passage being gathered, or null. */
  Block open;
  /** The kind of the last passage since the last heading, and whether it ended with a colon. */
  PassageKind lastKind;
  boolean lastEndsWithColon;
  /** The paragraph number the passages read now carry, or null. */
  String number;
  int lastParagraph;
  /** The number of the last item of a numbered list under a lead-in ("The Council:"), or 0. */
  int listItem;
  boolean inAnnex;
  /** The annex item being read, or null. */
  AnnexItem item;
  /** The level the next unmarked heading must take, after a stacked heading above it; or 0. */
  int levelForNext;
  /** {@link #levelForNext} as it was when the current line was reached. */
  int forcedLevel;

  Reading(PaperLines lines, LayoutProfile profile, TextFilter cleanup) {
    this.lines = lines;
    this.profile = profile;
    this.cleanup = cleanup;
  }

  Line line(int i) {
    return lines.line(i);
  }

  /** Starts gathering a passage, under the current section path. */
  void open(PassageKind kind, String number, String first, boolean field) {
    open = new Block(kind, number, path.texts(), first, field);
  }

  /** A heading was read: what was carried from the text above it stops here. */
  void headingOpened() {
    number = null;
    lastKind = null;
    lastEndsWithColon = false;
    listItem = 0;
    markers.clear();
  }

  PassageKind textKind() {
    return inAnnex && (item != null || number != null) ? PassageKind.ANNEX_ITEM : PassageKind.TEXT;
  }

  String clean(String text) {
    return cleanup.apply(text);
  }

  String cleanHeading(String text) {
    String h = cleanup.apply(text).strip();
    while (h.endsWith(":")) {
      h = h.substring(0, h.length() - 1).strip();
    }
    return HEADING_FOOTNOTE.matcher(h).replaceAll("");
  }

  /** Writes the passage being gathered, cut at sentence ends when it is too long. */
  void flush() {
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
    List<String> pieces = PassageSplitter.split(text, profile.maxSegmentChars());
    for (int p = 0; p < pieces.size(); p++) {
      PassageKind kind =
          p > 0 && block.kind == PassageKind.PARAGRAPH ? PassageKind.TEXT : block.kind;
      out.add(new Segment(block.number, kind, block.section, pieces.get(p)));
    }
  }

  List<Segment> segments() {
    return out;
  }

  /** Lines being gathered into one passage. */
  static final class Block {
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
  record AnnexItem(String label, boolean lettered, int mdLevel) {}
}
