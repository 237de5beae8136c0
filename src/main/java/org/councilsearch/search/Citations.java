package org.councilsearch.search;

import org.councilsearch.model.Hit;

/** How a passage is cited to a reader: "Gender Coordination Report 2009, para. 4". */
public final class Citations {
  private Citations() {}

  /** The paper's title, its year when the title lacks it, and the printed paragraph number. */
  public static String of(Hit hit) {
    StringBuilder s = new StringBuilder(hit.title());
    if (hit.year() != null && !hit.title().contains(String.valueOf(hit.year()))) {
      s.append(" (").append(hit.year()).append(')');
    }
    if (hit.paragraph() != null) {
      s.append(", para. ").append(hit.paragraph());
    }
    return s.toString();
  }
}
