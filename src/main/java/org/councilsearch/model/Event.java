package org.councilsearch.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A named event a passage speaks of: a meeting, conference, workshop, day of observance, campaign
 * or training.
 *
 * @param name the event's name as the paper gives it
 * @param type what kind of event it is: meeting, conference, workshop, forum, panel, day,
 *     campaign, training, consultation, event
 * @param start its first day, or null when the text gives no date
 * @param end its last day, or null
 * @param place where it took place, or null
 * @param organizations canonical names of the organizations that organized it or took part
 */
public record Event(
    String name, String type, LocalDate start, LocalDate end, String place, List<String> organizations) {
  /** Every type tagging gives an event, "event" being the one for names with no telling word. */
  public static final List<String> TYPES =
      List.of(
          "meeting", "conference", "workshop", "forum", "panel", "day", "campaign", "training",
          "consultation", "event");

  public Event {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    organizations = List.copyOf(organizations);
  }
}
