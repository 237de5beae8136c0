package org.councilsearch.ingest.structure;

import java.util.Arrays;
import java.util.List;

/**
 * A paper's classified lines as the block readers see them: which lines carry content (not blank,
 * not a rule or a contents entry, not front matter), where the next one is, and how the text is
 * laid out. Immutable.
 */
final class PaperLines {
  private final List<Line> lines;
  private final MetadataLines front;
  private final BodyRoles roles;
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

  PaperLines(List<Line> lines, MetadataLines front, BodyRoles roles, LayoutProfile profile) {
    this.lines = lines;
    this.front = front;
    this.roles = roles;
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
          && p.length() >= profile.layoutLineChars()
          && (kind == LineKind.TEXT || kind == LineKind.NUMBER || kind == LineKind.BULLET
              || kind == LineKind.LETTERED)) {
        lengths[count++] = p.length();
        if (TextShapes.endsSentence(p)) {
          endingSentence++;
        }
      }
    }
    Arrays.sort(lengths, 0, count);
    this.wrapWidth =
        count == 0 ? Integer.MAX_VALUE : lengths[(count * profile.wrapWidthPercentile()) / 100];
    this.hardBreaks =
        count >= profile.minLayoutLines()
            && endingSentence * 100 >= count * profile.hardBreakPercent();
  }

  int size() {
    return n;
  }

  Line line(int i) {
    return lines.get(i);
  }

  MetadataLines front() {
    return front;
  }

  /** The text of numbered line i, or of the line under it when the number stands alone. */
  String numberedText(int i) {
    return BodyRoles.numberedText(lines, i);
  }

  /** The role the line-role model gave line i, or null when it gave none. */
  LineRole role(int i) {
    return i < n ? roles.of(i) : null;
  }

  boolean isContent(int i) {
    LineKind kind = lines.get(i).kind();
    return kind != LineKind.BLANK && kind != LineKind.RULE && kind != LineKind.CONTENTS && !front.skips(i);
  }

  /** A content line of plain text; false past the end. */
  boolean isText(int i) {
    return i < n && isContent(i) && line(i).kind() == LineKind.TEXT;
  }

  /** Whether a blank line (or the start of the paper) stands right before line i. */
  boolean blankBefore(int i) {
    return i == 0 || !isContent(i - 1);
  }

  /** The next line with content after line i, or {@link #size()}. */
  int nextContent(int i) {
    return nextContent[i];
  }

  int wrapWidth() {
    return wrapWidth;
  }

  boolean hardBreaks() {
    return hardBreaks;
  }
}
