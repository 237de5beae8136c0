package org.councilsearch.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import org.councilsearch.app.Services;
import picocli.CommandLine;

/** Runs the command line in-process, as a user would from a shell, and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {
  static CliRun of(String... args) {
    Services services = new Services(Clock.systemUTC(), 2);
    CommandLine cli = Cli.commandLine(services);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
