package org.councilsearch.nlp.train;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.councilsearch.ingest.structure.LineRole;

/**
 * One page of a labelled paper run into one line, as a conversion that lost the line breaks gives
 * it, with the lines a reader should cut it back into: its units. A unit starts where the role
 * changes, and at every paragraph start, list item and contents entry; lines of one role in a row
 * (a title over three lines) and a paragraph or list item with its continuation lines are one
 * unit, since nothing in a run-on line tells where they were broken.
 *
 * @param units the page's units in order, their text as printed, joined by single spaces
 * @param roles the role of each unit
 */
public record RunOnPage(List<String> units, List<LineRole> roles) {
  /** Roles of which each line is a unit of its own. */
  private static final Set<LineRole> ONE_PER_LINE = EnumSet.of(LineRole.PARA_START, LineRole.LIST_ITEM, LineRole.CONTENTS);

  public RunOnPage {
    units = List.copyOf(units);
    roles = List.copyOf(roles);
  }

  /** The page as one line. */
  public String line() {
    return String.join(" ", units);
  }

  /** The pages of {@code paper} that hold any text. */
  public static List<RunOnPage> of(LabelledPaper paper) {
    List<RunOnPage> pages = new ArrayList<>();
    List<String> units = new ArrayList<>();
    List<LineRole> roles = new ArrayList<>();
    StringBuilder unit = new StringBuilder();
    for (LabelledPaper.Row row : paper.rows()) {
      if (row.pageBreak()) {
        close(unit, units);
        if (!units.isEmpty()) {
          pages.add(new RunOnPage(units, roles));
        }
        units.clear();
        roles.clear();
        continue;
      }
      String text = row.text().strip().replaceAll("\\s+", " ");
      if (row.role() == null || text.isEmpty()) {
        continue;
      }
      boolean starts = roles.isEmpty() || !continues(roles.get(roles.size() - 1), row.role());
      if (starts) {
        close(unit, units);
        roles.add(row.role());
      } else {
        unit.append(' ');
      }
      unit.append(text);
    }
    close(unit, units);
    if (!units.isEmpty()) {
      pages.add(new RunOnPage(units, roles));
    }
    return pages;
  }

  /** Whether a line of role {@code role} goes on the unit of role {@code unit} before it. */
  private static boolean continues(LineRole unit, LineRole role) {
    if (role == LineRole.PARA_CONT) {
      return unit == LineRole.PARA_CONT || unit == LineRole.PARA_START || unit == LineRole.LIST_ITEM;
    }
    return unit == role && !ONE_PER_LINE.contains(role);
  }

  private static void close(StringBuilder unit, List<String> units) {
    if (unit.length() > 0) {
      units.add(unit.toString());
      unit.setLength(0);
    }
  }
}
