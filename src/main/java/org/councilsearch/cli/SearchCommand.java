package org.councilsearch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.app.Services;
import org.councilsearch.model.Hit;
import org.councilsearch.model.SearchResult;
import org.councilsearch.model.ParagraphVersion;
import org.councilsearch.search.Languages;
import org.councilsearch.search.Citations;
import org.councilsearch.search.SearchRequest;
import org.councilsearch.search.Snippets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** council-search search: ranked passages for a query. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the indexed passages.",
      "Words are matched with English stemming; \"quoted phrases\", AND, OR, NOT, +word, -word,"
          + " wild*cards and section:word work too."
    },
    footer = {
      "",
      "Examples:",
      "  council-search search female genital mutilation",
      "  council-search search --year 2009 --limit 5 \"white ribbons\"",
      "  council-search search --json PSEA"
    })
final class SearchCommand implements Callable<Integer> {
  private static final String BOLD = "\u001b[1m";
  private static final String PLAIN = "\u001b[0m";

  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Mixin SolrOption solr;

  @Option(names = "--year", paramLabel = "YEAR", description = "Only papers reporting on this year.")
  Integer year;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "How many passages to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--org", paramLabel = "NAME", description = "Only passages mentioning this organization (any alias).")
  String org;

  @Option(names = "--event", paramLabel = "WORDS", description = "Only passages about an event with these words in its name.")
  String event;

  @Option(names = "--event-type", paramLabel = "TYPE", description = "Only passages about an event of this type (meeting, workshop, training, day, campaign ...).")
  String eventType;

  @Option(names = "--place", paramLabel = "PLACE", description = "Only passages mentioning this place.")
  String place;

  @Option(names = "--paper", paramLabel = "DOC", description = "Only passages of this paper (id or file name).")
  String paper;

  @Option(
      names = "--lang",
      paramLabel = "CODE",
      description =
          "Only passages in this language, by its ISO 639-1 code (en, fr, es ...); a paragraph of a paper that has a"
              + " version in it is shown in that version.")
  String language;

  @Option(
      names = "--literal",
      description = "Take the query word for word: no reading of years, acronyms or collaborations.")
  boolean literal;

  @Mixin JsonOption output;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to search for.")
  List<String> words;

  private final Services services;

  SearchCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() throws Exception {
    SearchRequest request =
        new SearchRequest(
            String.join(" ", words), year, year, org, event, eventType, place, paper, language, literal, limit, 0);
    SearchResult result;
    try (Services.Searching open = solr.open(services, index.dir, spec.commandLine())) {
      result = open.search().search(request);
    }
    output.print(spec.commandLine().getOut(), result, out -> print(result, out, System.console() != null));
    return ExitCodes.OK;
  }

  private static void print(SearchResult result, PrintWriter out, boolean terminal) {
    out.printf(
        Locale.ROOT,
        "%d %s \"%s\"%n",
        result.total(),
        result.total() == 1 ? "passage matches" : "passages match",
        result.query());
    if (!result.interpreted().summary().equals("searched as written")) {
      out.println("Read as: " + result.interpreted().summary() + " (--literal to search word for word)");
    }
    if (result.meaning() != null && !result.meaning().complete()) {
      out.printf(
          Locale.ROOT,
          "Search by meaning covers %d%% of the passages so far; indexing is adding the rest.%n",
          result.meaning().percent());
    }
    int rank = 1;
    for (Hit hit : result.hits()) {
      out.println();
      out.printf(
          Locale.ROOT, "%2d. %s  (score %.2f)%n", rank++, Citations.of(hit), hit.score());
      if (hit.meaningOnly()) {
        out.println("    (related in meaning; none of the words: not counted above)");
      }
      if (hit.note() != null) {
        out.println("    (" + hit.note() + ")");
      }
      if (!hit.section().isEmpty()) {
        out.println("    " + hit.section());
      }
      String snippet =
          terminal
              ? Snippets.toPlain(hit.snippet(), BOLD, PLAIN)
              : Snippets.toPlain(hit.snippet(), "", "");
      out.println("    " + snippet);
      out.println("    [" + hit.id() + " in " + hit.source() + "]");
      if (!hit.versions().isEmpty()) {
        out.println("    also in: " + alsoIn(hit.versions()));
      }
    }
  }

  /** "français ¶12 [id] · español ¶12 [id]". */
  static String alsoIn(List<ParagraphVersion> versions) {
    StringBuilder said = new StringBuilder();
    for (ParagraphVersion v : versions) {
      said.append(said.length() == 0 ? "" : " · ").append(Languages.name(v.language()));
      if (v.paragraph() != null) {
        said.append(" ¶").append(v.paragraph());
      }
      said.append(" [").append(v.id()).append(']');
    }
    return said.toString();
  }
}
