package org.councilsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.councilsearch.app.ExitCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saved searches, alerts and batches from the command line, as a user with a cron job runs them:
 * a search saved, a paper added and indexed, the alert raised once, then quiet, also after a full
 * rebuild.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SavedSearchesIT {
  private static final Path NEW_PAPER = Path.of("src/test/resources/saved/005_new-paper-2013.txt");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  private Path corpus;
  private Path index;

  @BeforeAll
  void indexTheBundledPapers() throws Exception {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    try (Stream<Path> papers = Files.list(Path.of("corpus"))) {
      for (Path p : papers.toList()) {
        Files.copy(p, corpus.resolve(p.getFileName()));
      }
    }
    index = tmp.resolve("index");
    assertThat(run("index").exitCode()).isZero();
  }

  private CliRun run(String command, String... args) {
    List<String> all = new java.util.ArrayList<>(List.of(command));
    all.addAll(List.of(args));
    all.addAll(List.of("--index", index.toString()));
    if (command.equals("index")) {
      all.addAll(List.of("--corpus", corpus.toString()));
    } else if (!command.equals("batch")) {
      all.addAll(List.of("--state-dir", tmp.resolve("state").toString()));
    }
    return CliRun.of(all.toArray(String[]::new));
  }

  private CliRun saved(String sub, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = sub;
    System.arraycopy(args, 0, all, 1, args.length);
    return run("saved", all);
  }

  @Test
  @Order(1)
  void a_saved_search_keeps_its_filters_and_starts_with_nothing_new() {
    CliRun added = saved("add", "--name", "UN-Women and gender", "--filter", "org=UN-Women", "--filter", "from=2009", "gender");
    assertThat(added.exitCode()).as(added.err()).isZero();
    assertThat(added.out()).contains("Saved \"UN-Women and gender\"");

    CliRun typo = saved("add", "--name", "typo", "--filter", "org=UN-Womn", "gender");
    assertThat(typo.exitCode()).isEqualTo(ExitCodes.BAD_QUERY);
    assertThat(typo.err()).contains("no organization is known as 'UN-Womn'; did you mean 'UN-Women'?");

    CliRun again = saved("add", "--name", "un-women AND GENDER", "gender");
    assertThat(again.exitCode()).isEqualTo(ExitCodes.NAME_TAKEN);
    assertThat(again.err()).contains("already named 'un-women AND GENDER'");

    CliRun list = saved("list");
    assertThat(list.out()).contains("UN-Women and gender: \"gender\" (from=2009, org=UN-Women)").contains(", 0 new");

    CliRun alerts = run("alerts");
    assertThat(alerts.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(alerts.out()).contains("Nothing new.");
  }

  @Test
  @Order(2)
  void a_new_paper_raises_the_alert_once() throws Exception {
    Files.copy(NEW_PAPER, corpus.resolve(NEW_PAPER.getFileName()));
    assertThat(run("index").exitCode()).isZero();

    CliRun peek = run("alerts", "--peek", "--json");
    assertThat(peek.exitCode()).as(peek.err()).isEqualTo(ExitCodes.NEW_PASSAGES);
    List<JsonNode> lines = peek.out().lines().map(SavedSearchesIT::json).toList();
    assertThat(lines).isNotEmpty();
    assertThat(lines).allSatisfy(l -> assertThat(l.get("source").asText()).isEqualTo("005_new-paper-2013.txt"));
    assertThat(lines).extracting(l -> l.get("citation").asText()).contains("Lantern Programme on Gender and Return: Progress in 2013, para. 3");
    assertThat(lines.get(0).get("savedSearch").asText()).isEqualTo("UN-Women and gender");

    assertThat(saved("list").out()).contains(", " + lines.size() + " new");

    CliRun alerts = run("alerts");
    assertThat(alerts.exitCode()).as("--peek left them new").isEqualTo(ExitCodes.NEW_PASSAGES);
    assertThat(alerts.out())
        .contains("UN-Women and gender: " + lines.size() + " new passage")
        .contains("Lantern Programme on Gender and Return: Progress in 2013, para. 3");

    CliRun quiet = run("alerts");
    assertThat(quiet.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(quiet.out()).contains("Nothing new.");
  }

  @Test
  @Order(3)
  void neither_a_reindex_nor_a_full_rebuild_makes_seen_passages_new() {
    assertThat(run("index").exitCode()).isZero();
    assertThat(run("alerts").exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run("index", "--full").exitCode()).isZero();
    CliRun afterRebuild = run("alerts");
    assertThat(afterRebuild.exitCode()).as(afterRebuild.out()).isEqualTo(ExitCodes.OK);
  }

  @Test
  @Order(4)
  void a_batch_writes_every_query_and_reports_the_one_it_cannot_read() throws Exception {
    Path queries =
        Files.writeString(
            tmp.resolve("queries.csv"),
            "name,query,org,from\nWomen,gender,UN-Women,2009\nBroken,\"\"\"white ribbons\",,\nFormula,=1+2 migration,,\nNothing,zzyzx,,\nTypo,gender,UN-Womn,\n",
            StandardCharsets.UTF_8);
    Path csv = tmp.resolve("results.csv");
    Path jsonl = tmp.resolve("results.jsonl");
    CliRun batch = run("batch", "--queries", queries.toString(), "--out", csv.toString(), "--jsonl", jsonl.toString(), "--hits", "3");
    assertThat(batch.exitCode()).as(batch.err()).isZero();
    assertThat(batch.out()).contains("5 queries in").contains("2 could not be read (rows 2, 5)");

    List<CSVRecord> rows;
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      assertThat(p.getHeaderNames())
          .containsExactly("row", "name", "query", "filters", "matches", "rank", "title", "symbol", "year", "paragraph", "citation", "link", "snippet", "error");
      rows = p.getRecords();
    }
    List<CSVRecord> women = rows.stream().filter(r -> r.get("row").equals("1")).toList();
    assertThat(women).hasSize(3);
    assertThat(women).allSatisfy(r -> assertThat(Integer.parseInt(r.get("year"))).isGreaterThanOrEqualTo(2009));
    assertThat(women.get(0).get("link")).startsWith("/documents/");
    assertThat(women.get(0).get("filters")).isEqualTo("from=2009, org=UN-Women");
    CSVRecord broken = rows.stream().filter(r -> r.get("row").equals("2")).findFirst().orElseThrow();
    assertThat(broken.get("error")).contains("a quote is not closed");
    assertThat(broken.get("matches")).isEmpty();
    assertThat(rows.stream().filter(r -> r.get("row").equals("3")).map(r -> r.get("query")))
        .as("a cell a spreadsheet would run is written as text")
        .isNotEmpty()
        .allMatch(q -> q.equals("'=1+2 migration"));
    assertThat(rows.stream().filter(r -> r.get("row").equals("4")).toList())
        .singleElement()
        .satisfies(r -> assertThat(r.get("matches")).isEqualTo("0"));
    assertThat(rows.stream().filter(r -> r.get("row").equals("5")).findFirst().orElseThrow().get("error"))
        .contains("did you mean 'UN-Women'?");

    List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
    assertThat(lines).hasSameSizeAs(rows);
    assertThat(json(lines.get(0)).get("citation").asText()).isEqualTo(women.get(0).get("citation"));
  }

  @Test
  @Order(5)
  void a_file_that_cannot_be_taken_is_one_clear_line() throws Exception {
    Path empty = Files.writeString(tmp.resolve("empty.txt"), "", StandardCharsets.UTF_8);
    CliRun batch = run("batch", "--queries", empty.toString(), "--out", tmp.resolve("x.csv").toString());
    assertThat(batch.exitCode()).isEqualTo(ExitCodes.BAD_QUERY_FILE);
    assertThat(batch.err().strip()).startsWith("error: the file is empty").doesNotContain("Exception");
    CliRun missing = run("batch", "--queries", tmp.resolve("nowhere.txt").toString(), "--out", tmp.resolve("x.csv").toString());
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_QUERY_FILE);
    assertThat(missing.err()).contains("there is no file");
    CliRun nowhere = run("batch", "--queries", empty.toString(), "--out", tmp.resolve("no-such-dir/x.csv").toString());
    assertThat(nowhere.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(nowhere.err()).contains("there is no directory").doesNotContain("Exception");
  }

  @Test
  @Order(6)
  void a_removed_search_is_gone_and_removing_it_again_says_so() {
    assertThat(saved("remove", "un-women and gender").exitCode()).isZero();
    assertThat(saved("list").out()).contains("No saved searches.");
    CliRun again = saved("remove", "UN-Women and gender");
    assertThat(again.exitCode()).isEqualTo(ExitCodes.SAVED_SEARCH_NOT_FOUND);
    assertThat(again.err()).contains("no saved search is named 'UN-Women and gender'");
  }

  private static JsonNode json(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }
}
