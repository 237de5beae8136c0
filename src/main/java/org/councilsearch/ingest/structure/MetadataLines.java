package org.councilsearch.ingest.structure;

import java.util.BitSet;
import java.util.List;

/**
 * Which of a paper's clean lines are its header, read from the roles of its printed lines ({@link
 * RoleHeader#frontLines}): a clean line (which may join several printed ones) is header when every
 * printed line it is made of is ({@link RoleHeader#headerMask}). The header ends at the first line of
 * content made of no front line. These lines are metadata and the segmenter skips them; so does it
 * skip a heading that merely repeats the title. Immutable.
 */
final class MetadataLines {
  private final BitSet skipped;
  private final String title;
  private final String titleKey;
  private final String firstLine;

  private MetadataLines(BitSet skipped, String title, String firstLine) {
    this.skipped = skipped;
    this.title = title;
    this.titleKey = title == null ? null : TextShapes.key(title);
    this.firstLine = firstLine;
  }

  /** The header lines of {@code lines}, matched by their text to the front lines of {@code header}. */
  static MetadataLines of(List<Line> lines, RoleHeader header) {
    List<RoledLine> front = header.frontLines();
    List<String> keys = front.stream().map(l -> TextShapes.key(l.text())).toList();
    boolean[] mask = RoleHeader.headerMask(front, header.title());
    BitSet skipped = new BitSet();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.kind() == LineKind.BLANK || line.kind() == LineKind.RULE) {
        continue;
      }
      Boolean isHeader = header(TextShapes.key(line.text()), keys, mask);
      if (isHeader == null) {
        break;
      }
      if (isHeader) {
        skipped.set(i);
      }
    }
    return new MetadataLines(skipped, header.title(), firstMeaningfulLine(lines));
  }

  /** Whether the run of front lines that {@code key} is made of is all header; null when no run is. */
  private static Boolean header(String key, List<String> keys, boolean[] mask) {
    if (key.isEmpty()) {
      return null;
    }
    for (int start = 0; start < keys.size(); start++) {
      StringBuilder joined = new StringBuilder();
      boolean all = true;
      for (int end = start; end < keys.size() && !keys.get(end).isEmpty(); end++) {
        joined.append(keys.get(end));
        all &= mask[end];
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

  /** The first line of the paper with words in it, or null. */
  private static String firstMeaningfulLine(List<Line> lines) {
    for (Line line : lines) {
      String p = line.kind() == LineKind.BLANK || line.kind() == LineKind.RULE ? "" : line.plain();
      if (TextShapes.letters(p.length() > 400 ? p.substring(0, 400) : p) >= 3 && !TextShapes.isTopLevelWord(p)) {
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

  /** The paper's own title as the roles give it, lines joined, or null. */
  String title() {
    return title;
  }

  /** The first line of the paper with words in it, or null. */
  String firstLine() {
    return firstLine;
  }
}
