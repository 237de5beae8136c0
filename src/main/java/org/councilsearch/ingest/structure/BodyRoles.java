package org.councilsearch.ingest.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * The roles the line-role model gave a paper's printed lines, carried over to the clean lines the
 * segmenter reads. Cleanup joins printed lines (wrapped text, a number alone above its text), drops
 * some (page furniture) and splits run-on ones, so the two lists are aligned by their text: a clean
 * line takes the role of the printed line it starts with, found by its letters and digits, in
 * order, a few lines ahead at most. A clean line no printed line starts (a piece cut out of a
 * run-on line, a line cleanup rewrote) has no role. Immutable.
 */
final class BodyRoles {
  /** How far past the last aligned printed line a clean line's first printed line is looked for. */
  static final int WINDOW = 12;

  private static final BodyRoles NONE = new BodyRoles(new LineRole[0]);

  private final LineRole[] roles;

  private BodyRoles(LineRole[] roles) {
    this.roles = roles;
  }

  /** No line has a role: the segmenter reads by shapes alone. */
  static BodyRoles none() {
    return NONE;
  }

  /**
   * Whether the shapes of {@code lines} leave a block's kind open, so the roles must decide: a
   * numbered line whose text reads as a heading ("1. ANTECEDENTES", or "2." over "Objetivos") may
   * be a heading or a short paragraph. Papers without one are read by their shapes, and the model
   * need not read their bodies.
   */
  static boolean needed(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).kind() == LineKind.NUMBER && TextShapes.isHeadingLike(numberedText(lines, i))) {
        return true;
      }
    }
    return false;
  }

  /** The text of numbered line i: its own, or that of the next line with words when it stands alone. */
  static String numberedText(List<Line> lines, int i) {
    String body = lines.get(i).body();
    for (int j = i + 1; body.isEmpty() && j < lines.size(); j++) {
      Line next = lines.get(j);
      if (next.kind() != LineKind.BLANK && next.kind() != LineKind.RULE) {
        body = next.plain();
      }
    }
    return body;
  }

  /** The roles of {@code printed} carried over to {@code lines}. */
  static BodyRoles of(List<Line> lines, List<RoledLine> printed) {
    List<String> keys = new ArrayList<>(printed.size());
    for (RoledLine line : printed) {
      keys.add(TextShapes.key(line.text()));
    }
    LineRole[] roles = new LineRole[lines.size()];
    int cursor = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.kind() == LineKind.BLANK || line.kind() == LineKind.RULE) {
        continue;
      }
      String key = TextShapes.key(line.text());
      if (key.isEmpty()) {
        continue;
      }
      int end = Math.min(keys.size(), cursor + WINDOW);
      for (int j = cursor; j < end; j++) {
        String k = keys.get(j);
        if (k.isEmpty() || !(key.startsWith(k) || k.startsWith(key))) {
          continue;
        }
        roles[i] = printed.get(j).role();
        cursor = consumed(keys, j, key);
        break;
      }
    }
    return new BodyRoles(roles);
  }

  /** The printed line after those, from {@code first}, whose letters and digits make up {@code key}. */
  private static int consumed(List<String> keys, int first, String key) {
    String joined = keys.get(first);
    int next = first + 1;
    while (next < keys.size() && joined.length() < key.length()) {
      String k = keys.get(next);
      if (!k.isEmpty() && !key.startsWith(joined + k)) {
        break;
      }
      joined += k;
      next++;
    }
    return next;
  }

  /** The role of clean line {@code i}, or null when it has none. */
  LineRole of(int i) {
    return i < roles.length ? roles[i] : null;
  }

  /** Whether clean line {@code i} has the role {@code role}. */
  boolean is(int i, LineRole role) {
    return of(i) == role;
  }
}
