package org.councilsearch.index;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.councilsearch.model.Phase;
import org.councilsearch.model.PhaseTimes;

/**
 * Times one file's way through the phases on one worker: each {@link #lap} ends a phase, started
 * where the previous lap ended. A failed file keeps the laps it made. Not thread-safe.
 */
final class PhaseClock {
  private final Map<Phase, Duration> laps = new EnumMap<>(Phase.class);
  private long last = System.nanoTime();

  /** Ends {@code phase} now; time since the last lap goes to it. */
  void lap(Phase phase) {
    long now = System.nanoTime();
    laps.merge(phase, Duration.ofNanos(now - last), Duration::plus);
    last = now;
  }

  PhaseTimes times() {
    return new PhaseTimes(laps);
  }
}
