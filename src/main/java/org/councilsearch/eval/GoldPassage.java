package org.councilsearch.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;
import org.councilsearch.model.DateSpan;

/**
 * One hand-annotated passage of the entity gold set (rules: {@code eval/entities-gold.md}).
 *
 * @param year the year the passage's paper reports on
 * @param contains a phrase that occurs in that passage and in no other passage of the paper
 * @param organizations canonical organization names
 * @param dates dates, normalized to their first and last day
 * @param events event names as the paper gives them
 * @param people people's names
 * @param places countries, cities and areas
 * @param language the passage's language as an ISO 639-1 code; "en" when the line names none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldPassage(
    int year,
    String contains,
    List<String> organizations,
    List<DateSpan> dates,
    List<String> events,
    List<String> people,
    List<String> places,
    String language) {
  /** The language of a gold line that names none. */
  public static final String DEFAULT_LANGUAGE = "en";

  public GoldPassage {
    Objects.requireNonNull(contains, "contains");
    organizations = copy(organizations);
    dates = dates == null ? List.of() : List.copyOf(dates);
    events = copy(events);
    people = copy(people);
    places = copy(places);
    language = language == null || language.isBlank() ? DEFAULT_LANGUAGE : language;
  }

  private static List<String> copy(List<String> names) {
    return names == null ? List.of() : List.copyOf(names);
  }

  /** How reports name this passage: its year and phrase. */
  public String label() {
    return year + " \"" + contains + "\"";
  }
}
