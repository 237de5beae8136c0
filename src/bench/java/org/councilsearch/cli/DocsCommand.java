package org.councilsearch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.bench.FiguresDocs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** council-search-bench docs: writes the generated figures pages of docs/. */
@Command(
    name = "docs",
    mixinStandardHelpOptions = true,
    description = {
      "Write docs/evaluation.md from src/main/resources/eval/*.spec and docs/performance.md from"
          + " src/bench/performance.json. Run it after recording new figures and commit the pages with them."
    })
final class DocsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--root", paramLabel = "DIR", defaultValue = ".", description = "The root of a checkout (default: the current directory).")
  Path root;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    for (Path page : new FiguresDocs(root).write().keySet()) {
      out.println("written: " + page);
    }
    out.flush();
    return ExitCodes.OK;
  }
}
