package org.councilsearch.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of entity tagging finds. Everywhere a person or a program sees one (JSON answers, API
 * parameters, command options) it is written in lower case: organization, event, place, person,
 * date.
 */
public enum EntityType {
  ORGANIZATION,
  EVENT,
  PLACE,
  PERSON,
  DATE;

  /** The type as written in answers and parameters. */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type written {@code label}, in any case. */
  public static Optional<EntityType> of(String label) {
    String wanted = label == null ? "" : label.strip();
    return Arrays.stream(values()).filter(t -> t.label().equalsIgnoreCase(wanted)).findFirst();
  }

  @JsonCreator
  static EntityType fromJson(String label) {
    return of(label).orElseThrow(() -> new IllegalArgumentException("no entity type " + label));
  }
}
