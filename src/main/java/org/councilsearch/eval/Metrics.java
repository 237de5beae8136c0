package org.councilsearch.eval;

/**
 * Counts of one comparison between gold and found items, and the figures they give.
 *
 * <p>Empty denominators: precision is 1 when nothing was found (nothing found wrongly), recall is
 * 1 when there was nothing to find (nothing missed). F1 is {@code 2tp / (2tp + fp + fn)}, which
 * equals the harmonic mean wherever that is defined, and is 1 only when both sides are empty.
 *
 * @param tp gold items found
 * @param fp found items that are not in the gold set
 * @param fn gold items not found
 */
public record Metrics(int tp, int fp, int fn) {
  /** Nothing compared yet. */
  public static final Metrics ZERO = new Metrics(0, 0, 0);

  public Metrics {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("negative count: tp=" + tp + " fp=" + fp + " fn=" + fn);
    }
  }

  public double precision() {
    return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
  }

  public double f1() {
    int denominator = 2 * tp + fp + fn;
    return denominator == 0 ? 1.0 : 2.0 * tp / denominator;
  }

  /** Micro-averaging: counts add up, figures are computed from the sums. */
  public Metrics plus(Metrics other) {
    return new Metrics(tp + other.tp, fp + other.fp, fn + other.fn);
  }
}
