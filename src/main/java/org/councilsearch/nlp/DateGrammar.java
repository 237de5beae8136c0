package org.councilsearch.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The tables one scan runs: their patterns, those that may start at a number and those that may
 * start at a word, and the merged word lists that judge a bare year and extend a date with
 * "since". Immutable and thread-safe.
 */
final class DateGrammar {
  private static final String[] LENGTH_KEYS = {"#0", "#1", "#2", "#3", "#4", "#5", "#6", "#7", "#8", "#9"};

  private final Map<String, List<DatePattern>> byFirstKey;
  private final DateWords currency;
  private final DateWords reference;
  private final DateWords referenceAbbreviation;
  private final DateWords unit;
  private final DateWords since;

  DateGrammar(List<DateTable> tables) {
    Map<String, List<DatePattern>> index = new HashMap<>();
    for (DateTable table : tables) {
      for (DatePattern p : table.patterns()) {
        for (String key : p.firstKeys()) {
          index.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
      }
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    this.byFirstKey = Map.copyOf(index);
    this.currency = merged(tables, "currency");
    this.reference = merged(tables, "reference");
    this.referenceAbbreviation = merged(tables, "reference-abbreviation");
    this.unit = merged(tables, "unit");
    this.since = merged(tables, "since");
  }

  private static DateWords merged(List<DateTable> tables, String name) {
    List<DateWords> lists = tables.stream().map(t -> t.words(name)).filter(Objects::nonNull).toList();
    return DateWords.union(name, lists);
  }

  /** The patterns that may start at token {@code k}, in table order. */
  List<DatePattern> startingAt(DateTokens t, int k) {
    if (t.isWord(k)) {
      return byFirstKey.getOrDefault(t.lower(k), List.of());
    }
    if (!t.isNum(k)) {
      return List.of();
    }
    int digits = t.length(k);
    List<DatePattern> byLength = byFirstKey.getOrDefault(LENGTH_KEYS[Math.min(digits, 9)], List.of());
    // A phrase may start with a number written out ("1er semestre"): those patterns come after.
    List<DatePattern> written = digits > 2 ? List.of() : byFirstKey.getOrDefault(DateWords.keyOf(t, k), List.of());
    if (written.isEmpty()) {
      return byLength;
    }
    List<DatePattern> both = new ArrayList<>(byLength);
    both.addAll(written);
    return both;
  }

  DateWords currency() {
    return currency;
  }

  DateWords reference() {
    return reference;
  }

  DateWords referenceAbbreviation() {
    return referenceAbbreviation;
  }

  DateWords unit() {
    return unit;
  }

  DateWords since() {
    return since;
  }
}
