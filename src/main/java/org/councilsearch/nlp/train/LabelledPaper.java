package org.councilsearch.nlp.train;

import java.util.ArrayList;
import java.util.List;
import org.councilsearch.ingest.structure.LineRole;
import org.councilsearch.ingest.structure.PrintedLine;
import org.councilsearch.ingest.structure.RunOnLines;

/**
 * One labelled paper of the line-role data: its rows as written in {@code ID.roles} ("role TAB
 * text"; an empty row is a blank line, a row holding a form feed a page break), and the family
 * and language of {@code ID.gold.json}.
 *
 * @param rows the paper's rows; a blank line or page break has a null role
 */
public record LabelledPaper(String id, String family, String language, List<Row> rows) {
  /** One row: a role and the line as printed, or a blank line or page break (null role). */
  public record Row(LineRole role, String text) {
    public boolean pageBreak() {
      return role == null && text.equals("\f");
    }
  }

  public LabelledPaper {
    rows = List.copyOf(rows);
  }

  /**
   * Reads a {@code .roles} file's content.
   *
   * @throws IllegalArgumentException naming the paper and the line when a row is not "role TAB
   *     text" with a known role
   */
  public static LabelledPaper parse(String id, String family, String language, String content) {
    List<Row> rows = new ArrayList<>();
    String[] lines = content.split("\r?\n", -1);
    int count = lines.length;
    if (count > 0 && lines[count - 1].isEmpty()) {
      count--;
    }
    for (int i = 0; i < count; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        rows.add(new Row(null, line.contains("\f") ? "\f" : ""));
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IllegalArgumentException(id + ".roles line " + (i + 1) + ": expected \"role<TAB>text\", got \"" + line + "\"");
      }
      LineRole role;
      try {
        role = LineRole.of(line.substring(0, tab).strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(id + ".roles line " + (i + 1) + ": " + e.getMessage(), e);
      }
      String text = line.substring(tab + 1);
      rows.add(text.isBlank() ? new Row(null, "") : new Row(role, text));
    }
    return new LabelledPaper(id, family, language, rows);
  }

  /** The paper's text: the rows' text joined by newlines. */
  public String text() {
    StringBuilder out = new StringBuilder();
    for (Row row : rows) {
      out.append(row.text()).append('\n');
    }
    return out.toString();
  }

  /** The paper as the model of printed lines learns it: a line far longer than printed is cut by the layout rules. */
  public RoleExample example() {
    List<PrintedLine> printed = new ArrayList<>();
    List<LineRole> roles = new ArrayList<>();
    int page = 0;
    int row = 0;
    for (Row r : rows) {
      if (r.pageBreak()) {
        page++;
        row = 0;
      } else if (r.role() == null) {
        printed.add(new PrintedLine("", page, row++, false));
      } else {
        List<String> pieces = RunOnLines.BY_RULES.split(r.text());
        for (int i = 0; i < pieces.size(); i++) {
          printed.add(new PrintedLine(pieces.get(i), page, row++, pieces.size() > 1));
          roles.add(i == 0 ? r.role() : RoleExample.continuation(r.role()));
        }
      }
    }
    return new RoleExample(printed, roles);
  }
}
