package org.councilsearch.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stretch of calendar time as a paper states it: the words used and the first and last day they
 * cover. A single day has {@code start.equals(end)}; "March 2009" covers the whole month.
 */
public record DateSpan(String text, LocalDate start, LocalDate end) {
  public DateSpan {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("date span ends before it starts: " + text);
    }
  }
}
