package org.councilsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Following a topic and checking a list in the browser, against the shaded jar's server: a search
 * saved with its filters, a paper added and reindexed, its passage counted and marked new once,
 * the feed read by a feed reader's parser, a batch uploaded and its CSV opened; the state
 * survives the server being killed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SavedSearchBrowserIT {
  private static final String TOKEN = "browser-token";
  private static final Path NEW_PAPER = Path.of("src/test/resources/saved/005_new-paper-2013.txt");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  private final AccessibilityAudit audit = new AccessibilityAudit("SavedSearchBrowserIT");
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private ServedCorpus server;
  private Browser browser;
  private Path corpus;

  @BeforeAll
  void start() throws Exception {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    try (Stream<Path> papers = Files.list(Path.of("corpus"))) {
      for (Path p : papers.toList()) {
        Files.copy(p, corpus.resolve(p.getFileName()));
      }
    }
    server = serve();
    browser = Browser.start(tmp.resolve("profile"), 1280, 900);
  }

  private ServedCorpus serve() throws Exception {
    return ServedCorpus.start(
        tmp, "--corpus", corpus.toString(), "--index", tmp.resolve("index").toString(), "--admin-token", TOKEN);
  }

  @AfterAll
  void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
    audit.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static List<CSVRecord> csv(String body) throws Exception {
    try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body))) {
      return p.getRecords();
    }
  }

  @Test
  @Order(1)
  void a_result_list_downloads_whole_as_csv() throws Exception {
    browser.open(server.url("/search?q=migration&size=5"));
    String count = browser.find("#result-count").getText();
    int total = Integer.parseInt(count.substring(0, count.indexOf(' ')));
    assertThat(total).as("more passages than one page shows").isGreaterThan(5);
    String href = browser.find("#download-csv").getAttribute("href");
    HttpResponse<String> download = http.send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    List<CSVRecord> rows = csv(download.body());
    assertThat(rows).as("every page, not only the one shown").hasSize(total);
    assertThat(rows.get(0).get("citation")).isEqualTo(browser.find("article.hit a.citation").getText());
  }

  @Test
  @Order(2)
  void a_search_is_saved_with_its_filters() throws Exception {
    browser.open(server.url("/search?q=gender&org=UN-Women&from=2009"));
    browser.find("details.save-search summary").click();
    WebElement name = browser.find("#save-name");
    name.clear();
    name.sendKeys("UN-Women since 2009");
    audit.check(browser, "results with the save form open");
    browser.clickAndWait(browser.find("#save-search"));
    assertThat(browser.find("h1").getText()).isEqualTo("UN-Women since 2009");
    assertThat(browser.find(".saved-query").getText()).contains("gender").contains("org=UN-Women").contains("from=2009");
    assertThat(browser.find("#new-count").getText()).isEqualTo("0");
    assertThat(browser.all("li.hit.new")).isEmpty();
    audit.check(browser, "a saved search");

    browser.open(server.url("/saved-searches"));
    assertThat(browser.find("tr.saved-search .new-count").getText()).isEqualTo("0");
    audit.check(browser, "the saved searches");
  }

  @Test
  @Order(3)
  void a_reindex_with_a_new_paper_counts_and_marks_its_passage_once() throws Exception {
    Files.copy(NEW_PAPER, corpus.resolve(NEW_PAPER.getFileName()));
    HttpResponse<String> started =
        http.send(
            HttpRequest.newBuilder(URI.create(server.url("/api/reindex")))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(started.statusCode()).isEqualTo(202);
    JsonNode health = JSON.readTree(get("/api/health").body());
    for (int i = 0; i < 1200 && (health.get("reindexing").asBoolean() || health.get("documents").asInt() < 6); i++) {
      Thread.sleep(100);
      health = JSON.readTree(get("/api/health").body());
    }
    assertThat(health.get("documents").asInt()).isEqualTo(6);

    browser.open(server.url("/saved-searches"));
    int fresh = Integer.parseInt(browser.find("tr.saved-search .new-count").getText());
    assertThat(fresh).isPositive();
    assertThat(browser.find("tr.saved-search .new-count").getAttribute("class")).contains("has-new");

    browser.clickAndWait(browser.find("a.saved-search-link"));
    assertThat(browser.find("#new-count").getText()).isEqualTo(String.valueOf(fresh));
    List<WebElement> items = browser.all("ol.saved-passages li.hit");
    assertThat(items.subList(0, fresh)).as("the new passages come first").allSatisfy(li -> assertThat(li.getAttribute("class")).contains("new"));
    assertThat(items.get(0).findElement(By.cssSelector(".new-badge")).getText()).isEqualTo("New");
    assertThat(items.get(0).findElement(By.cssSelector("a.citation")).getText())
        .startsWith("Lantern Programme on Gender and Return: Progress in 2013, para.");
    assertThat(items.subList(fresh, items.size())).allSatisfy(li -> assertThat(li.getAttribute("class")).doesNotContain("new"));
    audit.check(browser, "a saved search with new passages");

    browser.open(browser.driver().getCurrentUrl());
    assertThat(browser.find("#new-count").getText()).as("seen once shown").isEqualTo("0");
    assertThat(browser.all("li.hit.new")).isEmpty();
  }

  @Test
  @Order(4)
  void the_feed_reads_in_a_feed_readers_parser() throws Exception {
    browser.open(server.url("/saved-searches"));
    String href = browser.find("a.feed-link").getAttribute("href");
    HttpResponse<String> feed = http.send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
    SyndFeed parsed = new SyndFeedInput().build(new StringReader(feed.body()));
    assertThat(parsed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(parsed.getTitle()).isEqualTo("Council Search: UN-Women since 2009");
    List<SyndEntry> entries = parsed.getEntries();
    assertThat(entries).isNotEmpty();
    SyndEntry newest = entries.get(0);
    assertThat(newest.getTitle()).startsWith("Lantern Programme on Gender and Return: Progress in 2013, para.");
    assertThat(newest.getLink()).startsWith(server.url("/documents/"));
    assertThat(newest.getUpdatedDate()).isAfterOrEqualTo(entries.get(entries.size() - 1).getUpdatedDate());
    assertThat(get(URI.create(newest.getLink()).getRawPath() + "?" + URI.create(newest.getLink()).getRawQuery()).statusCode()).isEqualTo(200);
  }

  @Test
  @Order(5)
  void a_batch_is_uploaded_followed_and_downloaded() throws Exception {
    Path queries =
        Files.writeString(
            tmp.resolve("names.csv"),
            "name,query,org\nWomen,gender,UN-Women\nBroken,\"\"\"white ribbons\",\nFormula,=SUM(1+2) migration,\nLantern,Lantern Programme,\n",
            StandardCharsets.UTF_8);
    browser.open(server.url("/batch-searches"));
    audit.check(browser, "the batch upload form");
    browser.find("#batch-file").sendKeys(queries.toAbsolutePath().toString());
    WebElement hits = browser.find("#batch-hits");
    hits.clear();
    hits.sendKeys("2");
    browser.clickAndWait(browser.find("#batch-upload"));
    // The page shows its results table while the batch runs too: wait for the page the script
    // reloads once the batch has ended.
    new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
        .until(d -> !d.findElements(By.cssSelector("#batch-status[data-state='done'], #batch-status[data-state='interrupted']")).isEmpty()
            && !d.findElements(By.cssSelector("#batch-results")).isEmpty());
    assertThat(browser.find("#batch-progress-text").getText()).contains("4 of 4 queries run (done)").contains("1 could not be read");
    List<WebElement> rows = browser.all("#batch-results tr.batch-row");
    assertThat(rows).hasSize(4);
    assertThat(rows.get(1).getAttribute("class")).contains("failed");
    assertThat(rows.get(1).getText()).contains("a quote is not closed");
    assertThat(rows.get(3).getText()).contains("Lantern Programme on Gender and Return");
    audit.check(browser, "a finished batch");

    String href = browser.find("#download-batch-csv").getAttribute("href");
    List<CSVRecord> results = csv(http.send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofString()).body());
    assertThat(results.stream().filter(r -> r.get("name").equals("Women")).toList()).hasSize(2);
    assertThat(results.stream().filter(r -> r.get("name").equals("Formula")).map(r -> r.get("query")))
        .isNotEmpty()
        .allMatch(q -> q.equals("'=SUM(1+2) migration"));
    assertThat(results.stream().filter(r -> r.get("name").equals("Broken")).findFirst().orElseThrow().get("error"))
        .contains("a quote is not closed");
  }

  @Test
  @Order(6)
  void what_was_kept_survives_the_server_being_killed() throws Exception {
    server.kill();
    server = serve();
    JsonNode saved = JSON.readTree(get("/api/saved-searches").body());
    assertThat(saved).hasSize(1);
    assertThat(saved.get(0).get("name").asText()).isEqualTo("UN-Women since 2009");
    assertThat(saved.get(0).get("newCount").asInt()).isZero();
    JsonNode batches = JSON.readTree(get("/api/batch-searches").body());
    assertThat(batches.get(0).get("state").asText()).isEqualTo("done");
    assertThat(get("/api/batch-searches/" + batches.get(0).get("id").asText() + "/results.csv").body()).contains("Lantern Programme");
  }
}
