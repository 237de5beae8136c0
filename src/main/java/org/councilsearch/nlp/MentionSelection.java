package org.councilsearch.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.councilsearch.nlp.Mention.Source;

/**
 * Settles overlapping candidates: a titled person beats everything, a gazetteer or paper name
 * beats a contextual phrase, which beats an event's shape, which beats the statistical model;
 * within a tier the longer name wins. An event may contain known organizations and places
 * ("Seventeenth OSCE Economic and Environmental Forum"), and both are kept; any other overlap
 * keeps one.
 */
final class MentionSelection {
  private MentionSelection() {}

  static List<Mention> select(List<Mention> candidates) {
    List<Mention> ordered = new ArrayList<>(candidates);
    ordered.sort(
        Comparator.comparingInt((Mention m) -> tier(m.source()))
            .thenComparing(Comparator.comparingInt(Mention::length).reversed())
            .thenComparingInt(m -> m.source() == Source.PAPER ? 0 : 1)
            .thenComparingInt(Mention::from));
    List<Mention> kept = new ArrayList<>();
    for (Mention candidate : ordered) {
      if (kept.stream().noneMatch(k -> conflict(candidate, k))) {
        kept.add(candidate);
      }
    }
    kept.sort(Comparator.comparingInt(Mention::from).thenComparingInt(Mention::to));
    return kept;
  }

  private static int tier(Source source) {
    return switch (source) {
      case TITLE -> 0;
      case GAZETTEER, PAPER -> 1;
      case CONTEXT -> 2;
      case PATTERN -> 3;
      case MODEL -> 4;
    };
  }

  private static boolean conflict(Mention a, Mention b) {
    if (!a.overlaps(b)) {
      return false;
    }
    return !(nests(a, b) || nests(b, a));
  }

  /**
   * Whether {@code outer} is an event strictly containing the organization or place {@code inner}.
   * Only names the gazetteer or the paper vouches for nest: inside an event's name the model
   * mistakes title words for organizations ("... International Peace and Security").
   */
  private static boolean nests(Mention outer, Mention inner) {
    return outer.kind() == EntityKind.EVENT
        && (inner.kind() == EntityKind.ORGANIZATION || inner.kind() == EntityKind.PLACE)
        && inner.source() != Source.MODEL
        && outer.contains(inner)
        && outer.length() > inner.length();
  }
}
