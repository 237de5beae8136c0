package org.councilsearch.ingest.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Objects;

/**
 * Gives each non-blank line of a paper its role, line by line from the top, each decision seeing
 * the roles decided before it (greedy decoding). Only the first {@value #MAX_LINES} lines are read:
 * the front matter and the first page's structure are what the metadata is read from, and the cost
 * of reading stays flat however long the paper is. Thread-safe when the model is.
 */
public final class LineRoleReader {
  static final int MAX_LINES = 80;
  /** Sequences of roles kept while reading a whole paper. */
  static final int BEAM = 3;
  /** Text read at most: enough for {@value #MAX_LINES} lines, however they were cut. */
  static final int MAX_CHARS = 12_000;

  private final RoleModel model;

  public LineRoleReader(RoleModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  /** The roles of the printed lines of {@code text} (see {@link PrintedLines}). */
  public List<RoledLine> read(String text) {
    List<PrintedLine> printed = PrintedLines.of(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
    int nonBlank = 0;
    int end = 0;
    while (end < printed.size() && nonBlank < MAX_LINES) {
      if (!printed.get(end++).isBlank()) {
        nonBlank++;
      }
    }
    return read(printed.subList(0, end));
  }

  /**
   * The roles of every printed line of {@code text}, however long: the body's structure. Read with
   * a beam of {@value #BEAM} sequences of roles rather than line by line, so that one line's doubt
   * is settled by the lines after it (a heading the model hesitates over is not passed on as a
   * paragraph's line, to make the numbered paragraph under it a heading).
   */
  public List<RoledLine> readAll(String text) {
    RoleFeatures features = new RoleFeatures(PrintedLines.of(text));
    List<Hypothesis> beam = List.of(Hypothesis.START);
    LineRole[] roles = LineRole.values();
    for (int k = 0; k < features.size(); k++) {
      List<Hypothesis> next = new ArrayList<>(BEAM * BEAM);
      for (Hypothesis h : beam) {
        double[] p = model.probabilities(features.context(k, h.role(), h.previous() == null ? null : h.previous().role(), h.seen()));
        for (int b = 0; b < BEAM; b++) {
          int best = -1;
          for (int r = 0; r < p.length; r++) {
            if (p[r] > 0 && (best < 0 || p[r] > p[best])) {
              best = r;
            }
          }
          if (best < 0) {
            break;
          }
          next.add(h.then(roles[best], Math.log(p[best])));
          p[best] = 0;
        }
      }
      next.sort(Comparator.comparingDouble(Hypothesis::score).reversed());
      beam = next.subList(0, Math.min(BEAM, next.size()));
    }
    LineRole[] best = new LineRole[features.size()];
    for (Hypothesis h = beam.get(0); h.role() != null; h = h.previous()) {
      best[h.length() - 1] = h.role();
    }
    List<PrintedLine> lines = features.lines();
    List<RoledLine> out = new ArrayList<>(lines.size());
    for (int k = 0; k < lines.size(); k++) {
      out.add(new RoledLine(lines.get(k), best[k]));
    }
    return out;
  }

  /** A sequence of roles, read from its last: the role of its last line and the sequence before. */
  private record Hypothesis(LineRole role, Hypothesis previous, int length, Set<LineRole> seen, double score) {
    static final Hypothesis START = new Hypothesis(null, null, 0, EnumSet.noneOf(LineRole.class), 0);

    Hypothesis then(LineRole next, double logProbability) {
      Set<LineRole> more = seen;
      if (!seen.contains(next)) {
        more = EnumSet.copyOf(seen);
        more.add(next);
      }
      return new Hypothesis(next, this, length + 1, more, score + logProbability);
    }
  }

  /** The roles of {@code printed}'s non-blank lines, in order. */
  public List<RoledLine> read(List<PrintedLine> printed) {
    RoleFeatures features = new RoleFeatures(printed);
    List<LineRole> roles = new ArrayList<>(features.size());
    List<RoledLine> out = new ArrayList<>(features.size());
    List<PrintedLine> lines = features.lines();
    for (int k = 0; k < features.size(); k++) {
      LineRole role = model.best(features.context(k, roles));
      roles.add(role);
      out.add(new RoledLine(lines.get(k), role));
    }
    return out;
  }
}
