package org.councilsearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.app.Json;
import org.councilsearch.app.Services;
import org.councilsearch.model.Hit;
import org.councilsearch.saved.SavedSearch;
import org.councilsearch.saved.SavedSearchStatus;
import org.councilsearch.search.Citations;
import org.councilsearch.search.PassageLinks;
import org.councilsearch.search.Snippets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** council-search alerts: the new passages of every saved search. */
@Command(
    name = "alerts",
    mixinStandardHelpOptions = true,
    description = {
      "Print the passages each saved search has gained since it was last looked at (on the page,"
          + " or by the last alerts run), and mark them seen unless --peek.",
      "Exits 0 when nothing is new and 3 when something is, so a cron line is all an alert needs."
    },
    footer = {
      "",
      "Examples:",
      "  council-search alerts",
      "  council-search alerts --json --peek",
      "  0 7 * * * council-search index && council-search alerts | mail -E -s 'New passages' me"
    })
final class AlertsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SavedCommand.Place place;

  @Option(names = "--json", description = "Print one JSON object per new passage (JSON Lines) instead of text.")
  boolean json;

  @Option(names = "--peek", description = "Leave the new passages new: show them without marking them seen.")
  boolean peek;

  private final Services services;

  AlertsCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int fresh =
        place.with(
            services,
            spec.commandLine(),
            saved -> {
              int count = 0;
              List<SavedSearch> all = saved.list();
              if (all.isEmpty() && !json) {
                err.println("No saved searches. Add one with: council-search saved add --name NAME QUERY");
              }
              for (SavedSearch s : all) {
                SavedSearchStatus status = saved.status(s);
                if (status.error() != null) {
                  err.println("\"" + s.name() + "\" cannot run on this index: " + status.error());
                  continue;
                }
                if (status.fresh().isEmpty()) {
                  continue;
                }
                count += status.fresh().size();
                if (json) {
                  printJson(s, status.fresh(), out);
                } else {
                  printText(s, status.fresh(), out);
                }
                if (!peek) {
                  saved.markSeen(s, status.fresh());
                }
              }
              return count;
            });
    if (fresh == 0 && !json) {
      out.println("Nothing new.");
    }
    out.flush();
    err.flush();
    return fresh == 0 ? ExitCodes.OK : ExitCodes.NEW_PASSAGES;
  }

  private static void printText(SavedSearch s, List<Hit> fresh, PrintWriter out) {
    out.printf(Locale.ROOT, "%s: %d new passage%s%n", s.name(), fresh.size(), fresh.size() == 1 ? "" : "s");
    for (Hit h : fresh) {
      out.println("  " + Citations.of(h));
      out.println("    " + Snippets.toPlain(h.snippet(), "", ""));
      out.println("    [" + h.id() + " in " + h.source() + "]");
    }
    out.println();
  }

  private static void printJson(SavedSearch s, List<Hit> fresh, PrintWriter out) throws Exception {
    ObjectMapper mapper = Json.mapper();
    for (Hit h : fresh) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("savedSearch", s.name());
      line.put("savedSearchId", s.id());
      line.put("passageId", h.id());
      line.put("paperId", h.paperId());
      line.put("source", h.source());
      line.put("title", h.title());
      line.put("year", h.year());
      line.put("paragraph", h.paragraph());
      line.put("citation", Citations.of(h));
      line.put("link", PassageLinks.href(h.paperId(), h.id(), h.paragraph()));
      line.put("text", h.text());
      out.println(mapper.writeValueAsString(line));
    }
  }
}
