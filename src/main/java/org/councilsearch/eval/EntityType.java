package org.councilsearch.eval;

import java.util.Locale;

/** The kinds of entity the tagging evaluation scores, in report order. */
public enum EntityType {
  ORGANIZATION,
  DATE,
  EVENT,
  PLACE,
  PERSON;

  /** The name reports use: "organization", "date", ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
