package org.councilsearch.web;

import java.util.ArrayList;
import java.util.List;
import org.councilsearch.model.Interpretation;
import org.councilsearch.model.Interpretation.Expansion;

/**
 * The reading of a query in a few words, for the one line a phone shows before the results:
 * "2009 first; FGM or female genital mutilation", "UN-Women or 3 other names; collaborations, then
 * predecessors". The whole reading stays one tap away.
 */
final class ReadingBrief {
  private ReadingBrief() {}

  /** The brief, or null when the query was taken as written. */
  static String of(Interpretation in) {
    List<String> parts = new ArrayList<>();
    if (in.hasYears()) {
      parts.add(years(in.fromYear(), in.toYear()) + " first");
    }
    for (Expansion e : in.expansions()) {
      int others = e.alternatives().size();
      parts.add(
          others == 1
              ? e.term() + " or " + e.alternatives().get(0)
              : e.term() + " or " + others + (e.source().equals("organizations") ? " other names" : " other forms"));
    }
    if (in.collaborationWith() != null) {
      parts.add(in.predecessors().isEmpty() ? "collaborations" : "collaborations, then predecessors");
    }
    return parts.isEmpty() ? null : String.join("; ", parts);
  }

  private static String years(Integer from, Integer to) {
    if (from != null && to != null) {
      return from.equals(to) ? String.valueOf(from) : from + "\u2013" + to;
    }
    return from != null ? "from " + from : "up to " + to;
  }
}
