package org.councilsearch.search;

import org.councilsearch.model.Interpretation;

/** Names the kind of question a query is, from its interpretation: for per-type figures. */
public final class QueryTypes {
  private QueryTypes() {}

  /** collaboration, year, syntax, acronym, organization or keyword. */
  public static String of(Interpretation in) {
    if (in.collaborationWith() != null) {
      return "collaboration";
    }
    if (in.hasYears()) {
      return "year";
    }
    if (in.literal()) {
      return "syntax";
    }
    boolean acronym =
        in.expansions().stream().anyMatch(e -> e.term().equals(e.term().toUpperCase(java.util.Locale.ROOT)));
    if (acronym) {
      return "acronym";
    }
    if (!in.organizations().isEmpty()) {
      return "organization";
    }
    return "keyword";
  }
}
