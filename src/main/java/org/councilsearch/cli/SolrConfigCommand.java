package org.councilsearch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.app.Services;
import org.councilsearch.backend.solr.SolrSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** council-search solr-config: writes the SolrCloud configset for an operator to upload. */
@Command(
    name = "solr-config",
    mixinStandardHelpOptions = true,
    description = {
      "Write the SolrCloud configset (managed-schema.xml, solrconfig.xml, stop words) that"
          + " matches this version's index, for an operator who uploads it himself.",
      "index --solr ... --full uploads it by itself when the cluster lacks it."
    })
final class SolrConfigCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory to write it to.")
  Path out;

  private final Services services;

  SolrConfigCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() throws Exception {
    SolrSchema solr = new SolrSchema(services.schema());
    solr.write(out);
    var o = spec.commandLine().getOut();
    o.println("Wrote configset " + solr.configSetName() + " to " + out + ".");
    o.println("Upload it and create a collection with, for example:");
    o.println("  bin/solr zk upconfig -n " + solr.configSetName() + " -d " + out + " -z ZK_HOST:2181");
    o.println(
        "  curl 'http://SOLR:8983/solr/admin/collections?action=CREATE&name=council-search_1"
            + "&collection.configName=" + solr.configSetName()
            + "&numShards=2&replicationFactor=2&router.field=" + SolrSchema.ROUTE_FIELD + "'");
    o.println("  curl 'http://SOLR:8983/solr/admin/collections?action=CREATEALIAS"
        + "&name=council-search&collections=council-search_1'");
    o.flush();
    return ExitCodes.OK;
  }
}
