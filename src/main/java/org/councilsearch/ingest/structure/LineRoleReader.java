package org.councilsearch.ingest.structure;

import java.util.ArrayList;
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
