package org.councilsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.councilsearch.app.ExitCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indexes the bundled corpus through the command line and checks what a reader would see. */
class CorpusEndToEndIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  static Path index;
  static Map<Integer, JsonNode> papersByYear = new HashMap<>();

  @BeforeAll
  static void indexTheCorpus() throws Exception {
    index = tmp.resolve("index");
    CliRun run = CliRun.of("index", "--corpus", "corpus", "--index", index.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("5 added", "0 failed", "The index holds 5 papers");
    CliRun export = CliRun.of("export", "--index", index.toString());
    assertThat(export.exitCode()).isZero();
    for (String line : export.out().strip().split("\n")) {
      JsonNode paper = JSON.readTree(line);
      papersByYear.put(paper.get("year").asInt(), paper);
    }
  }

  @Test
  void export_lists_the_five_papers_with_their_years_titles_and_symbols() {
    assertThat(papersByYear).containsOnlyKeys(2003, 2005, 2009, 2011, 2012);
    assertThat(papersByYear.get(2011).get("symbol").asText()).isEqualTo("CRP/36");
    assertThat(papersByYear.get(2011).get("session").asText()).isEqualTo("100th Session of the Council");
    assertThat(papersByYear.get(2005).get("symbol").asText()).isEqualTo("CRP/17");
    assertThat(papersByYear.get(2005).get("session").asText()).isEqualTo("90th Session of the Council");
    assertThat(papersByYear.get(2009).get("symbol").isNull()).isTrue();
    assertThat(papersByYear.get(2009).get("title").asText()).containsIgnoringCase("Gender Coordination Report 2009");
    assertThat(papersByYear.get(2011).get("title").asText()).containsIgnoringCase("Gender Coordination Report 2011");
    assertThat(papersByYear.get(2012).get("title").asText()).contains("2012");
    assertThat(papersByYear.get(2003).get("title").asText())
        .containsIgnoringCase("Working Group on Gender Issues");
    for (JsonNode paper : papersByYear.values()) {
      assertThat(paper.get("paragraphs").size()).as(paper.get("title").asText()).isGreaterThan(5);
      assertThat(paper.fieldNames()).toIterable().contains("id", "source", "title", "year", "symbol", "session", "paragraphs");
    }
  }

  @Test
  void passages_carry_their_paragraph_numbers_and_section_paths_in_every_paper() {
    JsonNode p2009 = paragraph(2009, "4", "In Geneva, on 6 February 2009");
    assertThat(p2009.get("section").asText())
        .startsWith("I. AWARENESS-RAISING ACTIVITIES ON GENDER AND MIGRATION > Addressing female genital mutilation in the context of migration");
    assertThat(p2009.get("text").asText()).contains("Inter-Parliamentary Union (IPU)").doesNotContain("\n");

    JsonNode p2011 = paragraph(2011, "5", "For the second year in a row");
    assertThat(p2011.get("section").asText())
        .isEqualTo("II. AWARENESS-RAISING ACTIVITIES ON GENDER AND MIGRATION > Capacity Building Workshop for Women Leaders of Diaspora Associations");

    JsonNode p2012 = paragraph(2012, "2", "Throughout the year");
    assertThat(p2012.get("text").asText()).contains("gender focal point network");

    JsonNode p2003 = paragraph(2003, "6", "The second workshop was held in October 2003 in Istanbul");
    assertThat(p2003.get("section").asText()).contains("ACTIVITIES IN 2003");

    JsonNode p2005 = paragraph(2005, "4", "In November, a film on Female Genital Mutilation");
    assertThat(p2005.get("section").asText()).contains("ACTIVITIES IN 2005").contains("Awareness raising");
  }

  @Test
  void search_finds_female_genital_mutilation_in_all_five_years() throws Exception {
    CliRun run =
        CliRun.of("search", "--index", index.toString(), "--json", "--limit", "50", "female", "genital", "mutilation");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode result = JSON.readTree(run.out());
    assertThat(result.get("query").asText()).isEqualTo("female genital mutilation");
    // Passages found by meaning alone are shown but not counted: the total counts the others.
    long byWords = 0;
    for (JsonNode hit : result.get("hits")) {
      byWords += hit.get("meaningOnly").asBoolean() ? 0 : 1;
    }
    assertThat(result.get("total").asLong()).isGreaterThanOrEqualTo(byWords);
    Set<Integer> years = new TreeSet<>();
    for (JsonNode hit : result.get("hits")) {
      assertThat(hit.fieldNames()).toIterable()
          .contains("id", "source", "title", "year", "paragraph", "section", "score", "text", "snippet");
      years.add(hit.get("year").asInt());
    }
    assertThat(years).contains(2003, 2005, 2009, 2011, 2012);
    JsonNode para4 = find(result, 2009, "6 February 2009");
    assertThat(para4.get("paragraph").asText()).isEqualTo("4");
    assertThat(para4.get("snippet").asText()).contains("<mark>");
  }

  @Test
  void search_text_output_cites_paper_and_paragraph() {
    CliRun run = CliRun.of("search", "--index", index.toString(), "--year", "2009", "white", "ribbons");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Report 2009, para. 26").doesNotContain("<mark>");
  }

  @Test
  void show_prints_a_whole_paper_by_its_file_name() throws Exception {
    CliRun text = CliRun.of("show", "--index", index.toString(), "001_cedc7a1f39cda02c.txt");
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).contains("Symbol: CRP/36", "Year: 2011", "Triangle factory fire");
    String id = papersByYear.get(2011).get("id").asText();
    CliRun json = CliRun.of("show", "--index", index.toString(), "--json", id);
    assertThat(JSON.readTree(json.out()).get("source").asText()).isEqualTo("001_cedc7a1f39cda02c.txt");
  }

  @Test
  void unknown_paper_and_bad_query_get_one_line_and_their_own_exit_codes() {
    CliRun missing = CliRun.of("show", "--index", index.toString(), "no-such-paper");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.PAPER_NOT_FOUND);
    assertThat(missing.err().strip()).startsWith("error: no paper 'no-such-paper'").doesNotContain("\n");

    CliRun bad = CliRun.of("search", "--index", index.toString(), "\"unclosed phrase");
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_QUERY);
    assertThat(bad.err().strip()).startsWith("error: cannot read the query").doesNotContain("\n", "Exception");
  }

  private static JsonNode paragraph(int year, String number, String startsWith) {
    List<String> seen = new ArrayList<>();
    for (JsonNode p : papersByYear.get(year).get("paragraphs")) {
      if (number.equals(p.get("number").asText()) && p.get("text").asText().startsWith(startsWith)) {
        return p;
      }
      seen.add(p.get("number").asText() + ": " + abbreviate(p.get("text").asText()));
    }
    throw new AssertionError("no paragraph " + number + " starting '" + startsWith + "' in " + year + ": " + seen);
  }

  private static JsonNode find(JsonNode result, int year, String phrase) {
    for (JsonNode hit : result.get("hits")) {
      if (hit.get("year").asInt() == year && hit.get("text").asText().contains(phrase)) {
        return hit;
      }
    }
    throw new AssertionError("no " + year + " hit containing '" + phrase + "'");
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) : s;
  }
}
