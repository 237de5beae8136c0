package org.councilsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.councilsearch.app.ExitCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tagging and query understanding on the real corpus, as a user meets them on the command line. */
class UnderstandingIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  static String index;

  @BeforeAll
  static void indexWithTagging() {
    index = tmp.resolve("index").toString();
    CliRun run = CliRun.of("index", "--corpus", "corpus", "--index", index);
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private static JsonNode json(String... args) throws Exception {
    String[] all = new String[args.length + 2];
    all[0] = args[0];
    all[1] = "--index";
    all[2] = index;
    System.arraycopy(args, 1, all, 3, args.length - 1);
    CliRun run = CliRun.of(all);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  private static List<String> texts(JsonNode hits) {
    List<String> out = new ArrayList<>();
    hits.forEach(h -> out.add(h.get("year").asInt() + " para " + h.get("paragraph").asText() + ": " + h.get("text").asText()));
    return out;
  }

  @Test
  void the_2009_panel_paragraph_lists_its_organizations_date_and_event() throws Exception {
    JsonNode paper = json("show", "--json", "000_4e715c5eda85927c.txt");
    JsonNode para4 = null;
    for (JsonNode p : paper.get("paragraphs")) {
      if ("4".equals(p.get("number").asText()) && p.get("kind").asText().equals("paragraph")) {
        para4 = p;
      }
    }
    assertThat(para4).isNotNull();
    List<String> orgs = new ArrayList<>();
    para4.get("organizations").forEach(o -> orgs.add(o.get("name").asText() + " / " + o.get("acronym").asText()));
    assertThat(String.join("\n", orgs))
        .contains("Inter-African Committee", "IAC", "Inter-Parliamentary Union", "IPU")
        .contains("Geneva Cantonal Office for Human Rights", "International Organization for Migration")
        .contains("United Nations Population Fund", "World Health Organization", "Geneva Museum of Ethnography");
    assertThat(para4.get("dates").toString()).contains("\"start\":\"2009-02-06\",\"end\":\"2009-02-06\"");
    assertThat(para4.get("events").toString()).contains("International Day of Zero Tolerance for Female Genital Mutilation");
    assertThat(para4.get("places").toString()).contains("Geneva");
  }

  @Test
  void un_women_lists_its_2011_passages_and_its_predecessors_apart() throws Exception {
    JsonNode entity = json("entity", "--json", "UN-Women");
    assertThat(entity.get("acronym").asText()).isEqualTo("UN-Women");
    JsonNode year2011 = entity.get("mentions").get(0);
    assertThat(year2011.get("year").asInt()).isEqualTo(2011);
    List<String> paragraphs = new ArrayList<>();
    year2011.get("passages").forEach(p -> paragraphs.add(p.get("paragraph").asText()));
    assertThat(paragraphs).contains("8", "9", "12");
    assertThat(entity.get("predecessors").toString()).contains("United Nations Development Fund for Women", "UN-INSTRAW");
    String related = entity.get("related").toString();
    assertThat(related).contains("\"relation\":\"predecessor\"", "\"year\":2009", "United Nations Development Fund for Women");
  }

  @Test
  void a_year_in_the_query_puts_that_years_paragraphs_first() throws Exception {
    JsonNode result = json("search", "--json", "--limit", "5", "female", "genital", "mutilation", "2009");
    assertThat(result.get("interpreted").get("fromYear").asInt()).isEqualTo(2009);
    List<String> top = new ArrayList<>();
    result.get("hits").forEach(h -> top.add(h.get("year").asInt() + "/" + h.get("paragraph").asText()));
    assertThat(top).containsExactlyInAnyOrder("2009/2", "2009/3", "2009/4", "2009/5", "2009/6");
    assertThat(result.get("facets").get("year").get(0).get("value").asText()).matches("20\\d\\d");

    JsonNode literal = json("search", "--json", "--literal", "--limit", "50", "female", "genital", "mutilation", "2009");
    assertThat(literal.get("interpreted").get("literal").asBoolean()).isTrue();
    assertThat(literal.get("interpreted").get("fromYear").isNull()).isTrue();
  }

  @Test
  void the_total_counts_only_passages_with_what_was_asked_for() throws Exception {
    // No passage of the corpus speaks of performance received from UN-Women: none is counted,
    // where every passage with any one of the words used to be (108 of 227).
    JsonNode asked = json("search", "--json", "performance", "received", "from", "UN-Women");
    assertThat(asked.get("total").asInt()).isZero();
    assertThat(asked.get("interpreted").get("relaxed").asText())
        .isEqualTo("no passage has all of \"performance\", \"received\" and \"UN-Women\", nor most of them");

    JsonNode twoOfThree = json("search", "--json", "informal", "briefings", "UN-Women");
    assertThat(twoOfThree.get("total").asInt()).isEqualTo(1);
    assertThat(twoOfThree.get("hits").get(0).get("text").asText()).contains("informal briefings with the Under-Secretary-General of UN-Women");
  }

  @Test
  void an_acronym_finds_what_the_papers_spell_out() throws Exception {
    JsonNode fgm = json("search", "--json", "FGM", "2011");
    JsonNode first = fgm.get("hits").get(0);
    assertThat(first.get("year").asInt()).isEqualTo(2011);
    assertThat(first.get("text").asText()).contains("International Day of Zero Tolerance");

    JsonNode ipu = json("search", "--json", "IPU");
    assertThat(texts(ipu.get("hits"))).anyMatch(t -> t.startsWith("2012") && t.contains("Inter-Parliamentary Union"));
    assertThat(ipu.get("hits").toString()).contains("<mark>Inter-Parliamentary Union</mark>");
  }

  @Test
  void any_spelling_of_an_organization_gives_the_same_results() throws Exception {
    List<String> spaced = new ArrayList<>();
    json("search", "--json", "UN", "Women").get("hits").forEach(h -> spaced.add(h.get("id").asText()));
    List<String> hyphenated = new ArrayList<>();
    json("search", "--json", "UN-Women").get("hits").forEach(h -> hyphenated.add(h.get("id").asText()));
    assertThat(spaced).isNotEmpty().isEqualTo(hyphenated);

    JsonNode field = json("search", "--json", "org:\"UN Women\"");
    assertThat(field.get("total").asInt()).isGreaterThanOrEqualTo(4);
    field.get("hits").forEach(h -> assertThat(h.get("year").asInt()).isEqualTo(2011));
  }

  @Test
  void collaborations_with_un_women_come_by_year_with_predecessors_marked() throws Exception {
    JsonNode found = json("collaborations", "--json", "UN-Women");
    assertThat(found.get("organization").get("name").asText()).contains("Empowerment of Women");
    JsonNode y2011 = found.get("years").get(0);
    assertThat(y2011.get("year").asInt()).isEqualTo(2011);
    String passages = y2011.get("passages").toString();
    assertThat(passages).contains("e-discussion", "special event", "Jamaica", "informal briefings");
    JsonNode predecessors = found.get("predecessorYears");
    assertThat(predecessors.toString()).contains("\"year\":2009", "predecessor of", "UN-INSTRAW");
  }

  @Test
  void entities_lists_organizations_by_mentions_with_years() {
    CliRun run = CliRun.of("entities", "--index", index);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().findFirst().orElse("")).contains("International Organization for Migration");
    CliRun events = CliRun.of("entities", "--index", index, "--type", "event");
    assertThat(events.out()).contains("International Day of Zero Tolerance for Female Genital Mutilation");
    CliRun unknown = CliRun.of("entity", "--index", index, "Ministry of Silly Walks");
    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.ENTITY_NOT_FOUND);
  }

  @Test
  void a_question_finds_the_2009_panel_by_its_year_and_acronym() throws Exception {
    JsonNode result = json("search", "--json", "--limit", "3", "who organized the FGM panel in Geneva in 2009?");
    assertThat(result.get("interpreted").get("literal").asBoolean()).isFalse();
    assertThat(result.get("interpreted").get("fromYear").asInt()).isEqualTo(2009);
    JsonNode first = result.get("hits").get(0);
    assertThat(first.get("year").asInt()).isEqualTo(2009);
    assertThat(first.get("text").asText()).contains("the interactive panel entitled");
  }

  @Test
  void text_output_is_plain_text_without_html_entities() {
    CliRun run = CliRun.of("search", "--index", index, "--limit", "3", "International", "Women's", "Day");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("International Women's Day").doesNotContainPattern("&(#x?[0-9a-fA-F]+|[a-z]+);");
    assertThat(run.out()).doesNotContain("<mark>", "\u001b[");
  }
}
