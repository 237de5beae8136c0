package org.councilsearch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.app.Services;
import org.councilsearch.model.EntityProfile.RelatedMentions;
import org.councilsearch.model.EntityProfile.YearOfHits;
import org.councilsearch.model.EntityProfile;
import org.councilsearch.model.Hit;
import org.councilsearch.model.Organization;
import org.councilsearch.search.Citations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** council-search entity: one entity with its aliases, predecessors and mentions by year. */
@Command(
    name = "entity",
    mixinStandardHelpOptions = true,
    description = {
      "Show one organization, place, event or person: its names, its predecessors and successors,"
          + " and the passages that mention it, year by year.",
      "Passages about predecessors and successors follow, marked as such."
    },
    footer = {"", "Examples:", "  council-search entity UN-Women", "  council-search entity \"UN Women\" --json", "  council-search entity Geneva"})
final class EntityCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Mixin SolrOption solr;

  @Mixin JsonOption output;

  @Parameters(arity = "1..*", paramLabel = "NAME", description = "Any name, alias or acronym.")
  List<String> name;

  private final Services services;

  EntityCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() throws Exception {
    EntityProfile profile;
    try (Services.Searching open = solr.open(services, index.dir, spec.commandLine())) {
      profile = open.entities().profile(String.join(" ", name));
    }
    output.print(spec.commandLine().getOut(), profile, out -> print(profile, out));
    return ExitCodes.OK;
  }

  private static void print(EntityProfile p, PrintWriter out) {
    out.println(p.name() + (p.acronym() == null ? "" : " (" + p.acronym() + ")") + "  [" + p.type().name().toLowerCase(java.util.Locale.ROOT) + "]");
    if (!p.aliases().isEmpty()) {
      out.println("Also called: " + String.join("; ", p.aliases()));
    }
    if (!p.predecessors().isEmpty()) {
      out.println("Predecessors: " + names(p.predecessors()));
    }
    if (!p.successors().isEmpty()) {
      out.println("Successors: " + names(p.successors()));
    }
    printYears(p.mentions(), "", out);
    for (RelatedMentions r : p.related()) {
      out.println();
      out.println("Mentions of " + r.relation() + " " + r.organization().name() + ":");
      printYears(r.years(), "  ", out);
    }
  }

  private static void printYears(List<YearOfHits> years, String indent, PrintWriter out) {
    for (YearOfHits year : years) {
      out.println();
      out.println(indent + (year.year() == null ? "Undated" : year.year()) + ":");
      for (Hit hit : year.passages()) {
        out.println(indent + "  " + Citations.of(hit) + ": " + abbreviate(hit.text()));
      }
    }
  }

  private static String names(List<Organization> orgs) {
    return orgs.stream()
        .map(o -> o.name() + (o.acronym() == null ? "" : " (" + o.acronym() + ")"))
        .collect(Collectors.joining("; "));
  }

  private static String abbreviate(String text) {
    return text.length() <= 160 ? text : text.substring(0, 157) + "...";
  }
}
