package org.councilsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.app.IndexConfig;
import org.councilsearch.app.Services;
import org.councilsearch.index.VectorStore;
import org.councilsearch.model.SolrLocation;
import org.councilsearch.support.SolrCloud;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reading commands with {@code --solr}: they print what they print on the index directory,
 * search by meaning included once the collection holds vectors, and a cluster or collection that
 * cannot be used is one line and its exit code.
 */
@Tag("solrcloud")
@ExtendWith(SolrCloud.Shared.class)
class SolrSearchCommandIT {
  private static final String ALIAS = "commands";

  @TempDir Path tmp;

  @Test
  void search_show_and_entity_print_from_the_collection_what_they_print_from_the_index(SolrCloud cloud) {
    String index = tmp.resolve("index").toString();
    // Both by words alone: search by meaning on both is compared below.
    assertThat(CliRun.of("index", "--corpus", "corpus", "--index", index, "--no-vectors").exitCode()).isZero();
    CliRun built = CliRun.of("index", "--corpus", "corpus", "--solr", cloud.solrOption(), "--collection", ALIAS, "--full", "--no-vectors");
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
    CliRun built = CliRun.of("index", "--corpus", corpus, "--solr", cloud.solrOption(), "--collection", "versions", "--full", "--no-vectors");
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
  void a_collection_with_vectors_finds_by_meaning_what_the_index_finds(SolrCloud cloud) throws Exception {
    String alias = "meaning";
    Path state = tmp.resolve("state");
    CliRun built =
        CliRun.of("index", "--corpus", "corpus", "--solr", cloud.solrOption(), "--collection", alias, "--full", "--state-dir", state.toString());
    assertThat(built.exitCode()).as(built.err()).isZero();
    try {
      assertThat(built.out()).containsPattern("Vectors added in [0-9.]+ s to 227 passages of 5 papers: [1-9][0-9]* embedded");
      // The index is given the vectors the collection's run embedded: none is embedded twice.
      Path index = tmp.resolve("index");
      copyTree(Services.vectorsDir(new IndexConfig.SolrCloud(new SolrLocation(cloud.urls(), alias)).withStateDir(state)), VectorStore.beside(index));
      CliRun embedded = CliRun.of("index", "--corpus", "corpus", "--index", index.toString());
      assertThat(embedded.exitCode()).as(embedded.err()).isZero();
      assertThat(embedded.out()).contains(": 0 embedded");

      for (String query : new String[] {MEANING_ONLY, "how did IOM train its staff on gender?"}) {
        JsonNode fromIndex = json(CliRun.of("search", "--json", "--limit", "10", "--index", index.toString(), query));
        JsonNode fromCollection =
            json(CliRun.of("search", "--json", "--limit", "10", "--solr", cloud.solrOption(), "--collection", alias, query));
        assertThat(fromCollection.get("meaning").get("withVector").asLong()).isEqualTo(227);
        assertThat(fromCollection.get("total")).as(query).isEqualTo(fromIndex.get("total"));
        assertThat(ranked(fromCollection)).as(query).isEqualTo(ranked(fromIndex));
      }
      JsonNode paraphrase = json(CliRun.of("search", "--json", "--limit", "10", "--solr", cloud.solrOption(), "--collection", alias, MEANING_ONLY));
      assertThat(paraphrase.get("total").asLong()).as("no passage has the words").isZero();
      assertThat(paraphrase.get("hits"))
          .filteredOn(hit -> hit.get("text").asText().startsWith("To assist staff in broadening their sensitivity to gender issues"))
          .singleElement()
          .satisfies(hit -> assertThat(hit.get("meaningOnly").asBoolean()).as("found by meaning alone").isTrue());

      CliRun again = CliRun.of("index", "--corpus", "corpus", "--solr", cloud.solrOption(), "--collection", alias, "--state-dir", state.toString());
      assertThat(again.exitCode()).as(again.err()).isZero();
      assertThat(again.out()).contains("5 unchanged").contains("to 0 passages of 0 papers: 0 embedded");
    } finally {
      cloud.delete(alias);
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

  /** A paraphrase that shares no word (nor stem) with the passages it is about. */
  private static final String MEANING_ONLY = "teaching personnel about equality of the sexes";

  private static JsonNode json(CliRun run) throws Exception {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  /** The hits in rank order, each as its passage id and whether it was found by meaning alone. */
  private static List<String> ranked(JsonNode result) {
    List<String> hits = new ArrayList<>();
    for (JsonNode hit : result.get("hits")) {
      hits.add(hit.get("id").asText() + (hit.get("meaningOnly").asBoolean() ? " (related in meaning)" : ""));
    }
    return hits;
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else if (!f.getFileName().toString().equals("write.lock")) {
          Files.copy(f, target);
        }
      }
    }
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
