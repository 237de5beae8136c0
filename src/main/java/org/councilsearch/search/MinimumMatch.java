package org.councilsearch.search;

import java.util.OptionalInt;

/**
 * How many of a query's concepts a passage must have, as Solr's edismax {@code mm=3<75%}: all of
 * them up to three, then three quarters (rounded down). When that finds nothing, one relaxed try
 * asks for about half of them, always fewer than the strict rule and at least one.
 */
final class MinimumMatch {
  /** Up to this many concepts, every one is required. */
  static final int ALL_UP_TO = 3;

  /** Beyond {@link #ALL_UP_TO} concepts, this share of them is required. */
  static final double SHARE = 0.75;

  private MinimumMatch() {}

  /** Concepts a passage must have, of {@code concepts}. */
  static int strict(int concepts) {
    return concepts <= ALL_UP_TO ? concepts : (int) Math.floor(concepts * SHARE);
  }

  /** Concepts the one relaxed try asks for, or empty when the strict rule cannot be relaxed. */
  static OptionalInt relaxed(int concepts) {
    int strict = strict(concepts);
    if (strict <= 1) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Math.max(1, Math.min(strict - 1, (concepts + 1) / 2)));
  }
}
