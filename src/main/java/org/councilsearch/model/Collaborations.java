package org.councilsearch.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;

/**
 * What the papers say the paper's organization did together with one partner, year by year; the
 * partner's predecessors' joint work follows, marked.
 *
 * @param organization the partner
 * @param years the partner's joint activities by year, oldest first
 * @param predecessorYears joint activities with its predecessors, by year, each hit noted
 */
public record Collaborations(Partner organization, List<Year> years, List<Year> predecessorYears) {

  /** The partner with its names and predecessors. */
  public record Partner(String name, String acronym, List<String> aliases, List<Organization> predecessors) {}

  /** One year's joint activities. */
  public record Year(Integer year, List<JointActivity> passages) {}

  /**
   * One passage that records joint work.
   *
   * @param hit the passage, cited as in search results (its fields appear at the top level)
   * @param activity the event or activity, when the passage names one
   * @param start when it began, or null
   * @param end when it ended, or null
   * @param place where it took place, or null
   * @param partners the other organizations involved besides the two
   */
  public record JointActivity(
      @JsonUnwrapped Hit hit, String activity, LocalDate start, LocalDate end, String place, List<String> partners) {}
}
