package org.councilsearch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.app.Services;
import org.councilsearch.app.IndexConfig;
import org.councilsearch.saved.SavedSearch;
import org.councilsearch.saved.SavedSearchStatus;
import org.councilsearch.saved.SavedSearches;
import org.councilsearch.search.SearchFilters;
import org.councilsearch.state.StateDatabase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** council-search saved: list, add and remove saved searches. */
@Command(
    name = "saved",
    mixinStandardHelpOptions = true,
    description = {
      "List, add and remove saved searches.",
      "A saved search keeps a query with its filters; 'alerts' then tells which passages each has"
          + " gained since it was last looked at. They are kept in the state directory (see"
          + " --state-dir), shared with 'serve'."
    },
    subcommands = {SavedCommand.ListCommand.class, SavedCommand.AddCommand.class, SavedCommand.RemoveCommand.class},
    footer = {
      "",
      "Examples:",
      "  council-search saved add --name \"UN-Women\" --filter org=UN-Women --filter from=2009 gender",
      "  council-search saved list",
      "  council-search saved remove \"UN-Women\""
    })
final class SavedCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: saved list, saved add or saved remove");
  }

  /** Where a saved-search command finds the index and the state. */
  static final class Place {
    @Mixin IndexOption index;

    @Mixin SolrOption solr;

    @Mixin StateDirOption state;

    /** Runs {@code work} on the saved searches of this index. */
    <T> T with(Services services, CommandLine cli, Work<T> work) throws Exception {
      IndexConfig where = solr.where(index.dir, cli);
      try (Services.Searching open = services.open(where);
          StateDatabase db = StateDatabase.open(state.resolve(where))) {
        return work.run(services.savedSearches(db, () -> open));
      }
    }

    interface Work<T> {
      T run(SavedSearches saved) throws Exception;
    }
  }

  /** council-search saved list. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the saved searches with their counts of new passages.")
  static final class ListCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin Place place;

    @Mixin JsonOption output;

    private final Services services;

    ListCommand(Services services) {
      this.services = services;
    }

    @Override
    public Integer call() throws Exception {
      List<SavedSearchStatus> all =
          place.with(
              services,
              spec.commandLine(),
              saved -> {
                List<SavedSearchStatus> statuses = new ArrayList<>();
                for (SavedSearch s : saved.list()) {
                  statuses.add(saved.status(s));
                }
                return statuses;
              });
      List<Map<String, Object>> json = new ArrayList<>();
      for (SavedSearchStatus s : all) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.search().id());
        m.put("name", s.search().name());
        m.put("q", s.search().query());
        m.put("filters", s.search().filters());
        m.put("created", s.search().created());
        m.put("lastLooked", s.search().lastLooked());
        m.put("matches", s.matches());
        m.put("newCount", s.newCount());
        m.put("error", s.error());
        json.add(m);
      }
      output.print(spec.commandLine().getOut(), json, out -> print(all, out));
      return ExitCodes.OK;
    }

    private static void print(List<SavedSearchStatus> all, PrintWriter out) {
      if (all.isEmpty()) {
        out.println("No saved searches. Add one with: council-search saved add --name NAME QUERY");
        return;
      }
      for (SavedSearchStatus s : all) {
        String filters = SearchFilters.describeRaw(s.search().filters());
        out.printf(
            Locale.ROOT,
            "%s: \"%s\"%s  %d passage%s, %d new%s%n",
            s.search().name(),
            s.search().query(),
            filters.isEmpty() ? "" : " (" + filters + ")",
            s.matches(),
            s.matches() == 1 ? "" : "s",
            s.newCount(),
            s.error() == null ? "" : "  [cannot run: " + s.error() + "]");
      }
    }
  }

  /** council-search saved add. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Save a search under a name. What it matches now counts as seen; passages later indexing"
            + " brings are new.",
        "Filters take the search API's keys: year, from, to, org, event, event-type, place, doc,"
            + " literal."
      })
  static final class AddCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin Place place;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The name to save it under.")
    String name;

    @Option(names = "--filter", paramLabel = "KEY=VALUE", description = "A filter, such as org=UN-Women or from=2009; repeat for more.")
    List<String> filters = new ArrayList<>();

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to search for.")
    List<String> words;

    private final Services services;

    AddCommand(Services services) {
      this.services = services;
    }

    @Override
    public Integer call() throws Exception {
      Map<String, String> given = new LinkedHashMap<>();
      for (String f : filters) {
        int eq = f.indexOf('=');
        if (eq <= 0) {
          throw new CommandLine.ParameterException(
              spec.commandLine(), "--filter takes KEY=VALUE, such as org=UN-Women, not '" + f + "'");
        }
        given.put(f.substring(0, eq), f.substring(eq + 1));
      }
      SavedSearchStatus added =
          place.with(services, spec.commandLine(), saved -> saved.status(saved.add(name, String.join(" ", words), given)));
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          Locale.ROOT,
          "Saved \"%s\" (id %d): %d passage%s match now; 'council-search alerts' tells what indexing adds.%n",
          added.search().name(),
          added.search().id(),
          added.matches(),
          added.matches() == 1 ? "" : "s");
      out.flush();
      return ExitCodes.OK;
    }
  }

  /** council-search saved remove. */
  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a saved search and what it has shown.")
  static final class RemoveCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin Place place;

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "The saved search's name.")
    List<String> words;

    private final Services services;

    RemoveCommand(Services services) {
      this.services = services;
    }

    @Override
    public Integer call() throws Exception {
      String name = String.join(" ", words);
      String removed =
          place.with(
              services,
              spec.commandLine(),
              saved -> {
                SavedSearch s = saved.named(name);
                saved.remove(s.id());
                return s.name();
              });
      spec.commandLine().getOut().println("Removed \"" + removed + "\".");
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }
}
