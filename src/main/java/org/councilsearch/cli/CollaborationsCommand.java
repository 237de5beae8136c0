package org.councilsearch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.app.Services;
import org.councilsearch.model.Collaborations.JointActivity;
import org.councilsearch.model.Collaborations.Year;
import org.councilsearch.model.Collaborations;
import org.councilsearch.search.Citations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** council-search collaborations: joint work with one partner, year by year. */
@Command(
    name = "collaborations",
    mixinStandardHelpOptions = true,
    description = {
      "List, year by year, the passages where the papers' organization worked with ORG (any name"
          + " or acronym): the activity, its date and place, and the other partners.",
      "Joint work with ORG's predecessors follows, marked."
    },
    footer = {"", "Examples:", "  council-search collaborations UN-Women", "  council-search collaborations ILO --json"})
final class CollaborationsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Mixin SolrOption solr;

  @Mixin JsonOption output;

  @Parameters(arity = "1..*", paramLabel = "ORG", description = "The partner organization.")
  List<String> name;

  private final Services services;

  CollaborationsCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() throws Exception {
    Collaborations found;
    try (Services.Searching open = solr.open(services, index.dir, spec.commandLine())) {
      found = open.collaborations().find(String.join(" ", name));
    }
    output.print(spec.commandLine().getOut(), found, out -> print(found, out));
    return ExitCodes.OK;
  }

  private static void print(Collaborations found, PrintWriter out) {
    Collaborations.Partner p = found.organization();
    out.println("Collaborations with " + p.name() + (p.acronym() == null ? "" : " (" + p.acronym() + ")"));
    print(found.years(), out);
    if (!found.predecessorYears().isEmpty()) {
      out.println();
      out.println("With its predecessors:");
      print(found.predecessorYears(), out);
    }
    if (found.years().isEmpty() && found.predecessorYears().isEmpty()) {
      out.println("No joint activity found.");
    }
  }

  private static void print(List<Year> years, PrintWriter out) {
    for (Year y : years) {
      out.println();
      out.println(y.year() == null ? "Undated" : String.valueOf(y.year()));
      for (JointActivity a : y.passages()) {
        StringBuilder line = new StringBuilder("  ").append(Citations.of(a.hit()));
        if (a.activity() != null) {
          line.append(": ").append(a.activity());
        }
        if (a.start() != null) {
          line.append(", ").append(a.start().equals(a.end()) ? a.start() : a.start() + " to " + a.end());
        }
        if (a.place() != null) {
          line.append(", ").append(a.place());
        }
        out.println(line);
        if (!a.partners().isEmpty()) {
          out.println("    with " + String.join(", ", a.partners()));
        }
        if (a.hit().note() != null) {
          out.println("    (" + a.hit().note() + ")");
        }
        String text = a.hit().text();
        out.println("    " + (text.length() > 200 ? text.substring(0, 197) + "..." : text));
      }
    }
  }
}
