package org.councilsearch.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.councilsearch.model.DateSpan;
import org.councilsearch.model.Entities;
import org.councilsearch.model.Event;
import org.councilsearch.model.Organization;
import org.councilsearch.nlp.Gazetteer;

/**
 * Compares what the tagger found in one passage with its gold annotation, type by type.
 * Organizations and places are resolved through the gazetteer on both sides when it knows the
 * name ("IOM" = "International Organization for Migration", "Vietnam" = "Viet Nam"); then names
 * compare by {@link NameKeys}. Dates compare by their first and last day, events by {@link
 * EventNames}.
 */
final class EntityComparison {
  private final Gazetteer gazetteer;

  EntityComparison(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  Map<EntityType, Pairing.Outcome> compare(GoldPassage gold, Entities found) {
    Map<EntityType, Pairing.Outcome> outcomes = new EnumMap<>(EntityType.class);
    List<String> organizations = found.organizations().stream().map(Organization::name).toList();
    outcomes.put(
        EntityType.ORGANIZATION,
        Pairing.exact(gold.organizations(), organizations, this::organizationKey, name -> name));
    outcomes.put(EntityType.DATE, Pairing.exact(gold.dates(), found.dates(), EntityComparison::dateKey, EntityComparison::show));
    List<String> events = found.events().stream().map(Event::name).toList();
    outcomes.put(EntityType.EVENT, Pairing.similar(gold.events(), events, EventNames::similarity));
    outcomes.put(EntityType.PLACE, Pairing.exact(gold.places(), found.places(), this::placeKey, name -> name));
    outcomes.put(EntityType.PERSON, Pairing.exact(gold.people(), found.people(), NameKeys::key, name -> name));
    return outcomes;
  }

  private String organizationKey(String name) {
    return NameKeys.key(gazetteer.nameOf(name).orElse(name));
  }

  private String placeKey(String name) {
    return NameKeys.key(gazetteer.place(name).orElse(name));
  }

  static String dateKey(DateSpan date) {
    return date.start() + ".." + date.end();
  }

  static String show(DateSpan date) {
    return "\"" + date.text() + "\" " + dateKey(date);
  }
}
