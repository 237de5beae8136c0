package org.councilsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A French and a Spanish council paper, searched, asked about and looked up as a user does: a
 * question in each language finds its paragraph, joint work told in French or Spanish is listed
 * among an organization's collaborations year by year (under a former name too), and the
 * organization's page shows it.
 */
class FrenchAndSpanishPapersIT {
  private static final String FRENCH = "rapport-enfants-2010-fr.txt";
  private static final String SPANISH = "informe-fronteras-2013-es.txt";

  @TempDir static Path tmp;
  static WebClient web;

  @BeforeAll
  static void serve() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    for (String paper : List.of(FRENCH, SPANISH)) {
      try (InputStream in = FrenchAndSpanishPapersIT.class.getResourceAsStream("/multiling/" + paper)) {
        Files.copy(in, corpus.resolve(paper));
      }
    }
    web = WebClient.serve(corpus, tmp.resolve("index"), null);
  }

  @AfterAll
  static void stop() throws Exception {
    web.close();
  }

  private static JsonNode get(String path, String value) throws Exception {
    WebClient.Reply r = web.get(path + URLEncoder.encode(value, StandardCharsets.UTF_8));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private static List<String> passages(JsonNode years) {
    List<String> out = new ArrayList<>();
    for (JsonNode year : years) {
      for (JsonNode p : year.get("passages")) {
        JsonNode hit = p.has("hit") ? p.get("hit") : p;
        out.add(year.get("year").asInt() + " " + hit.get("source").asText() + " para " + hit.get("paragraph").asText());
      }
    }
    return out;
  }

  @Test
  void a_french_question_finds_its_paragraph_in_its_year() throws Exception {
    JsonNode result = get("/api/search?q=", "quels ateliers l'Organisation a-t-elle organisés avec l'UNICEF en 2010 ?");
    JsonNode read = result.get("interpreted");
    assertThat(read.get("fromYear").asInt()).isEqualTo(2010);
    assertThat(read.get("words").asText()).doesNotContain("quels").doesNotContain("a-t-elle");
    assertThat(read.get("organizations").toString()).contains("United Nations Children's Fund");
    JsonNode top = result.get("hits").get(0);
    assertThat(top.get("source").asText()).isEqualTo(FRENCH);
    assertThat(top.get("paragraph").asText()).isEqualTo("2");
  }

  @Test
  void a_spanish_question_finds_its_paragraph_in_its_years() throws Exception {
    JsonNode result = get("/api/search?q=", "¿cuándo impartió la Organización un curso para guardias de frontera entre 2012 y 2014?");
    JsonNode read = result.get("interpreted");
    assertThat(read.get("fromYear").asInt()).isEqualTo(2012);
    assertThat(read.get("toYear").asInt()).isEqualTo(2014);
    assertThat(read.get("words").asText()).doesNotContain("cuándo");
    JsonNode top = result.get("hits").get(0);
    assertThat(top.get("source").asText()).isEqualTo(SPANISH);
    assertThat(top.get("paragraph").asText()).isEqualTo("1");
  }

  @Test
  void joint_work_told_in_french_and_in_spanish_is_listed_year_by_year() throws Exception {
    JsonNode joint = get("/api/collaborations?org=", "UNICEF");
    assertThat(passages(joint.get("years")))
        .containsExactly("2010 " + FRENCH + " para 2", "2013 " + SPANISH + " para 1");
  }

  @Test
  void joint_work_with_a_former_name_told_in_french_is_listed_under_it() throws Exception {
    JsonNode joint = get("/api/collaborations?org=", "UN-Women");
    assertThat(passages(joint.get("years"))).isEmpty();
    assertThat(passages(joint.get("predecessorYears"))).containsExactly("2010 " + FRENCH + " para 3");
  }

  @Test
  void the_organization_page_shows_the_french_papers_joint_activity() throws Exception {
    WebClient.Reply page = web.get("/organizations/UNICEF");
    assertThat(page.status()).isEqualTo(200);
    String timeline = page.body().substring(page.body().indexOf("id=\"timeline\""));
    assertThat(timeline)
        .contains("data-year=\"2010\"", "conjointement avec l&#39;UNICEF un atelier régional")
        .contains("data-year=\"2013\"", "UNICEF, la Organizaci")
        .doesNotContain("chiffres publiés par l&#39;UNICEF");
  }
}
