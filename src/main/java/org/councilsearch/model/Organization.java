package org.councilsearch.model;

import java.util.List;
import java.util.Objects;

/**
 * An organization as one canonical entity, whatever name a paper used for it.
 *
 * @param name the canonical name, such as "International Organization for Migration"
 * @param acronym the usual acronym, such as "IOM", or null
 * @param aliases the other names seen or known for it ("UN Women", "the Organization")
 */
public record Organization(String name, String acronym, List<String> aliases) {
  public Organization {
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
  }
}
