package org.councilsearch.model;

import java.util.List;

/**
 * One entity in a listing: how many passages mention it, and in which years.
 *
 * @param name the canonical name (for dates, the date as an ISO range)
 * @param type what kind of entity it is
 * @param mentions how many passages mention it
 * @param years the years of the papers that mention it, ascending
 */
public record EntitySummary(String name, EntityType type, int mentions, List<Integer> years) {
  public EntitySummary {
    years = List.copyOf(years);
  }
}
