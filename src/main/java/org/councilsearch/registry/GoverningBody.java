package org.councilsearch.registry;

import java.util.List;
import java.util.Objects;

/**
 * A body of an organization that papers are written for, such as IOM's Standing Committee on
 * Programmes and Finance, under each name it is printed with.
 *
 * @param name the English name
 * @param names every printed name: English first, then French and Spanish
 */
public record GoverningBody(String name, List<String> names) {
  public GoverningBody {
    Objects.requireNonNull(name, "name");
    names = List.copyOf(names);
  }
}
