package org.councilsearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.eval.FigureSpec;
import org.councilsearch.eval.FigureSpec.Drift;
import picocli.CommandLine.Option;

/**
 * The options every evaluation shares: which spec its figures are checked against, and how a new
 * measurement is recorded. Checking is symmetric: a figure that improved fails as surely as one
 * that fell, so the spec is rewritten in the same commit as the change that moved it.
 */
final class SpecOption {
  @Option(
      names = "--spec",
      paramLabel = "FILE",
      description = "Check against this spec file instead of the bundled one.")
  Path file;

  @Option(
      names = "--update-spec",
      description = "Record the measured figures: rewrite the spec (--spec FILE, or src/main/resources/eval/NAME.spec"
          + " from the root of a checkout) instead of checking against it.")
  boolean update;

  /**
   * Checks {@code measured} against the spec {@code name} (or records it with --update-spec) and
   * reports to {@code err}.
   *
   * @param scope how many leading key columns name what one measurement covers
   * @param command the command line that reproduces the measurement, for the message
   * @return {@link ExitCodes#OK}, or {@link ExitCodes#FIGURES_MOVED} when any figure moved
   */
  int check(String name, FigureSpec measured, int scope, String command, PrintWriter err) throws IOException {
    Path target = file != null ? file : Path.of("src", "main", "resources").resolve(FigureSpec.RESOURCE_DIR + name + ".spec");
    if (update) {
      if (!Files.isRegularFile(target)) {
        err.println("error: no spec file " + target + "; run from the root of a checkout or give --spec FILE");
        err.flush();
        return ExitCodes.USAGE;
      }
      FigureSpec updated = read(target).update(measured, scope);
      Files.writeString(target, updated.format(), StandardCharsets.UTF_8);
      err.println("Recorded " + measured.rows().size() + " rows in " + target + "; commit it with the change that moved them.");
      err.flush();
      return ExitCodes.OK;
    }
    FigureSpec spec = file != null ? read(file) : FigureSpec.bundled(name);
    String where = file != null ? file.toString() : "the bundled spec eval/" + name + ".spec";
    List<Drift> drift = spec.drift(measured, scope);
    if (drift.isEmpty()) {
      err.printf(Locale.ROOT, "OK: the %d rows measured match %s (decimals within ±%.3f).%n", measured.rows().size(), where, FigureSpec.TOLERANCE);
      err.flush();
      return ExitCodes.OK;
    }
    drift.forEach(d -> err.println("MOVED " + d.describe()));
    err.printf(
        Locale.ROOT,
        "%d differences from %s (a figure beyond ±%.3f either way, or a row on one side only). If the change is intended, record it in the"
            + " same commit as its cause: from the root of a checkout run%n  %s --update-spec%nand commit %s.%n",
        drift.size(), where, FigureSpec.TOLERANCE, command, file != null ? file : target);
    err.flush();
    return ExitCodes.FIGURES_MOVED;
  }

  private static FigureSpec read(Path spec) throws IOException {
    try {
      return FigureSpec.parse(Files.readString(spec, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new IOException("cannot read the spec " + spec + ": " + e.getMessage(), e);
    }
  }
}
