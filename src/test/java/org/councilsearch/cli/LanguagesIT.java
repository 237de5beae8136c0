package org.councilsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A French paper, a Spanish paper and an English paper with a French annex, from the command
 * line: each passage's language, French and Spanish analysis (a plural or an accent of the query
 * still finds the passage), the language facet and the language filter.
 */
class LanguagesIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  static String index;

  @BeforeAll
  static void indexThePapers() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    try (Stream<Path> papers = Files.list(Path.of("src/test/resources/multilingual"))) {
      for (Path paper : papers.toList()) {
        Files.copy(paper, corpus.resolve(paper.getFileName()));
      }
    }
    index = tmp.resolve("index").toString();
    CliRun run = CliRun.of("index", "--corpus", corpus.toString(), "--index", index, "--no-vectors");
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private static JsonNode search(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("search", "--index", index, "--json", "--limit", "10"));
    all.addAll(List.of(args));
    CliRun run = CliRun.of(all.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  private static Map<String, Long> facet(JsonNode result, String key) {
    Map<String, Long> counts = new LinkedHashMap<>();
    result.get("facets").get(key).forEach(c -> counts.put(c.get("value").asText(), c.get("count").asLong()));
    return counts;
  }

  @Test
  void a_french_query_finds_the_plural_forms_of_a_french_paper() throws Exception {
    JsonNode hit = search("rapport annuel du comité").get("hits").get(0);

    assertThat(hit.get("text").asText()).contains("les rapports annuels que le Comité");
    assertThat(hit.get("language").asText()).isEqualTo("fr");
  }

  @Test
  void a_spanish_query_finds_the_singular_form_of_a_spanish_paper() throws Exception {
    JsonNode hit = search("programas de formación").get("hits").get(0);

    assertThat(hit.get("text").asText()).contains("el programa de formación destinado");
    assertThat(hit.get("language").asText()).isEqualTo("es");
  }

  @Test
  void french_elision_and_spanish_accents_match_as_english_analysis_would_not() throws Exception {
    // English analysis keeps "l'exercice" one word and "formación" apart from "formacion".
    JsonNode exercice = search("exercice 2012").get("hits").get(0);
    assertThat(exercice.get("text").asText()).contains("au cours de l'exercice 2012");

    JsonNode formacion = search("formacion").get("hits").get(0);
    assertThat(formacion.get("text").asText()).contains("el programa de formación destinado");
  }

  @Test
  void the_language_facet_counts_passages_and_the_filter_keeps_one_language() throws Exception {
    JsonNode both = search("budget");
    assertThat(facet(both, "lang")).containsEntry("en", 1L).containsEntry("fr", 1L);
    assertThat(both.get("facets").get("lang").findValuesAsText("label")).contains("English", "French");

    JsonNode french = search("--lang", "fr", "budget");
    assertThat(french.get("hits")).hasSize(1);
    JsonNode annex = french.get("hits").get(0);
    // The French annex of an English paper is French on its own.
    assertThat(annex.get("text").asText()).startsWith("Le Comité recommande");
    assertThat(annex.get("language").asText()).isEqualTo("fr");
    assertThat(annex.get("source").asText()).isEqualTo("txt_english-with-french-annex.txt");
  }

  @Test
  void a_language_filter_that_is_not_a_code_is_refused_with_what_it_takes() {
    CliRun run = CliRun.of("search", "--index", index, "--lang", "French!", "budget");

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("lang takes a language code such as en, fr or es");
  }

  @Test
  void show_and_export_name_each_paper_and_paragraph_language() throws Exception {
    CliRun show = CliRun.of("show", "--index", index, "txt_spanish-report.txt");
    assertThat(show.exitCode()).as(show.err()).isZero();
    assertThat(show.out()).contains("Language: Spanish (es)");

    CliRun export = CliRun.of("export", "--index", index);
    assertThat(export.exitCode()).as(export.err()).isZero();
    Map<String, String> languages = new LinkedHashMap<>();
    for (String line : export.out().strip().split("\n")) {
      JsonNode paper = JSON.readTree(line);
      languages.put(paper.get("source").asText(), paper.get("language").asText());
      if (paper.get("source").asText().startsWith("txt_english")) {
        JsonNode paragraphs = paper.get("paragraphs");
        assertThat(paragraphs.get(0).get("language").asText()).isEqualTo("en");
        assertThat(paragraphs.get(paragraphs.size() - 1).get("language").asText()).isEqualTo("fr");
      }
    }
    assertThat(languages)
        .containsEntry("txt_french-report.txt", "fr")
        .containsEntry("txt_spanish-report.txt", "es")
        .containsEntry("txt_english-with-french-annex.txt", "en");
  }
}
