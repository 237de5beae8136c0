package org.councilsearch.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.councilsearch.app.IndexConfig;
import org.councilsearch.app.Services;
import org.councilsearch.model.SolrLocation;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The --solr and --collection options of the commands that can work on a SolrCloud: index writes
 * to the collection, and the commands that read (search, serve, show, export, entities, entity,
 * collaborations) answer from it, the same way as from the index directory.
 */
final class SolrOption {
  @Option(
      names = "--solr",
      paramLabel = "URL[,URL...]",
      split = ",",
      description =
          "Use a SolrCloud instead of the index directory: the base URL of one or more of its"
              + " nodes, such as http://solr1:8983/solr.")
  List<String> nodes = new ArrayList<>();

  @Option(
      names = "--collection",
      paramLabel = "NAME",
      description = "The SolrCloud collection or alias (with --solr; default: ${DEFAULT-VALUE}).",
      defaultValue = "council-search")
  String collection;

  /**
   * Opens what the command reads: the collection named by --solr and --collection, or else the
   * index directory {@code index}.
   */
  Services.Searching open(Services services, Path index, CommandLine commandLine) {
    return services.open(where(index, commandLine));
  }

  /**
   * Where the command works: the collection named by --solr and --collection, read or updated
   * where it is, or else the index directory {@code index}.
   */
  IndexConfig where(Path index, CommandLine commandLine) {
    SolrLocation location = location(commandLine);
    return location == null ? new IndexConfig.Embedded(index) : new IndexConfig.SolrCloud(location);
  }

  /** The collection asked for, or null when --solr is not given. */
  SolrLocation location(CommandLine commandLine) {
    return nodes.isEmpty() ? null : location(commandLine, nodes, collection);
  }

  /** {@code collection} on the nodes at {@code nodes}, checked as the options take them. */
  static SolrLocation location(CommandLine commandLine, List<String> nodes, String collection) {
    for (String node : nodes) {
      if (!node.startsWith("http://") && !node.startsWith("https://")) {
        throw new CommandLine.ParameterException(
            commandLine,
            "--solr takes node URLs such as http://solr1:8983/solr, not \"" + node + "\"");
      }
    }
    if (collection.isBlank()) {
      throw new CommandLine.ParameterException(commandLine, "--collection needs a name");
    }
    return new SolrLocation(nodes, collection);
  }
}
