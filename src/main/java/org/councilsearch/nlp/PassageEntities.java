package org.councilsearch.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.councilsearch.model.DateSpan;
import org.councilsearch.model.Entities;
import org.councilsearch.model.Event;
import org.councilsearch.model.Organization;

/**
 * Gathers one passage's settled names into {@link Entities}: each organization once, under its
 * canonical name, with the other spellings the passage used; places, people and dates once each,
 * in order of first mention. Immutable.
 */
final class PassageEntities {
  private final Gazetteer gazetteer;
  private final PaperLexicon lexicon;

  PassageEntities(Gazetteer gazetteer, PaperLexicon lexicon) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
  }

  /** The passage's entities; {@code events} are already assembled (they need the headings above it). */
  Entities of(TaggedText text, List<Event> events) {
    Map<String, Set<String>> surfaces = new LinkedHashMap<>();
    Set<String> places = new LinkedHashSet<>();
    Set<String> people = new LinkedHashSet<>();
    for (Mention mention : text.all()) {
      switch (mention.kind()) {
        case ORGANIZATION -> surfaces.computeIfAbsent(mention.ref(), k -> new LinkedHashSet<>()).add(mention.text());
        case PLACE -> places.add(mention.ref());
        case PERSON -> people.add(mention.ref());
        case EVENT -> {}
      }
    }
    List<Organization> organizations = new ArrayList<>();
    surfaces.forEach((name, seen) -> organizations.add(organization(name, seen)));
    List<DateSpan> dates = text.dates().stream().map(DateMention::span).distinct().toList();
    return new Entities(organizations, dates, events, List.copyOf(places), List.copyOf(people));
  }

  private Organization organization(String name, Set<String> seen) {
    String acronym =
        gazetteer.organization(name).filter(o -> o.name().equals(name)).map(Organization::acronym)
            .or(() -> lexicon.acronymOf(name))
            .orElse(null);
    List<String> aliases = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    keys.add(Folding.key(name));
    if (acronym != null) {
      keys.add(Folding.key(acronym));
    }
    for (String surface : seen) {
      String normalized = surface.replaceAll("\\s+", " ").strip();
      if (keys.add(Folding.key(normalized))) {
        aliases.add(normalized);
      }
    }
    return new Organization(name, acronym, aliases);
  }
}
