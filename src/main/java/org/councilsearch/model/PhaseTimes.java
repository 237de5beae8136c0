package org.councilsearch.model;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Where indexing time went: how long the workers spent in each {@link Phase}, summed over
 * workers (with two workers busy, a 10-second run holds about 20 seconds of phases).
 *
 * @param durations time per phase; phases absent took no time
 */
public record PhaseTimes(Map<Phase, Duration> durations) {
  /** No time in any phase. */
  public static final PhaseTimes NONE = new PhaseTimes(Map.of());

  public PhaseTimes {
    EnumMap<Phase, Duration> copy = new EnumMap<>(Phase.class);
    durations.forEach((phase, d) -> {
      if (!d.isZero()) {
        copy.put(phase, d);
      }
    });
    durations = Collections.unmodifiableMap(copy);
  }

  /** One phase's time. */
  public static PhaseTimes of(Phase phase, Duration duration) {
    return new PhaseTimes(Map.of(phase, duration));
  }

  /** The time of one phase; zero when it did not occur. */
  public Duration of(Phase phase) {
    return durations.getOrDefault(phase, Duration.ZERO);
  }

  /** These times and {@code other}'s, phase by phase. */
  public PhaseTimes plus(PhaseTimes other) {
    EnumMap<Phase, Duration> sum = new EnumMap<>(Phase.class);
    sum.putAll(durations);
    other.durations.forEach((phase, d) -> sum.merge(phase, d, Duration::plus));
    return new PhaseTimes(sum);
  }

  /** The time in every phase together. */
  public Duration total() {
    return durations.values().stream().reduce(Duration.ZERO, Duration::plus);
  }

  /** The share of all phases' time that {@code phase} took, from 0 to 1. */
  public double share(Phase phase) {
    long total = total().toNanos();
    return total == 0 ? 0 : (double) of(phase).toNanos() / total;
  }

  /** Each phase's share, in phase order: "extraction 15%, tagging 71%, indexing 14%". */
  public String shares() {
    return describe(false);
  }

  /** Each phase's share and time: "extraction 15% (9.1 s), tagging 71% (44.3 s), ...". */
  public String sharesAndTimes() {
    return describe(true);
  }

  private String describe(boolean withTimes) {
    StringJoiner out = new StringJoiner(", ");
    durations.forEach((phase, d) -> {
      String share = String.format(Locale.ROOT, "%s %.0f%%", phase.label(), 100 * share(phase));
      out.add(withTimes ? share + String.format(Locale.ROOT, " (%.1f s)", d.toMillis() / 1000.0) : share);
    });
    return out.toString();
  }
}
