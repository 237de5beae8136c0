package org.councilsearch.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The expected figures of one evaluation, as Anserini pins its regressions: a table whose rows are
 * named by key columns (a judged set, a query type, an entity type, a language...) and hold figures
 * to 3 decimals, or exact counts. The text form, kept in {@code src/main/resources/eval/NAME.spec}:
 *
 * <pre>
 * # comment lines, kept as they are when the spec is rewritten
 * set  run   type | queries  nDCG@10  recall@10
 * dev  full  all  | 15       0.962    1.000
 * </pre>
 *
 * <p>A measurement checks against a spec in both directions: a decimal figure that moved by more
 * than {@link #TOLERANCE} either way, a count or a "-" that differs at all, a row the spec has and
 * the measurement lacks, or one measured but not in the spec, is a {@link Drift}. Only the rows of
 * the scopes a measurement covers (the values of its first key columns) are compared, so measuring
 * one judged set checks that set's rows alone. Adding a row is adding a line; {@link #update}
 * writes a measurement into the spec.
 */
public record FigureSpec(List<String> comments, List<String> keyColumns, List<String> figureColumns, List<Row> rows) {
  /** How far a decimal figure may move, either way, before it counts as moved. */
  public static final double TOLERANCE = 0.002;

  /** Where the bundled specs live on the classpath, and in a checkout under src/main/resources. */
  public static final String RESOURCE_DIR = "eval/";

  /** One row: its key values and its figures, as written ("0.962", "15" or "-"). */
  public record Row(List<String> key, List<String> figures) {
    public Row {
      key = List.copyOf(key);
      figures = List.copyOf(figures);
    }

    /** The key as reports name it: "own full all". */
    public String label() {
      return String.join(" ", key);
    }
  }

  /**
   * A figure that moved, or a row present on one side only.
   *
   * @param row the row's label
   * @param column the figure's column; null when the whole row is on one side only
   * @param expected the spec's figure; null when the spec lacks the row
   * @param measured the measured figure; null when the measurement lacks the row
   */
  public record Drift(String row, String column, String expected, String measured) {
    /** One line for a report. */
    public String describe() {
      if (expected == null) {
        return row + ": measured but not in the spec";
      }
      if (measured == null) {
        return row + ": in the spec but not measured";
      }
      return row + " " + column + ": spec " + expected + ", measured " + measured;
    }
  }

  public FigureSpec {
    comments = List.copyOf(comments);
    keyColumns = List.copyOf(keyColumns);
    figureColumns = List.copyOf(figureColumns);
    rows = List.copyOf(rows);
    for (Row row : rows) {
      if (row.key().size() != keyColumns.size() || row.figures().size() != figureColumns.size()) {
        throw new IllegalArgumentException(
            "row " + row.label() + " has " + row.key().size() + " keys and " + row.figures().size()
                + " figures; the columns are " + String.join(" ", keyColumns) + " | " + String.join(" ", figureColumns));
      }
    }
  }

  /** A spec with no rows yet, to collect a measurement into. */
  public static FigureSpec empty(List<String> keyColumns, List<String> figureColumns) {
    return new FigureSpec(List.of(), keyColumns, figureColumns, List.of());
  }

  /** This spec with one more row. */
  public FigureSpec plus(List<String> key, List<String> figures) {
    List<Row> more = new ArrayList<>(rows);
    more.add(new Row(key, figures));
    return new FigureSpec(comments, keyColumns, figureColumns, more);
  }

  /** A decimal figure as specs write it: 3 decimals. */
  public static String decimal(double figure) {
    return String.format(Locale.ROOT, "%.3f", figure);
  }

  /** The bundled spec {@code eval/NAME.spec}. */
  public static FigureSpec bundled(String name) {
    String resource = RESOURCE_DIR + name + ".spec";
    try (InputStream in = FigureSpec.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("not on the classpath: " + resource);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the spec " + resource, e);
    }
  }

  /**
   * Reads the text form.
   *
   * @throws IllegalArgumentException naming the line when the header or a row is malformed
   */
  public static FigureSpec parse(String text) {
    List<String> comments = new ArrayList<>();
    List<String> keys = null;
    List<String> figures = null;
    List<Row> rows = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("#")) {
        if (keys == null) {
          comments.add(line);
        }
        continue;
      }
      int bar = line.indexOf('|');
      if (bar < 0 || line.indexOf('|', bar + 1) >= 0) {
        throw new IllegalArgumentException("line " + (i + 1) + ": expected KEYS | FIGURES, got: " + line);
      }
      List<String> left = words(line.substring(0, bar));
      List<String> right = words(line.substring(bar + 1));
      if (keys == null) {
        keys = left;
        figures = right;
      } else if (left.size() != keys.size() || right.size() != figures.size()) {
        throw new IllegalArgumentException(
            "line " + (i + 1) + ": expected " + keys.size() + " keys and " + figures.size() + " figures, got: " + line);
      } else {
        rows.add(new Row(left, right));
      }
    }
    if (keys == null) {
      throw new IllegalArgumentException("no header line (KEYS | FIGURES)");
    }
    return new FigureSpec(comments, keys, figures, rows);
  }

  private static List<String> words(String s) {
    String stripped = s.strip();
    return stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s+"));
  }

  /** The text form, columns aligned, comments first. */
  public String format() {
    List<List<String>> table = new ArrayList<>();
    table.add(concat(keyColumns, figureColumns));
    rows.forEach(r -> table.add(concat(r.key(), r.figures())));
    int columns = keyColumns.size() + figureColumns.size();
    int[] width = new int[columns];
    for (List<String> cells : table) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], cells.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder();
    comments.forEach(c -> out.append(c).append('\n'));
    for (List<String> cells : table) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        if (c == keyColumns.size()) {
          line.append("| ");
        }
        line.append(cells.get(c)).append(" ".repeat(width[c] - cells.get(c).length() + 1));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * Every difference between this spec and {@code measured} within the scopes the measurement
   * covers: the distinct values of its first {@code scopeWidth} key columns.
   */
  public List<Drift> drift(FigureSpec measured, int scopeWidth) {
    List<Drift> drift = new ArrayList<>();
    if (!measured.keyColumns.equals(keyColumns) || !measured.figureColumns.equals(figureColumns)) {
      drift.add(new Drift("columns", null, header(this), header(measured)));
      return drift;
    }
    Set<List<String>> scopes = scopes(measured, scopeWidth);
    Map<List<String>, Row> found = new LinkedHashMap<>();
    measured.rows.forEach(r -> found.put(r.key(), r));
    for (Row expected : rows) {
      if (!scopes.contains(scope(expected, scopeWidth))) {
        continue;
      }
      Row actual = found.remove(expected.key());
      if (actual == null) {
        drift.add(new Drift(expected.label(), null, "row", null));
        continue;
      }
      for (int c = 0; c < figureColumns.size(); c++) {
        String e = expected.figures().get(c);
        String m = actual.figures().get(c);
        if (moved(e, m)) {
          drift.add(new Drift(expected.label(), figureColumns.get(c), e, m));
        }
      }
    }
    found.values().forEach(r -> drift.add(new Drift(r.label(), null, null, "row")));
    return drift;
  }

  private static String header(FigureSpec spec) {
    return String.join(" ", spec.keyColumns) + " | " + String.join(" ", spec.figureColumns);
  }

  /** Decimals move beyond the tolerance; counts and "-" differ at all. */
  static boolean moved(String expected, String measured) {
    if (!expected.contains(".") || !measured.contains(".")) {
      return !expected.equals(measured);
    }
    try {
      return Math.abs(Double.parseDouble(expected) - Double.parseDouble(measured)) > TOLERANCE + 1e-9;
    } catch (NumberFormatException e) {
      return !expected.equals(measured);
    }
  }

  /**
   * This spec with the rows of the measured scopes replaced by {@code measured}'s: rows of other
   * scopes stay as they are and where they are, a new scope goes to the end, comments stay.
   */
  public FigureSpec update(FigureSpec measured, int scopeWidth) {
    Set<List<String>> scopes = scopes(measured, scopeWidth);
    List<Row> updated = new ArrayList<>();
    Set<List<String>> written = new LinkedHashSet<>();
    for (Row row : rows) {
      List<String> scope = scope(row, scopeWidth);
      if (!scopes.contains(scope)) {
        updated.add(row);
      } else if (written.add(scope)) {
        measured.rows.stream().filter(r -> scope(r, scopeWidth).equals(scope)).forEach(updated::add);
      }
    }
    for (List<String> scope : scopes) {
      if (written.add(scope)) {
        measured.rows.stream().filter(r -> scope(r, scopeWidth).equals(scope)).forEach(updated::add);
      }
    }
    return new FigureSpec(comments, measured.keyColumns, measured.figureColumns, updated);
  }

  private static Set<List<String>> scopes(FigureSpec spec, int scopeWidth) {
    Set<List<String>> scopes = new LinkedHashSet<>();
    spec.rows.forEach(r -> scopes.add(scope(r, scopeWidth)));
    return scopes;
  }

  private static List<String> scope(Row row, int scopeWidth) {
    return row.key().subList(0, Math.min(scopeWidth, row.key().size()));
  }
}
