package org.councilsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled papers with three notes of our own, issued by IOM as they are, that end in the same
 * disclaimer naming IOM, as a series of papers does: the disclaimer matches queries about IOM but
 * never answers them, so it never comes before the passages that do.
 */
class BoilerplateIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DISCLAIMER =
      "The views expressed in this note are those of its authors and do not necessarily reflect the views of IOM"
          + " or of its Member States.";

  @TempDir static Path tmp;
  static String index;

  @BeforeAll
  static void indexTheCorpusWithThreeNotes() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    try (DirectoryStream<Path> bundled = Files.newDirectoryStream(Path.of("corpus"), "*.txt")) {
      for (Path paper : bundled) {
        Files.copy(paper, corpus.resolve(paper.getFileName()));
      }
    }
    for (int year = 2013; year <= 2015; year++) {
      Files.writeString(
          corpus.resolve("note-" + year + ".txt"),
          "INTERNATIONAL ORGANIZATION FOR MIGRATION\n\nSTANDING COMMITTEE: NOTE ON LABOUR MOBILITY " + year + "\n\nI. LABOUR MOBILITY\n\n"
              + "1. In " + year + ", IOM shared its views on labour mobility with the delegations of the"
              + " Committee during an informal consultation.\n\n"
              + "2. The Administration reported on the recruitment of seasonal workers in " + year + ".\n\n"
              + DISCLAIMER + "\n",
          StandardCharsets.UTF_8);
    }
    index = tmp.resolve("index").toString();
    CliRun run = CliRun.of("index", "--corpus", corpus.toString(), "--index", index);
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private static List<String> texts(String... query) throws IOException {
    List<String> args = new ArrayList<>(List.of("search", "--index", index, "--json", "--limit", "10"));
    args.addAll(List.of(query));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> texts = new ArrayList<>();
    JSON.readTree(run.out()).get("hits").forEach((JsonNode h) -> texts.add(h.get("text").asText()));
    return texts;
  }

  private static int firstDisclaimer(List<String> texts) {
    int at = texts.indexOf(DISCLAIMER);
    return at < 0 ? texts.size() : at;
  }

  @Test
  void what_iom_did_with_unifem_comes_before_the_disclaimer() throws IOException {
    List<String> texts = texts("what did IOM do with UNIFEM");
    assertThat(texts.get(0)).contains("United Nations Development Fund for Women");
    assertThat(firstDisclaimer(texts)).isGreaterThan(0);
  }

  @Test
  void a_disclaimer_repeated_across_papers_comes_after_the_passages_that_answer() throws IOException {
    // The disclaimer says "views" twice and is short: by its words alone it would rank first.
    List<String> texts = texts("views", "of", "IOM");
    assertThat(texts).contains(DISCLAIMER);
    assertThat(texts.subList(0, 3)).allMatch(t -> t.contains("shared its views on labour mobility"));
    assertThat(firstDisclaimer(texts)).isGreaterThanOrEqualTo(3);
  }
}
