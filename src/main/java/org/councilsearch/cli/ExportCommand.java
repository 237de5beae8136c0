package org.councilsearch.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.app.Json;
import org.councilsearch.app.Services;
import org.councilsearch.model.Paper;
import org.councilsearch.search.PaperView;
import org.councilsearch.search.VersionLinks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** council-search export: every indexed paper as JSON Lines. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Print every indexed paper as JSON Lines on standard output, one paper per line, oldest first.",
    footer = {"", "Example:", "  council-search export | jq -r '[.year, .title, .symbol] | @tsv'"})
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Mixin SolrOption solr;

  private final Services services;

  ExportCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ObjectWriter writer = Json.mapper().writer();
    try (Services.Searching open = solr.open(services, index.dir, spec.commandLine())) {
      VersionLinks links = open.catalog().versionLinks();
      // One paper at a time, so an archive of any size streams out in constant memory.
      for (Paper paper : open.catalog().papers()) {
        out.println(writer.writeValueAsString(PaperView.of(open.catalog().content(paper.id()), links)));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
