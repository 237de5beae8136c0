package org.councilsearch.cli;

import org.councilsearch.model.Hit;

/** How a passage is cited to a reader: "Gender Coordination Report 2009, para. 4". */
final class Citations {
  private Citations() {}

  static String of(Hit hit) {
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
