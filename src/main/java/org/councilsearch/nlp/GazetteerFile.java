package org.councilsearch.nlp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The gazetteer's part of {@code organizations.json}: places, recurring events and person titles.
 * Its organizations are the registry's ({@link org.councilsearch.registry.Registry}), read from
 * the same file.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record GazetteerFile(List<PlaceJson> places, List<EventJson> events, List<String> personTitles) {
  GazetteerFile {
    places = places == null ? List.of() : List.copyOf(places);
    events = events == null ? List.of() : List.copyOf(events);
    personTitles = personTitles == null ? List.of() : List.copyOf(personTitles);
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
