package org.councilsearch.index;

import java.time.Duration;

/**
 * What a vector pass did.
 *
 * @param passages passages that got their vector
 * @param embedded of them, those whose text the model read (the rest came from the store)
 * @param papers papers rewritten with their vectors
 * @param elapsed the pass's time
 * @param embedding the time spent in the model
 */
public record VectorReport(long passages, long embedded, int papers, Duration elapsed, Duration embedding) {
  /** Texts the model read per second of its own time. */
  public double embeddedPerSecond() {
    double seconds = embedding.toNanos() / 1e9;
    return seconds == 0 ? 0 : embedded / seconds;
  }
}
