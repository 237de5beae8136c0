package org.councilsearch.eval;

/**
 * One disagreement with the gold set, for inspection.
 *
 * @param type the entity type
 * @param kind whether a gold item was missed or a found item is not in the gold set
 * @param passage the gold line's label: year and phrase
 * @param item the item as written (a date with its normalized span)
 */
public record Miss(EntityType type, Kind kind, String passage, String item) {
  /** Which side the unpaired item is on. */
  public enum Kind {
    /** In the gold set, not found: a false negative. */
    MISSED,
    /** Found, not in the gold set: a false positive. */
    SPURIOUS
  }
}
