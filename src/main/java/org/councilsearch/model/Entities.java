package org.councilsearch.model;

import java.util.List;

/**
 * What tagging found in one passage. Lists are never null, sorted by first mention, and hold
 * each entity once.
 *
 * @param organizations canonical organizations mentioned
 * @param dates dates mentioned, normalized to first and last day
 * @param events named events, with their dates, place and organizations where the text says so
 * @param places countries and cities mentioned
 * @param people people's names mentioned
 */
public record Entities(
    List<Organization> organizations,
    List<DateSpan> dates,
    List<Event> events,
    List<String> places,
    List<String> people) {
  public static final Entities NONE = new Entities(List.of(), List.of(), List.of(), List.of(), List.of());

  public Entities {
    organizations = List.copyOf(organizations);
    dates = List.copyOf(dates);
    events = List.copyOf(events);
    places = List.copyOf(places);
    people = List.copyOf(people);
  }
}
