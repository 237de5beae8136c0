package org.councilsearch;

import org.councilsearch.app.Services;
import org.councilsearch.cli.Cli;

/** Starts the command line; the only place that ends the process. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(Cli.commandLine(Services.forThisMachine()).execute(args));
  }
}
