package org.councilsearch.nlp.train;

import java.util.List;
import org.councilsearch.ingest.structure.LineRole;
import org.councilsearch.ingest.structure.PrintedLine;

/**
 * A paper as the line-role model learns from it: its printed lines (blank ones included) and the
 * role of each non-blank one, in order.
 */
public record RoleExample(List<PrintedLine> printed, List<LineRole> roles) {
  public RoleExample {
    printed = List.copyOf(printed);
    roles = List.copyOf(roles);
    long nonBlank = printed.stream().filter(l -> !l.isBlank()).count();
    if (nonBlank != roles.size()) {
      throw new IllegalArgumentException(nonBlank + " non-blank lines but " + roles.size() + " roles");
    }
  }

  /** The role of a later piece of a line cut in two: a paragraph or list item goes on. */
  static LineRole continuation(LineRole role) {
    return role == LineRole.PARA_START || role == LineRole.LIST_ITEM ? LineRole.PARA_CONT : role;
  }
}
