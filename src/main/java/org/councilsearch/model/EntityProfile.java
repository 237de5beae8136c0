package org.councilsearch.model;

import java.util.List;

/**
 * Everything the index knows about one entity: its names, its predecessors and successors, and
 * the passages that mention it, year by year. Mentions of predecessors and successors are listed
 * apart, so they are never mistaken for the entity itself.
 *
 * @param type what kind of entity it is
 * @param name the canonical name
 * @param acronym the acronym, or null
 * @param aliases other names known or seen for it
 * @param predecessors organizations it grew out of (for organizations)
 * @param successors organizations it became (for organizations)
 * @param mentions passages that mention it, by year
 * @param related passages that mention a predecessor or successor, marked as such
 */
public record EntityProfile(
    EntityType type,
    String name,
    String acronym,
    List<String> aliases,
    List<Organization> predecessors,
    List<Organization> successors,
    List<YearOfHits> mentions,
    List<RelatedMentions> related) {

  /** The passages of one year, in reading order. */
  public record YearOfHits(Integer year, List<Hit> passages) {}

  /**
   * Mentions of an organization related to the one asked about.
   *
   * @param relation "predecessor" or "successor"
   */
  public record RelatedMentions(Organization organization, String relation, List<YearOfHits> years) {}
}
