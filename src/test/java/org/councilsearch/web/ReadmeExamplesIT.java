package org.councilsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.councilsearch.web.WebClient.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The curl examples of the README and of the pages under docs/, read from the files so they cannot
 * drift, each sent to a real server over the bundled corpus and checked for what its comment
 * promises.
 */
class ReadmeExamplesIT {
  private static final String TOKEN = "readme-token";

  /**
   * {@code curl [-X METHOD] [-H "..."]... [-d 'BODY' | --data-binary @FILE]
   * 'http://127.0.0.1:7070/path'  # promise}; a FILE is a path in the repository.
   */
  private static final Pattern EXAMPLE =
      Pattern.compile(
          "^curl (?:-X (\\w+) )?((?:-H \"[^\"]*\" )*)(?:-d '([^']*)' |--data-binary @(\\S+) )?'http://127\\.0\\.0\\.1:7070(/[^']*)'\\s+#\\s*(.+)$");

  private static final Pattern HEADER = Pattern.compile("-H \"([^:\"]+): ([^\"]*)\"");

  /** What an example sends beside its method and address. */
  private record Sent(String contentType, byte[] body, boolean bearer) {}

  @TempDir static Path tmp;
  static WebClient web;

  @BeforeAll
  static void serve() throws Exception {
    web = WebClient.serve(Path.of("corpus"), tmp.resolve("index"), TOKEN);
  }

  @AfterAll
  static void stop() throws Exception {
    web.close();
  }

  private interface Check {
    void check(Reply reply) throws Exception;
  }

  /** What each example promises, by its address and method, with the promise's wording. */
  private static Map<String, Map.Entry<String, Check>> promises() {
    Map<String, Map.Entry<String, Check>> p = new LinkedHashMap<>();
    p.put(
        "GET /api/search?q=female%20genital%20mutilation%202009&size=3",
        Map.entry(
            "3 passages, those of the 2009 paper first",
            r -> {
              JsonNode hits = ok(r).get("hits");
              assertThat(hits).hasSize(3);
              hits.forEach(h -> assertThat(h.get("year").asInt()).isEqualTo(2009));
            }));
    p.put(
        "GET /api/search?q=gender&org=UN-Women&from=2009&to=2011",
        Map.entry(
            "passages from 2009-2011 that mention UN-Women",
            r -> {
              JsonNode hits = ok(r).get("hits");
              assertThat(hits).isNotEmpty();
              for (JsonNode h : hits) {
                assertThat(h.get("year").asInt()).isBetween(2009, 2011);
                assertThat(h.get("organizations").findValuesAsText("acronym")).contains("UN-Women");
              }
            }));
    p.put(
        "GET /api/search?q=%22white%20ribbons",
        Map.entry(
            "400: a quote is not closed, at position 1, with a literalSearch",
            r -> {
              JsonNode e = error(r, 400);
              assertThat(e.get("detail").asText()).contains("a quote is not closed");
              assertThat(e.get("position").asInt()).isEqualTo(1);
              assertThat(web.get(e.get("literalSearch").asText()).status()).isEqualTo(200);
            }));
    p.put(
        "GET /api/search?q=gender&org=UN-Womn",
        Map.entry(
            "400: no organization is known as 'UN-Womn'; did you mean 'UN-Women'?",
            r ->
                assertThat(error(r, 400).get("detail").asText())
                    .contains("no organization is known as 'UN-Womn'; did you mean 'UN-Women'")));
    p.put(
        "GET /api/search?q=gender&event-type=bogus",
        Map.entry(
            "400 listing the event types",
            r ->
                assertThat(error(r, 400).get("detail").asText())
                    .contains(String.join(", ", org.councilsearch.model.Event.TYPES))));
    p.put(
        "GET /api/documents",
        Map.entry(
            "the 5 papers, oldest first",
            r -> {
              List<Integer> years = new ArrayList<>();
              ok(r).forEach(paper -> years.add(paper.get("year").asInt()));
              assertThat(years).hasSize(5).isSorted();
            }));
    p.put(
        "GET /api/documents/000_4e715c5eda85927c.txt",
        Map.entry(
            "Gender Coordination Report 2009 with its paragraphs",
            r -> {
              JsonNode paper = ok(r);
              assertThat(paper.get("title").asText()).isEqualTo("Gender Coordination Report 2009");
              assertThat(paper.get("paragraphs").size()).isGreaterThan(10);
            }));
    p.put(
        "GET /api/entities?type=organization&prefix=united",
        Map.entry(
            "organizations whose name starts with \"united\"",
            r -> {
              JsonNode list = ok(r);
              assertThat(list).isNotEmpty();
              list.forEach(
                  o -> {
                    assertThat(o.get("name").asText()).startsWithIgnoringCase("united");
                    assertThat(o.get("type").asText()).isEqualTo("organization");
                  });
            }));
    p.put(
        "GET /api/entities/organization/UN-Women",
        Map.entry(
            "UN-Women with its predecessor UNIFEM",
            r -> {
              JsonNode e = ok(r);
              assertThat(e.get("acronym").asText()).isEqualTo("UN-Women");
              assertThat(e.get("predecessors").findValuesAsText("acronym")).contains("UNIFEM");
            }));
    p.put(
        "GET /api/collaborations?org=UN-Women",
        Map.entry(
            "joint work with UN-Women by year, then with its predecessors",
            r -> {
              JsonNode c = ok(r);
              assertThat(c.get("years")).isNotEmpty();
              assertThat(c.get("predecessorYears")).isNotEmpty();
              assertThat(c.get("predecessorYears").findValuesAsText("note"))
                  .allMatch(n -> n.startsWith("predecessor of"));
            }));
    p.put(
        "GET /api/health",
        Map.entry(
            "ready, 5 documents",
            r -> {
              JsonNode h = ok(r);
              assertThat(h.get("state").asText()).isEqualTo("ready");
              assertThat(h.get("documents").asInt()).isEqualTo(5);
            }));
    p.put(
        "DELETE /api/documents",
        Map.entry(
            "405, Allow: GET",
            r -> {
              error(r, 405);
              assertThat(r.raw().headers().firstValue("Allow")).hasValueSatisfying(a -> assertThat(a).contains("GET"));
            }));
    p.put(
        "POST /api/reindex",
        Map.entry(
            "202: started",
            r -> {
              assertThat(r.status()).isEqualTo(202);
              assertThat(r.json().get("status").asText()).isEqualTo("started");
            }));
    p.put(
        "GET /api/search?q=gender&org=UN-Women&format=csv",
        Map.entry(
            "every passage as CSV: query, rank, title, symbol, year, paragraph, citation, link, snippet",
            r -> {
              assertThat(r.status()).isEqualTo(200);
              assertThat(r.contentType()).startsWith("text/csv");
              assertThat(r.body()).startsWith("query,rank,title,symbol,year,paragraph,citation,link,snippet\r\n");
              long total = web.get("/api/search?q=gender&org=UN-Women").json().get("total").asLong();
              try (org.apache.commons.csv.CSVParser rows =
                  org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                      .parse(new java.io.StringReader(r.body()))) {
                assertThat(rows.getRecords()).hasSize((int) total).allSatisfy(row -> assertThat(row.get("link")).contains("/documents/"));
              }
            }));
    p.put(
        "POST /api/saved-searches",
        Map.entry(
            "201: saved with its filters, nothing new yet",
            r -> {
              assertThat(r.status()).as(r.body()).isEqualTo(201);
              JsonNode s = r.json();
              assertThat(s.get("id").asInt()).isEqualTo(1);
              assertThat(s.get("filters").get("org").asText()).isEqualTo("UN-Women");
              assertThat(s.get("filters").get("from").asText()).isEqualTo("2009");
              assertThat(s.get("newCount").asInt()).isZero();
            }));
    p.put(
        "GET /api/saved-searches",
        Map.entry(
            "each saved search with its matches and newCount",
            r -> {
              JsonNode list = ok(r);
              assertThat(list).hasSize(1);
              assertThat(list.get(0).get("matches").asInt()).isPositive();
              assertThat(list.get(0).has("newCount")).isTrue();
            }));
    p.put(
        "GET /api/saved-searches/1",
        Map.entry(
            "the saved search with its newPassages",
            r -> assertThat(ok(r).get("newPassages").isArray()).isTrue()));
    p.put(
        "GET /feeds/saved-searches/1.atom",
        Map.entry(
            "an Atom feed of its passages with citations and links",
            r -> {
              assertThat(r.status()).isEqualTo(200);
              assertThat(r.contentType()).startsWith("application/atom+xml");
              assertThat(r.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">").contains("<entry>").contains(", para. ");
            }));
    p.put(
        "DELETE /api/saved-searches/1",
        Map.entry(
            "204: deleted",
            r -> {
              assertThat(r.status()).isEqualTo(204);
              assertThat(web.get("/api/saved-searches/1").status()).isEqualTo(404);
            }));
    p.put(
        "POST /api/batch-searches?hits=3",
        Map.entry(
            "202: queued, with the address of its progress",
            r -> {
              assertThat(r.status()).as(r.body()).isEqualTo(202);
              assertThat(r.json().get("total").asInt()).isEqualTo(3);
              assertThat(r.raw().headers().firstValue("Location")).hasValue("/api/batch-searches/1");
            }));
    p.put(
        "GET /api/batch-searches/1",
        Map.entry(
            "its state and how many of its queries have run",
            r -> {
              assertThat(ok(r).get("total").asInt()).isEqualTo(3);
              JsonNode b = r.json();
              for (int i = 0; i < 300 && !b.get("state").asText().equals("done"); i++) {
                Thread.sleep(100);
                b = web.get("/api/batch-searches/1").json();
              }
              assertThat(b.get("done").asInt()).isEqualTo(3);
              assertThat(b.get("failed").asInt()).isEqualTo(1);
            }));
    p.put(
        "GET /api/batch-searches/1/results.csv",
        Map.entry(
            "one row per query and passage; the broken query with its reason",
            r -> {
              assertThat(r.status()).isEqualTo(200);
              assertThat(r.body().lines().findFirst()).hasValue(String.join(",", org.councilsearch.export.ResultCsv.BATCH_COLUMNS));
              assertThat(r.body()).contains("UN-Women since 2009").contains("a quote is not closed");
            }));
    p.put(
        "GET /api/batch-searches/1/results.jsonl",
        Map.entry(
            "the same rows as JSON Lines",
            r -> {
              assertThat(r.status()).isEqualTo(200);
              long csvRows = web.get("/api/batch-searches/1/results.csv").body().lines().count() - 1;
              assertThat(r.body().lines().count()).isEqualTo(csvRows);
            }));
    return p;
  }

  private static JsonNode ok(Reply r) throws Exception {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private static JsonNode error(Reply r, int status) throws Exception {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    return r.json();
  }

  /** README.md and every page of docs/: wherever an example is shown, it is run. */
  private static List<Path> pages() throws Exception {
    List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  @Test
  void every_documented_example_returns_what_it_promises() throws Exception {
    Map<String, String> examples = new LinkedHashMap<>();
    Map<String, Sent> sent = new LinkedHashMap<>();
    for (Path page : pages()) {
      for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
        if (!line.startsWith("curl ")) {
          continue;
        }
        Matcher m = EXAMPLE.matcher(line.strip());
        assertThat(m.matches()).as("an example of %s the test can read, with a # promise: %s", page, line).isTrue();
        String method = m.group(1) == null ? "GET" : m.group(1);
        String promise = m.group(6).strip();
        String key = method + " " + m.group(5);
        String type = null;
        boolean bearer = false;
        for (Matcher h = HEADER.matcher(m.group(2)); h.find(); ) {
          type = h.group(1).equalsIgnoreCase("Content-Type") ? h.group(2) : type;
          bearer |= h.group(1).equalsIgnoreCase("Authorization");
        }
        byte[] body =
            m.group(3) != null
                ? m.group(3).getBytes(StandardCharsets.UTF_8)
                : m.group(4) != null ? Files.readAllBytes(Path.of(m.group(4))) : null;
        sent.put(key, new Sent(type, body, bearer));
        assertThat(examples.putIfAbsent(key, promise))
            .as("%s promises the same as the other pages showing %s", page, key)
            .isIn(null, promise);
      }
    }
    Map<String, Map.Entry<String, Check>> promises = promises();
    assertThat(examples.keySet()).as("the documented examples are those checked here").containsExactlyInAnyOrderElementsOf(promises.keySet());
    for (Map.Entry<String, String> example : examples.entrySet()) {
      Map.Entry<String, Check> promise = promises.get(example.getKey());
      assertThat(example.getValue()).as("the promise of %s", example.getKey()).isEqualTo(promise.getKey());
      String method = example.getKey().substring(0, example.getKey().indexOf(' '));
      String target = example.getKey().substring(method.length() + 1);
      Sent what = sent.get(example.getKey());
      Reply reply =
          what.body() == null && method.equals("POST")
              ? web.post(target, what.bearer() ? TOKEN : null)
              : what.bearer()
                  ? web.send(method, target, what.contentType(), what.body(), "Authorization", "Bearer " + TOKEN)
                  : web.send(method, target, what.contentType(), what.body());
      promise.getValue().check(reply);
    }
  }
}
