package org.councilsearch.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.councilsearch.index.VectorProgress;

/**
 * Shows the vector pass: one line when it starts, then one every few seconds with passages done,
 * passages embedded per second and the time left; the papers are searchable by their words
 * meanwhile, and by meaning as far as the pass has come.
 */
final class ConsoleVectorProgress implements VectorProgress, AutoCloseable {
  private static final long EVERY_NANOS = 5_000_000_000L;

  private final PrintWriter err;
  private long total;
  private long done;
  private long embedded;
  private long start;
  private long lastLine;

  ConsoleVectorProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void started(long passages, int papers) {
    total = passages;
    start = System.nanoTime();
    lastLine = start;
    if (passages > 0) {
      err.printf(
          Locale.ROOT,
          "vectors: %,d passages of %,d papers to add; they are searchable by their words meanwhile%n",
          passages,
          papers);
      err.flush();
    }
  }

  @Override
  public void advanced(int passages, int newlyEmbedded) {
    done += passages;
    embedded += newlyEmbedded;
    long now = System.nanoTime();
    if (now - lastLine >= EVERY_NANOS) {
      lastLine = now;
      double seconds = (now - start) / 1e9;
      double rate = embedded / seconds;
      long left = Math.max(0, total - done);
      err.printf(
          Locale.ROOT,
          "vectors: %,d/%,d passages, %.0f embedded/s, %s left%n",
          done,
          total,
          rate,
          rate > 0 ? String.format(Locale.ROOT, "about %.0f s", left / rate) : "unknown time");
      err.flush();
    }
  }

  @Override
  public void close() {
    err.flush();
  }
}
