package org.councilsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.councilsearch.index.VectorStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search by meaning on the bundled corpus, as a user meets it on the command line: a paraphrase
 * that shares no word with a passage finds it, marked as found by meaning alone, and the total
 * still counts only passages that match the words.
 */
class MeaningSearchIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** None of these words (nor their stems) is in the passage it should find. */
  private static final String PARAPHRASE = "teaching personnel about equality of the sexes";

  private static final String PASSAGE = "To assist staff in broadening their sensitivity to gender issues";

  @TempDir static Path tmp;
  static String index;
  static CliRun indexed;

  @BeforeAll
  static void indexWithVectors() {
    index = tmp.resolve("index").toString();
    indexed = CliRun.of("index", "--corpus", "corpus", "--index", index);
    assertThat(indexed.exitCode()).as(indexed.err()).isZero();
  }

  private static JsonNode search(String idx, String query) throws Exception {
    CliRun run = CliRun.of("search", "--index", idx, "--json", "--limit", "10", query);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  @Test
  void the_vector_pass_runs_after_the_words_and_says_so() {
    assertThat(indexed.out()).contains("The index holds 5 papers, 227 passages.");
    assertThat(indexed.out()).containsPattern("Vectors added in [0-9.]+ s to 227 passages of 5 papers");
    assertThat(Files.isDirectory(VectorStore.beside(Path.of(index)))).isTrue();
  }

  @Test
  void a_paraphrase_with_none_of_the_words_finds_the_passage_by_meaning() throws Exception {
    JsonNode result = search(index, PARAPHRASE);
    JsonNode found = null;
    int rank = 0;
    for (JsonNode hit : result.get("hits")) {
      rank++;
      if (hit.get("text").asText().startsWith(PASSAGE)) {
        found = hit;
        break;
      }
    }
    assertThat(found).as("the passage among the first ten hits").isNotNull();
    assertThat(rank).isLessThanOrEqualTo(3);
    assertThat(found.get("meaningOnly").asBoolean()).isTrue();
    assertThat(found.get("text").asText().toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("teach", "personnel", "equal", "sexes");
    assertThat(result.get("total").asLong()).as("no passage has the words").isZero();
    assertThat(result.get("meaning").get("withVector").asLong()).isEqualTo(227);
  }

  @Test
  void without_vectors_search_works_by_words_as_before() throws Exception {
    String plain = tmp.resolve("plain").toString();
    CliRun run = CliRun.of("index", "--corpus", "corpus", "--index", plain, "--no-vectors");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("Vectors added");
    assertThat(Files.exists(VectorStore.beside(Path.of(plain)))).isFalse();
    JsonNode words = search(plain, PARAPHRASE);
    assertThat(words.get("meaning").isNull()).isTrue();
    assertThat(words.get("hits")).allSatisfy(h -> assertThat(h.get("meaningOnly").asBoolean()).isFalse());
    JsonNode hybrid = search(index, "female genital mutilation");
    JsonNode lexical = search(plain, "female genital mutilation");
    assertThat(hybrid.get("total")).isEqualTo(lexical.get("total"));
    assertThat(hybrid.get("facets")).isEqualTo(lexical.get("facets"));
  }

  @Test
  void an_unchanged_corpus_is_never_embedded_again_even_when_rebuilt() {
    CliRun again = CliRun.of("index", "--corpus", "corpus", "--index", index, "--full");
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("Vectors added in").contains(": 0 embedded");
  }
}
