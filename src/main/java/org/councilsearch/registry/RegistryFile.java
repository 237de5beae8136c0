package org.councilsearch.registry;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The JSON shape of the registry's part of {@code organizations.json}. Each organization gives its
 * English name, acronym and aliases at the top level and its French and Spanish ones under {@code
 * fr} and {@code es}; {@code organizationWords} are the words that make a printed masthead line
 * an organization's name when the registry does not know it; {@code partnerWords} make a name
 * just after them a partner's.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record RegistryFile(String house, List<OrganizationJson> organizations, List<String> organizationWords, List<String> partnerWords) {
  RegistryFile {
    organizations = organizations == null ? List.of() : List.copyOf(organizations);
    organizationWords = organizationWords == null ? List.of() : List.copyOf(organizationWords);
    partnerWords = partnerWords == null ? List.of() : List.copyOf(partnerWords);
  }

  /** One organization as the file writes it. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record OrganizationJson(
      String name,
      String acronym,
      List<String> aliases,
      LanguageJson fr,
      LanguageJson es,
      List<String> contextual,
      List<BodyJson> bodies,
      List<String> series,
      List<String> predecessors,
      List<String> successors,
      String partOf) {
    OrganizationJson {
      aliases = aliases == null ? List.of() : List.copyOf(aliases);
      contextual = contextual == null ? List.of() : List.copyOf(contextual);
      bodies = bodies == null ? List.of() : List.copyOf(bodies);
      series = series == null ? List.of() : List.copyOf(series);
      predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
      successors = successors == null ? List.of() : List.copyOf(successors);
    }
  }

  /** An organization's or a body's names in one language other than English. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record LanguageJson(String name, String acronym, List<String> aliases) {
    LanguageJson {
      aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
  }

  /** A governing body: its English name and aliases, French and Spanish names. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record BodyJson(String name, List<String> aliases, String fr, String es) {
    BodyJson {
      aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
  }
}
