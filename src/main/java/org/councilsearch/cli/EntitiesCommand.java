package org.councilsearch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.app.Services;
import org.councilsearch.model.EntitySummary;
import org.councilsearch.model.EntityType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** council-search entities: the tagged entities with mention counts and years. */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = "List the organizations (or events, places, people, dates) tagged in the papers, most mentioned first.",
    footer = {"", "Examples:", "  council-search entities", "  council-search entities --type event --json"})
final class EntitiesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Mixin SolrOption solr;

  @Option(
      names = "--type",
      defaultValue = "organization",
      description = "organization, event, place, person or date (default: ${DEFAULT-VALUE}).")
  EntityType type;

  @Mixin JsonOption output;

  private final Services services;

  EntitiesCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() throws Exception {
    List<EntitySummary> entities;
    try (Services.Searching open = solr.open(services, index.dir, spec.commandLine())) {
      entities = open.entities().list(type);
    }
    output.print(spec.commandLine().getOut(), entities, out -> print(entities, out));
    return ExitCodes.OK;
  }

  private void print(List<EntitySummary> entities, PrintWriter out) {
    for (EntitySummary e : entities) {
      String years = e.years().stream().map(String::valueOf).collect(Collectors.joining(", "));
      out.printf(Locale.ROOT, "%5d  %s  (%s)%n", e.mentions(), e.name(), years);
    }
    out.printf(Locale.ROOT, "%d %s%n", entities.size(), plural(type));
  }

  private static String plural(EntityType type) {
    String name = type.name().toLowerCase(Locale.ROOT);
    return switch (type) {
      case PERSON -> "people";
      default -> name + "s";
    };
  }
}
