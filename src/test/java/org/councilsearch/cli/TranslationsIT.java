package org.councilsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Language versions as a user meets them on the command line: an English paper with its French and
 * Spanish versions under one symbol, a pair whose numbering differs (the French splits paragraph 2
 * in two), and a paper in French only (fixtures in src/test/resources/translations).
 */
class TranslationsIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  static String index;
  static CliRun indexed;

  @BeforeAll
  static void indexTheVersions() {
    index = tmp.resolve("index").toString();
    indexed = CliRun.of("index", "--corpus", "src/test/resources/translations", "--index", index, "--no-vectors");
    assertThat(indexed.exitCode()).as(indexed.err()).isZero();
  }

  private static CliRun run(String command, String... args) {
    List<String> all = new ArrayList<>(List.of(command, "--index", index));
    all.addAll(List.of(args));
    CliRun run = CliRun.of(all.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run;
  }

  private static JsonNode json(String command, String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of(args));
    all.add(0, "--json");
    return JSON.readTree(run(command, all.toArray(String[]::new)).out());
  }

  private static JsonNode paragraph(JsonNode paper, String number) {
    for (JsonNode p : paper.get("paragraphs")) {
      if (number.equals(p.path("number").asText()) && "paragraph".equals(p.get("kind").asText())) {
        return p;
      }
    }
    throw new AssertionError("no paragraph " + number + " in " + paper.get("source"));
  }

  private static String idOf(String source) throws Exception {
    return json("show", source).get("id").asText();
  }

  @Test
  void each_version_names_the_others_and_each_paragraph_the_same_paragraph_in_them() throws Exception {
    JsonNode en = json("show", "mc-2900-en.txt");
    assertThat(en.get("language").asText()).isEqualTo("en");
    assertThat(en.get("versions").toString())
        .isEqualTo(
            "[{\"id\":\"" + idOf("mc-2900-es.txt") + "\",\"language\":\"es\"},{\"id\":\""
                + idOf("mc-2900-fr.txt") + "\",\"language\":\"fr\"}]");
    JsonNode fr = json("show", "mc-2900-fr.txt");
    JsonNode versions = paragraph(en, "3").get("versions");
    assertThat(versions).hasSize(2);
    assertThat(versions.get(1).get("id").asText()).isEqualTo(paragraph(fr, "3").get("id").asText());
    assertThat(versions.get(1).get("language").asText()).isEqualTo("fr");
    assertThat(versions.get(0).get("language").asText()).isEqualTo("es");
    assertThat(en.get("versionNotes")).isEmpty();

    String text = run("show", "mc-2900-en.txt").out();
    assertThat(text).contains("Also in: español [" + idOf("mc-2900-es.txt") + "] · français [" + idOf("mc-2900-fr.txt") + "]");
    assertThat(text).contains("(also in: español ¶3 [");
  }

  @Test
  void a_paper_in_one_language_has_no_versions_and_is_found_in_its_language() throws Exception {
    JsonNode paper = json("show", "gb-77-fr.txt");
    assertThat(paper.get("language").asText()).isEqualTo("fr");
    assertThat(paper.get("versions")).isEmpty();
    JsonNode hits = json("search", "manguiers").get("hits");
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).get("source").asText()).isEqualTo("gb-77-fr.txt");
    assertThat(hits.get(0).get("versions")).isEmpty();
  }

  @Test
  void a_search_shows_each_paragraph_once_with_its_other_versions() throws Exception {
    // "480" is printed in paragraph 2 of all three versions.
    JsonNode result = json("search", "480");
    assertThat(result.get("total").asInt()).isEqualTo(3);
    JsonNode hits = result.get("hits");
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).get("paragraph").asText()).isEqualTo("2");
    List<String> languages = new ArrayList<>();
    hits.get(0).get("versions").forEach(v -> languages.add(v.get("language").asText()));
    assertThat(languages).hasSize(2).doesNotContain(hits.get(0).get("language").asText());

    String text = run("search", "480").out();
    assertThat(text).containsPattern("also in: (español|English|français) ¶2 \\[");
  }

  @Test
  void the_chosen_language_shows_the_paragraph_in_that_version() throws Exception {
    JsonNode hits = json("search", "--lang", "es", "480").get("hits");
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).get("source").asText()).isEqualTo("mc-2900-es.txt");
    assertThat(hits.get(0).get("language").asText()).isEqualTo("es");
  }

  @Test
  void an_english_query_finds_the_french_paragraph_through_the_english_version() throws Exception {
    JsonNode hits = json("search", "--lang", "fr", "rescue times external review").get("hits");
    assertThat(hits).isNotEmpty();
    JsonNode top = hits.get(0);
    assertThat(top.get("source").asText()).isEqualTo("mc-2900-fr.txt");
    assertThat(top.get("paragraph").asText()).isEqualTo("3");
    assertThat(top.get("note").asText()).startsWith("found in the English version, ¶3");
    assertThat(top.get("text").asText()).contains("délais de sauvetage");
    // A paper in English only has no French paragraph to show.
    for (JsonNode h : hits) {
      assertThat(h.get("language").asText()).isEqualTo("fr");
    }
  }

  @Test
  void a_numbering_that_differs_is_said_and_the_paragraphs_after_it_still_link() throws Exception {
    JsonNode en = json("show", "scpf-88-en.txt");
    JsonNode fr = json("show", "scpf-88-fr.txt");
    assertThat(en.get("versionNotes").toString())
        .contains("numbering differs from the French version: ¶2 is ¶2–3 there; ¶3–4 are ¶4–5 there");
    assertThat(fr.get("versionNotes").toString())
        .contains("numbering differs from the English version: ¶2–3 is ¶2 there; ¶4–5 are ¶3–4 there");
    assertThat(paragraph(en, "4").get("versions").get(0).get("id").asText())
        .isEqualTo(paragraph(fr, "5").get("id").asText());
    assertThat(paragraph(fr, "3").get("versions").get(0).get("id").asText())
        .isEqualTo(paragraph(en, "2").get("id").asText());
    assertThat(indexed.out())
        .contains("Language versions: 2 papers exist in more than one language, as 5 linked papers;")
        .contains("the numbering differs in 1 pair.")
        .containsPattern("scpf-88-(en|fr)\\.txt and scpf-88-(en|fr)\\.txt: numbering differs");
  }

  @Test
  void export_carries_each_papers_language_and_versions() throws Exception {
    String export = run("export").out();
    List<JsonNode> papers = new ArrayList<>();
    for (String line : export.split("\n")) {
      papers.add(JSON.readTree(line));
    }
    assertThat(papers).hasSize(6);
    for (JsonNode p : papers) {
      assertThat(p.get("language").asText()).isIn("en", "fr", "es");
      int expected = p.get("source").asText().startsWith("mc-2900") ? 2 : p.get("source").asText().startsWith("scpf") ? 1 : 0;
      assertThat(p.get("versions")).as(p.get("source").asText()).hasSize(expected);
      assertThat(p.get("paragraphs").get(p.get("paragraphs").size() - 1).has("versions")).isTrue();
    }
    assertThat(Files.exists(Path.of(index))).isTrue();
  }
}
