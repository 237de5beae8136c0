package org.councilsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.support.SolrCloud;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reading commands with {@code --solr}: they print what they print on the index directory,
 * and a cluster or collection that cannot be used is one line and its exit code.
 */
@Tag("solrcloud")
@ExtendWith(SolrCloud.Shared.class)
class SolrSearchCommandIT {
  private static final String ALIAS = "commands";

  @TempDir Path tmp;

  @Test
  void search_show_and_entity_print_from_the_collection_what_they_print_from_the_index(SolrCloud cloud) {
    String index = tmp.resolve("index").toString();
    // A collection is searched by words alone (it holds no vectors yet), so the index it is
    // compared with is built without them.
    assertThat(CliRun.of("index", "--corpus", "corpus", "--index", index, "--no-vectors").exitCode()).isZero();
    CliRun built = CliRun.of("index", "--corpus", "corpus", "--solr", cloud.solrOption(), "--collection", ALIAS, "--full");
    assertThat(built.exitCode()).as(built.err()).isZero();
    try {
      String[][] commands = {
        {"search", "--json", "female", "genital", "mutilation", "2009"},
        {"search", "--org", "UNICEF", "--limit", "3", "women"},
        {"show", "--json", CliRun.of("search", "--index", index, "--json", "--limit", "1", "PSEA").out().replaceAll("(?s).*?\"paperId\"\\s*:\\s*\"([^\"]+)\".*", "$1")},
        {"entity", "--json", "UN-Women"},
        {"collaborations", "UNICEF"},
      };
      for (String[] command : commands) {
        CliRun embedded = CliRun.of(with(command, "--index", index));
        CliRun solr = CliRun.of(with(command, "--solr", cloud.solrOption(), "--collection", ALIAS));
        assertThat(embedded.exitCode()).as(embedded.err()).isZero();
        assertThat(solr.exitCode()).as(solr.err()).isZero();
        // Line by line in any order: passages of equal score may come in either order.
        assertThat(lines(solr.out())).as(String.join(" ", command)).isEqualTo(lines(embedded.out()));
      }
    } finally {
      try {
        cloud.delete(ALIAS);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Test
  void language_versions_link_alike_in_the_collection_and_the_index(SolrCloud cloud) {
    String corpus = "src/test/resources/translations";
    String index = tmp.resolve("versions").toString();
    assertThat(CliRun.of("index", "--corpus", corpus, "--index", index, "--no-vectors").exitCode()).isZero();
    CliRun built = CliRun.of("index", "--corpus", corpus, "--solr", cloud.solrOption(), "--collection", "versions", "--full");
    assertThat(built.exitCode()).as(built.err()).isZero();
    assertThat(built.out()).contains("Language versions: 2 papers exist in more than one language");
    try {
      String[][] commands = {
        {"search", "--json", "480"},
        {"search", "--json", "--lang", "fr", "rescue", "times", "external", "review"},
        {"show", "--json", "mc-2900-en.txt"},
        {"show", "scpf-88-fr.txt"},
        {"export"},
      };
      for (String[] command : commands) {
        CliRun embedded = CliRun.of(with(command, "--index", index));
        CliRun solr = CliRun.of(with(command, "--solr", cloud.solrOption(), "--collection", "versions"));
        assertThat(embedded.exitCode()).as(embedded.err()).isZero();
        assertThat(solr.exitCode()).as(solr.err()).isZero();
        assertThat(embedded.out()).containsAnyOf("\"versions\"", "also in");
        assertThat(lines(solr.out())).as(String.join(" ", command)).isEqualTo(lines(embedded.out()));
      }
    } finally {
      try {
        cloud.delete("versions");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Test
  void an_unusable_cluster_or_collection_is_one_line_and_its_exit_code(SolrCloud cloud) {
    CliRun down = CliRun.of("search", "--solr", "http://127.0.0.1:9/solr", "women");
    assertThat(down.exitCode()).isEqualTo(ExitCodes.SOLR_UNREACHABLE);
    assertThat(down.err().strip().lines()).hasSize(1);
    assertThat(down.err()).contains("no SolrCloud node answers at http://127.0.0.1:9/solr");

    CliRun missing = CliRun.of("serve", "--solr", cloud.solrOption(), "--collection", "never_built", "--port", "0");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.COLLECTION_MISSING);
    assertThat(missing.err().strip().lines()).hasSize(1);
    assertThat(missing.err()).contains("--collection never_built --full");
  }

  private static String[] with(String[] command, String... options) {
    String[] args = new String[command.length + options.length];
    args[0] = command[0];
    System.arraycopy(options, 0, args, 1, options.length);
    System.arraycopy(command, 1, args, 1 + options.length, command.length - 1);
    return args;
  }

  /**
   * The printed lines, sorted, with scores and ranks left out: scores agree to the last bits of a
   * float sum, and ranks follow the order of equal scores.
   */
  private static java.util.List<String> lines(String out) {
    return out.lines()
        .map(l -> l.replaceAll("\"score\"\\s*:\\s*[0-9.eE-]+", "\"score\":_").replaceAll("\\(score [0-9.]+\\)", "(score _)").replaceAll("^\\s*\\d+\\. ", ""))
        .sorted()
        .toList();
  }
}
