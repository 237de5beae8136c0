package org.councilsearch.nlp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The JSON shape of {@code organizations.json}, read by {@link Gazetteer}. {@code house} names the
 * organization whose papers these are: its contextual phrases ("the Organization") hold in every
 * paper, named in it or not.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record GazetteerFile(
    String house,
    List<OrganizationJson> organizations,
    List<PlaceJson> places,
    List<EventJson> events,
    List<String> personTitles) {
  GazetteerFile {
    organizations = organizations == null ? List.of() : List.copyOf(organizations);
    places = places == null ? List.of() : List.copyOf(places);
    events = events == null ? List.of() : List.copyOf(events);
    personTitles = personTitles == null ? List.of() : List.copyOf(personTitles);
  }

  /** One canonical organization. Contextual aliases ("the Unit") stand for it only in a paper that also names it. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record OrganizationJson(
      String name,
      String acronym,
      List<String> aliases,
      List<String> contextual,
      List<String> predecessors,
      List<String> successors) {
    OrganizationJson {
      aliases = aliases == null ? List.of() : List.copyOf(aliases);
      contextual = contextual == null ? List.of() : List.copyOf(contextual);
      predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
      successors = successors == null ? List.of() : List.copyOf(successors);
    }
  }

  /** A country, city, sub-national area or world region. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record PlaceJson(String name, String type, List<String> aliases) {
    PlaceJson {
      aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
  }

  /** A recurring event with a fixed name, such as International Women's Day. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record EventJson(String name, String type, List<String> aliases) {
    EventJson {
      aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
  }
}
