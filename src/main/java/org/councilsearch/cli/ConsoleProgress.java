package org.councilsearch.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.councilsearch.index.IndexProgress;
import org.councilsearch.model.PhaseTimes;

/**
 * Shows an indexing run: a progress bar with files done, throughput and time left on a terminal;
 * plain log lines (one per failure, one every few seconds) when output goes to a file or a pipe.
 */
abstract class ConsoleProgress implements IndexProgress, AutoCloseable {
  final PrintWriter err;
  /** Where the run's time has gone so far, over the files done. */
  PhaseTimes phases = PhaseTimes.NONE;

  private ConsoleProgress(PrintWriter err) {
    this.err = err;
  }

  static ConsoleProgress create(PrintWriter err) {
    return System.console() != null ? new Bar(err) : new Lines(err);
  }

  @Override
  public void failed(String source, String reason) {
    err.println("failed: " + source + ": " + reason);
    err.flush();
  }

  @Override
  public void noted(String source, String note) {
    err.println("note: " + source + ": " + note);
    err.flush();
  }

  /** Scanned pages read with OCR so far. */
  int ocrPages;

  @Override
  public void timed(String source, PhaseTimes file) {
    phases = phases.plus(file);
  }

  @Override
  public void scanned(String source, int pages, Duration took) {
    ocrPages += pages;
  }

  /** What the run has spent its time on so far: OCR'd pages first, then each phase's share. */
  String costs() {
    String shares = phases.shares();
    if (ocrPages == 0) {
      return shares;
    }
    return shares.isEmpty() ? ocrCount(ocrPages) : ocrCount(ocrPages) + "; " + shares;
  }

  @Override
  public void close() {}

  /** "12 pages OCR'd" once a scan has been read, so that a slow run says why. */
  static String ocrCount(int pages) {
    return pages == 1 ? "1 page OCR'd" : pages + " pages OCR'd";
  }

  /** The terminal view, drawn by the progressbar library. */
  private static final class Bar extends ConsoleProgress {
    private ProgressBar bar;
    private int ocrPages;

    Bar(PrintWriter err) {
      super(err);
    }

    @Override
    public void started(int files, int toRead) {
      err.println(files + " files in the corpus, " + toRead + " to read");
      err.flush();
      if (toRead > 0) {
        bar =
            new ProgressBarBuilder()
                .setTaskName("Indexing")
                .setInitialMax(toRead)
                .setUnit(" papers", 1)
                .setStyle(ProgressBarStyle.ASCII)
                .showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build();
      }
    }

    @Override
    public void indexed(String source, long bytes, int passages) {
      if (bar != null) {
        bar.step();
      }
    }

    @Override
    public void timed(String source, PhaseTimes file) {
      super.timed(source, file);
      if (bar != null) {
        bar.setExtraMessage(costs());
      }
    }

    @Override
    public void failed(String source, String reason) {
      if (bar != null) {
        bar.step();
      }
      super.failed(source, reason);
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }

  /** The log view: no control characters, nothing that floods a CI log. */
  private static final class Lines extends ConsoleProgress {
    private static final Duration EVERY = Duration.ofSeconds(5);
    private Instant start;
    private Instant lastLine;
    private int total;
    private int done;

    Lines(PrintWriter err) {
      super(err);
    }

    @Override
    public void started(int files, int toRead) {
      start = Instant.now();
      lastLine = start;
      total = toRead;
      err.println(files + " files in the corpus, " + toRead + " to read");
      err.flush();
    }

    @Override
    public void indexed(String source, long bytes, int passages) {
      step();
    }

    @Override
    public void failed(String source, String reason) {
      super.failed(source, reason);
      step();
    }

    private void step() {
      done++;
      Instant now = Instant.now();
      if (Duration.between(lastLine, now).compareTo(EVERY) >= 0 && done < total) {
        lastLine = now;
        double seconds = Math.max(0.001, Duration.between(start, now).toMillis() / 1000.0);
        double rate = done / seconds;
        err.println(
            String.format(
                Locale.ROOT,
                "indexed %d/%d files, %.1f papers/s, about %.0f s left; %s",
                done,
                total,
                rate,
                (total - done) / rate,
                costs()));
        err.flush();
      }
    }
  }
}
