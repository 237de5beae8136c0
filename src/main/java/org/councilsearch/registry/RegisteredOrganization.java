package org.councilsearch.registry;

import java.util.List;
import java.util.Objects;

/**
 * One organization of the registry.
 *
 * @param name the canonical (English) name, as the gazetteer and the index spell it
 * @param acronym the usual English acronym, or null
 * @param spellings every other name and acronym it is printed with, in English, French and
 *     Spanish ("OIM", "Organización Internacional para las Migraciones")
 * @param contextual phrases that stand for it only where it is named or is the paper's own ("the
 *     Organization", "l'Organisation")
 * @param bodies its governing bodies
 * @param series the starts of its papers' symbols, where {@code #} is one digit ("MC/", "EB##")
 * @param predecessors the bodies it replaced, by canonical name
 * @param successors the bodies that replaced it, by canonical name
 * @param partOf the organization it is a unit or organ of, by canonical name, or null
 */
public record RegisteredOrganization(
    String name,
    String acronym,
    List<String> spellings,
    List<String> contextual,
    List<GoverningBody> bodies,
    List<String> series,
    List<String> predecessors,
    List<String> successors,
    String partOf) {
  public RegisteredOrganization {
    Objects.requireNonNull(name, "name");
    spellings = List.copyOf(spellings);
    contextual = List.copyOf(contextual);
    bodies = List.copyOf(bodies);
    series = List.copyOf(series);
    predecessors = List.copyOf(predecessors);
    successors = List.copyOf(successors);
  }
}
