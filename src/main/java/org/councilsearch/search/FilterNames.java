package org.councilsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.councilsearch.model.Event;
import org.councilsearch.model.Organization;
import org.councilsearch.nlp.Gazetteer;

/**
 * Checks the names a search is filtered by, so that a filter nothing could match says so instead
 * of returning an empty result: an organization must be known under some name (to the gazetteer or
 * tagged in the index), an event type must be one tagging gives. Thread-safe.
 */
final class FilterNames {
  /** How many close names an unknown organization is offered. */
  static final int SUGGESTIONS = 3;

  /** Names at least this similar (1 is equal) are offered as what may have been meant. */
  private static final float CLOSE = 0.6f;

  private final Gazetteer gazetteer;
  private final LevenshteinDistance distance = new LevenshteinDistance();

  FilterNames(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Whether passages are tagged with an organization of this canonical name. */
  @FunctionalInterface
  interface Tagged {
    boolean tagged(String organization) throws IOException;
  }

  /**
   * @throws BadQueryException naming the filter, the value and what it could be instead
   */
  void check(SearchRequest request, Tagged index) throws IOException {
    if (request.organization() != null) {
      requireOrganization(request.organization(), index);
    }
    if (request.eventType() != null && !Event.TYPES.contains(request.eventType())) {
      throw new BadQueryException(
          "event-type must be one of "
              + String.join(", ", Event.TYPES)
              + ", not '"
              + request.eventType()
              + "'");
    }
  }

  private void requireOrganization(String spelling, Tagged index) throws IOException {
    if (gazetteer.organization(spelling).isPresent() || index.tagged(spelling)) {
      return;
    }
    List<String> close = closeNames(spelling);
    throw new BadQueryException(
        "org: no organization is known as '"
            + spelling
            + "'"
            + (close.isEmpty()
                ? "; check the spelling, or search without it and see the organization facet"
                : "; did you mean " + String.join(" or ", close.stream().map(n -> "'" + n + "'").toList()) + "?"));
  }

  /** Known names of organizations that look like {@code spelling}, closest first. */
  List<String> closeNames(String spelling) {
    String wanted = spelling.strip().toLowerCase(Locale.ROOT);
    record Scored(String name, float score) {}
    List<Scored> scored = new ArrayList<>();
    for (Organization o : gazetteer.organizations()) {
      Set<String> names = new LinkedHashSet<>();
      if (o.acronym() != null) {
        names.add(o.acronym());
      }
      names.add(o.name());
      names.addAll(o.aliases());
      float best = 0;
      String bestName = null;
      for (String name : names) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("the ")) {
          continue;
        }
        float s = distance.getDistance(wanted, lower);
        if (wanted.length() >= 3 && lower.contains(wanted)) {
          s = Math.max(s, CLOSE);
        }
        if (s > best) {
          best = s;
          bestName = name;
        }
      }
      if (best >= CLOSE) {
        scored.add(new Scored(bestName, best));
      }
    }
    return scored.stream()
        .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::name))
        .map(Scored::name)
        .distinct()
        .limit(SUGGESTIONS)
        .toList();
  }
}
