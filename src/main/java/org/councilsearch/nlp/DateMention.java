package org.councilsearch.nlp;

import org.councilsearch.model.DateSpan;

/**
 * A date found in a text.
 *
 * @param start offset of its first character in the text
 * @param end offset just after its last character
 * @param span the normalized date: the words as written, first and last day
 * @param precision how exact the text was
 */
public record DateMention(int start, int end, DateSpan span, Precision precision) {
  /** How exact a date is. */
  public enum Precision {
    DAY,
    MONTH,
    YEAR
  }
}
