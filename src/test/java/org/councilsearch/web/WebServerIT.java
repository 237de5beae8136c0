package org.councilsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilsearch.app.IndexConfig;
import org.councilsearch.app.Json;
import org.councilsearch.app.Services;
import org.councilsearch.search.SearchRequest;
import org.councilsearch.web.WebClient.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API and the pages of a real server over the bundled corpus, called over HTTP. */
class WebServerIT {
  private static final String TOKEN = "s3cret-token";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Words of the query parser's own messages, which must never reach a reader. */
  private static final Pattern PARSER_WORDING =
      Pattern.compile(
          "Lexical error|Encountered|<EOF>|FUZZY_SLOP|lexical state|WildcardQuery|Cannot parse"
              + "|Was expecting|TokenMgrError|ParseException");

  @TempDir static Path tmp;
  static Path index;
  static WebClient web;

  @BeforeAll
  static void serveTheCorpus() throws Exception {
    index = tmp.resolve("index");
    web = WebClient.serve(Path.of("corpus"), index, TOKEN);
  }

  @AfterAll
  static void stop() throws Exception {
    web.close();
  }

  static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void search_for_fgm_2009_returns_2009_paragraphs_first() throws Exception {
    Reply r = web.get("/api/search?q=" + q("female genital mutilation 2009"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("application/json");
    JsonNode result = r.json();
    assertThat(result.get("total").asLong()).isGreaterThan(5);
    assertThat(result.get("interpreted").get("fromYear").asInt()).isEqualTo(2009);
    JsonNode hits = result.get("hits");
    assertThat(hits.size()).isEqualTo(10);
    for (int i = 0; i < 5; i++) {
      assertThat(hits.get(i).get("year").asInt()).as("hit %d", i).isEqualTo(2009);
    }
    assertThat(hits.get(0).get("snippet").asText()).contains("<mark>");
    assertThat(result.get("facets").fieldNames())
        .toIterable()
        .containsExactly("year", "org", "event-type", "place", "lang", "doc");
  }

  @Test
  void a_misspelled_query_is_answered_as_typed_with_the_nearest_spelling_offered() throws Exception {
    JsonNode result = web.get("/api/search?q=" + q("trafficing victims")).json();
    assertThat(result.get("interpreted").get("didYouMean").asText()).isEqualTo("trafficking victims");
    assertThat(result.get("query").asText()).isEqualTo("trafficing victims");
    assertThat(web.get("/api/search?q=" + q("trafficking victims")).json().get("interpreted").get("didYouMean").isNull())
        .isTrue();
    assertThat(web.get("/search?q=" + q("trafficing victims")).body())
        .contains("<p id=\"did-you-mean\">Did you mean <a href=\"/search?q=trafficking%20victims\">trafficking victims</a>?</p>");
  }

  @Test
  void search_json_is_the_same_as_search_json_on_the_command_line() throws Exception {
    Reply r = web.get("/api/search?q=" + q("FGM 2011") + "&size=5");
    JsonNode expected;
    try (Services.Searching open = new Services(Clock.systemUTC(), 1).open(new IndexConfig.Embedded(index))) {
      expected =
          JSON.readTree(
              Json.mapper()
                  .writeValueAsString(open.search().search(SearchRequest.of("FGM 2011", 5))));
    }
    assertThat(r.json()).isEqualTo(expected);
  }

  @Test
  void search_pages_and_filters() throws Exception {
    JsonNode page2 = web.get("/api/search?q=gender&size=3&page=2").json();
    JsonNode page1 = web.get("/api/search?q=gender&size=6").json();
    assertThat(page2.get("hits").get(0).get("id")).isEqualTo(page1.get("hits").get(3).get("id"));
    JsonNode filtered = web.get("/api/search?q=gender&year=2005&org=" + q("IOM")).json();
    assertThat(filtered.get("hits").size()).isPositive();
    for (JsonNode hit : filtered.get("hits")) {
      assertThat(hit.get("year").asInt()).isEqualTo(2005);
    }
    JsonNode range = web.get("/api/search?q=training&from=2009&to=2011").json();
    for (JsonNode hit : range.get("hits")) {
      assertThat(hit.get("year").asInt()).isBetween(2009, 2011);
    }
  }

  @Test
  void the_event_type_facet_filters_to_exactly_what_it_counted() throws Exception {
    JsonNode all = web.get("/api/search?q=migration").json();
    int meetings = 0;
    for (JsonNode value : all.get("facets").get("event-type")) {
      if (value.get("value").asText().equals("meeting")) {
        meetings = value.get("count").asInt();
      }
    }
    assertThat(meetings).as("the corpus has meetings about migration").isGreaterThan(2);
    JsonNode filtered = web.get("/api/search?q=migration&event-type=meeting&size=100").json();
    assertThat(filtered.get("total").asInt()).isEqualTo(meetings);
    for (JsonNode hit : filtered.get("hits")) {
      assertThat(hit.get("events").findValuesAsText("type")).contains("meeting");
    }
  }

  @Test
  void documents_are_listed_and_shown_with_paragraphs_and_entities() throws Exception {
    JsonNode papers = web.get("/api/documents").json();
    assertThat(papers.size()).isEqualTo(5);
    List<Integer> years = new ArrayList<>();
    papers.forEach(p -> years.add(p.get("year").asInt()));
    assertThat(years).containsExactly(2003, 2005, 2009, 2011, 2012);
    String id = papers.get(2).get("id").asText();
    JsonNode paper = web.get("/api/documents/" + id).json();
    assertThat(paper.get("title").asText()).containsIgnoringCase("Gender Coordination Report 2009");
    assertThat(paper.get("paragraphs").size()).isGreaterThan(10);
    JsonNode first = paper.get("paragraphs").get(0);
    assertThat(first.fieldNames())
        .toIterable()
        .contains(
            "id",
            "number",
            "kind",
            "section",
            "text",
            "organizations",
            "dates",
            "events",
            "places",
            "people");
    String bySource = papers.get(2).get("source").asText();
    assertThat(web.get("/api/documents/" + bySource).json().get("id").asText()).isEqualTo(id);
  }

  @Test
  void an_unknown_document_is_a_404_in_json_and_in_html() throws Exception {
    Reply api = web.get("/api/documents/no-such-paper");
    assertThat(api.status()).isEqualTo(404);
    assertThat(api.json().get("error").asText()).isEqualTo("not found");
    assertThat(api.json().get("detail").asText()).contains("no-such-paper");
    Reply traversal = web.get("/api/documents/..%2F..%2Fpom.xml");
    assertThat(traversal.status()).isEqualTo(404);
    assertThat(traversal.body()).doesNotContain("<project");
    Reply page = web.get("/documents/no-such-paper");
    assertThat(page.status()).isEqualTo(404);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.body()).contains("id=\"search-form\"");
  }

  @Test
  void entities_are_listed_by_type_and_prefix_and_shown_one_by_one() throws Exception {
    JsonNode orgs = web.get("/api/entities?type=organization&prefix=united%20nations").json();
    List<String> names = new ArrayList<>();
    orgs.forEach(o -> names.add(o.get("name").asText()));
    assertThat(names)
        .contains("United Nations Entity for Gender Equality and the Empowerment of Women");
    assertThat(names)
        .allMatch(n -> n.toLowerCase(java.util.Locale.ROOT).startsWith("united nations"));
    assertThat(web.get("/api/entities?type=place").json().size()).isPositive();

    JsonNode unWomen = web.get("/api/entities/organization/UN-Women").json();
    assertThat(unWomen.get("name").asText())
        .isEqualTo("United Nations Entity for Gender Equality and the Empowerment of Women");
    assertThat(unWomen.get("aliases").toString()).contains("UN Women");
    assertThat(unWomen.get("predecessors").toString())
        .contains("United Nations Development Fund for Women");
    assertThat(unWomen.get("mentions").size()).isPositive();

    assertThat(web.get("/api/entities/organization/Nobody%20At%20All").status()).isEqualTo(404);
    assertThat(web.get("/api/entities/planet/Mars").status()).isEqualTo(400);
  }

  @Test
  void collaborations_with_un_women_list_joint_work_by_year_and_its_predecessors()
      throws Exception {
    Reply r = web.get("/api/collaborations?org=UN-Women");
    assertThat(r.status()).isEqualTo(200);
    JsonNode c = r.json();
    assertThat(c.get("organization").get("acronym").asText()).isEqualTo("UN-Women");
    assertThat(c.get("years").size()).isPositive();
    assertThat(c.get("years").get(0).get("passages").get(0).has("paperId")).isTrue();
    assertThat(c.get("predecessorYears").toString()).contains("predecessor of");
    assertThat(web.get("/api/collaborations").status()).isEqualTo(400);
    assertThat(web.get("/api/collaborations?org=Nobody%20At%20All").status()).isEqualTo(404);
  }

  @Test
  void health_reports_the_index() throws Exception {
    JsonNode h = web.get("/api/health").json();
    assertThat(h.get("state").asText()).isIn("ready", "reindexing");
    assertThat(h.get("documents").asInt()).isEqualTo(5);
    assertThat(h.get("passages").asInt()).isGreaterThan(200);
    assertThat(h.get("indexedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
  }

  @Test
  void reindex_needs_the_admin_token() throws Exception {
    assertThat(web.post("/api/reindex", null).status()).isEqualTo(403);
    Reply wrong = web.post("/api/reindex", "guess");
    assertThat(wrong.status()).isEqualTo(403);
    assertThat(wrong.json().get("error").asText()).isEqualTo("forbidden");
    Reply started = web.post("/api/reindex", TOKEN);
    assertThat(started.status()).isIn(202, 409);
    assertThat(web.get("/api/search?q=gender").status()).isEqualTo(200);
    for (int i = 0; i < 600 && web.get("/api/health").json().get("reindexing").asBoolean(); i++) {
      Thread.sleep(100);
    }
    JsonNode h = web.get("/api/health").json();
    assertThat(h.get("reindexing").asBoolean()).isFalse();
    assertThat(h.get("lastReindex").get("error").isNull()).as(h.toString()).isTrue();
    assertThat(h.get("documents").asInt()).isEqualTo(5);
    assertThat(web.get("/api/reindex").status()).isIn(404, 405);
  }

  @Test
  void bad_parameters_are_400s_with_a_reason() throws Exception {
    for (String bad :
        List.of(
            "/api/search",
            "/api/search?q=",
            "/api/search?q=a&page=0",
            "/api/search?q=a&page=10001",
            "/api/search?q=a&page=1001&size=10",
            "/api/search?q=a&page=1000&size=100",
            "/api/search?q=a&event-type=bogus",
            "/api/search?q=a&org=NoSuchOrg",
            "/api/search?q=a&page=99999999999999999999",
            "/api/search?q=a&size=0",
            "/api/search?q=a&size=101",
            "/api/search?q=a&size=ten",
            "/api/search?q=a&year=twenty",
            "/api/search?q=a&from=2012&to=2003",
            "/api/search?q=a&page=500&size=100",
            "/api/search?q=" + q("~migration"),
            "/api/search?q=" + q("*grant"),
            "/api/search?q=" + "x".repeat(1001),
            "/api/search?q=a&org=" + "x".repeat(201),
            "/api/search?q=a&doc=no-such-paper",
            "/api/search?q=" + q("(unclosed"),
            "/api/search?q=" + q("\"unclosed"),
            "/api/entities?type=galaxy")) {
      Reply r = web.get(bad);
      assertThat(r.status()).as(bad).isEqualTo(400);
      assertThat(r.json().get("error").asText()).as(bad).isEqualTo("bad request");
      assertThat(r.json().get("detail").asText()).as(bad).isNotBlank();
    }
  }

  @Test
  void unknown_routes_are_404_json_under_api_and_pages_elsewhere() throws Exception {
    Reply api = web.get("/api/nothing-here");
    assertThat(api.status()).isEqualTo(404);
    assertThat(api.json().get("error").asText()).isEqualTo("not found");
    Reply page = web.get("/nothing-here");
    assertThat(page.status()).isEqualTo(404);
    assertThat(page.contentType()).startsWith("text/html");
    Reply traversal = web.get("/static/..%2F..%2Fpom.xml");
    assertThat(traversal.status()).isIn(400, 404);
    assertThat(traversal.body()).doesNotContain("<project");
    assertThat(web.get("/organizations/Nobody%20At%20All").status()).isEqualTo(404);
  }

  @Test
  void every_response_carries_the_security_headers() throws Exception {
    for (String path :
        List.of("/", "/search?q=gender", "/api/health", "/nothing-here", "/static/app.js")) {
      Reply r = web.get(path);
      assertThat(r.raw().headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValueSatisfying(
              csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
      assertThat(r.raw().headers().firstValue("X-Content-Type-Options"))
          .as(path)
          .contains("nosniff");
      assertThat(r.raw().headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
      assertThat(r.raw().headers().firstValue("Referrer-Policy")).as(path).isPresent();
    }
  }

  @Test
  void the_openapi_description_lists_every_route() throws Exception {
    JsonNode spec = web.get("/api/openapi.json").json();
    assertThat(spec.get("openapi").asText()).startsWith("3.");
    assertThat(spec.get("paths").fieldNames())
        .toIterable()
        .contains(
            "/api/search",
            "/api/documents",
            "/api/documents/{id}",
            "/api/entities",
            "/api/entities/{type}/{name}",
            "/api/collaborations",
            "/api/health",
            "/api/reindex");
  }

  @Test
  void the_search_page_follows_the_page_contract() throws Exception {
    Reply r = web.get("/search?q=" + q("female genital mutilation 2009"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("text/html").contains("utf-8");
    String html = r.body();
    assertThat(html)
        .contains("<meta name=\"viewport\"")
        .contains("<form id=\"search-form\"")
        .contains("<input id=\"q\" name=\"q\"")
        .contains("id=\"interpretation\"")
        .contains("id=\"search-all-years\" href=\"/search?q=female%20genital%20mutilation\"")
        .contains("id=\"result-count\"")
        .contains("<aside id=\"facets\"")
        .contains("<svg id=\"year-histogram\"")
        .contains("id=\"next-page\"")
        .doesNotContain("id=\"prev-page\"");
    for (String facet : List.of("year", "organization", "event-type", "place", "paper")) {
      assertThat(html).contains("class=\"facet\" data-facet=\"" + facet + "\"");
    }
    assertThat(html)
        .containsPattern(
            "<a class=\"facet-value[^\"]*\" href=\"/search\\?[^\"]*year=2009\">2009 <span"
                + " class=\"count\">\\d+</span>");
    assertThat(html)
        .containsPattern(
            "<a class=\"year-bar[^\"]*\" data-year=\"2009\""
                + " href=\"/search\\?[^\"]*year=2009\">\\s*<title>");
    Matcher hit =
        Pattern.compile("<article class=\"hit\" data-year=\"(\\d+)\" data-passage-id=\"([^\"]+)\">")
            .matcher(html);
    assertThat(hit.find()).isTrue();
    assertThat(hit.group(1)).isEqualTo("2009");
    Matcher citation =
        Pattern.compile(
                "<a class=\"citation\""
                    + " href=\"(/documents/[0-9a-f]+\\?passage=[^\"#]+#para-(\\d+))\">([^<]+)</a>")
            .matcher(html);
    assertThat(citation.find()).isTrue();
    assertThat(citation.group(3))
        .isEqualTo("Gender Coordination Report 2009, para. " + citation.group(2));
    assertThat(html).containsPattern("<p class=\"snippet\" lang=\"en\">[^<]*(<mark>[^<]+</mark>[^<]*)+</p>");
    assertThat(html)
        .containsPattern("<a class=\"chip chip-org\" href=\"/search\\?q=[^\"]*&amp;org=");
    assertThat(html)
        .containsPattern("<a class=\"chip chip-place\" href=\"/search\\?q=[^\"]*&amp;place=");
    assertThat(html)
        .containsPattern("<a class=\"chip chip-event\" href=\"/search\\?q=[^\"]*&amp;event=");
    assertThat(html).contains("<span class=\"chip chip-date\"");

    String filtered = web.get("/search?q=" + q("female genital mutilation") + "&year=2005").body();
    assertThat(filtered)
        .containsPattern(
            "<a class=\"active-filter\" href=\"/search\\?q=female%20genital%20mutilation\"");
    assertThat(filtered).doesNotContain("data-year=\"2009\" data-passage-id");

    String page2 = web.get("/search?q=gender&page=2").body();
    assertThat(page2).contains("id=\"prev-page\"");

    String none = web.get("/search?q=zzyzzyxx").body();
    assertThat(none).contains("id=\"no-results\"").contains("id=\"result-count\"");
  }

  @Test
  void the_paper_view_marks_the_passage_the_reader_came_from() throws Exception {
    JsonNode hit =
        web.get("/api/search?q=" + q("International Day of Zero Tolerance 2009"))
            .json()
            .get("hits")
            .get(0);
    String paperId = hit.get("paperId").asText();
    String passageId = hit.get("id").asText();
    Reply r = web.get("/documents/" + paperId + "?passage=" + passageId);
    assertThat(r.status()).isEqualTo(200);
    String html = r.body();
    assertThat(html).containsPattern("<h1 lang=\"en\">[^<]+</h1>");
    assertThat(html).contains("<h2 lang=\"en\">I. AWARENESS-RAISING ACTIVITIES ON GENDER AND MIGRATION</h2>");
    assertThat(html).contains("id=\"para-4\" class=\"passage");
    assertThat(html)
        .containsPattern(
            "id=\"para-"
                + hit.get("paragraph").asText()
                + "\" class=\"passage kind-\\w+ current\"");
    assertThat(Pattern.compile(" current\"").matcher(html).results().count()).isEqualTo(1);
  }

  @Test
  void the_organization_page_shows_names_predecessors_and_a_timeline() throws Exception {
    for (String alias :
        List.of(
            "UN-Women",
            "UN%20Women",
            "United%20Nations%20Entity%20for%20Gender%20Equality%20and%20the%20Empowerment%20of%20Women")) {
      Reply r = web.get("/organizations/" + alias);
      assertThat(r.status()).as(alias).isEqualTo(200);
      String html = r.body();
      assertThat(html)
          .contains(
              "<h1>United Nations Entity for Gender Equality and the Empowerment of Women</h1>");
      assertThat(html)
          .contains("id=\"aliases\"")
          .contains("id=\"predecessors\"")
          .contains("id=\"successors\"")
          .contains("id=\"timeline\"");
      assertThat(html).contains("United Nations Development Fund for Women");
      assertThat(html).containsPattern("<section class=\"timeline-year\" data-year=\"\\d{4}\">");
      assertThat(html)
          .containsPattern(
              "<a class=\"timeline-passage\""
                  + " href=\"/documents/[0-9a-f]+\\?passage=[^\"]+#(para|passage)-[0-9A-Za-z.-]+\">");
    }
  }

  @Test
  void pages_write_dates_as_people_do_and_keep_iso_in_attributes() throws Exception {
    JsonNode joint = web.get("/api/collaborations?org=UN-Women").json();
    assertThat(joint.toString()).as("the API keeps ISO days").contains("\"start\":\"2008-11-19\"");
    String org = web.get("/organizations/UN-Women").body();
    assertThat(org)
        .contains("<time datetime=\"1999\" title=\"1999-01-01 to 1999-12-31\">1999</time>")
        .contains("<time datetime=\"2009-03\" title=\"2009-03-01 to 2009-03-31\">March 2009</time>")
        .contains(
            "<span class=\"dates\" title=\"2008-11-19 to 2008-11-21\"><time datetime=\"2008-11-19\">19</time>"
                + "–<time datetime=\"2008-11-21\">21 November 2008</time></span>")
        .contains(">29 June</time> – <time datetime=\"2009-07-01\">1 July 2009</time>");
    String results = web.get("/search?q=" + q("workshop")).body();
    assertThat(results).contains("<span class=\"chip chip-date\"><time datetime=");
    String paper = web.get("/documents/001_cedc7a1f39cda02c.txt").body();
    assertThat(paper).contains("<dd>Geneva, <span class=\"dates\" title=\"2011-12-05 to 2011-12-07\">");
    for (String html : List.of(org, results, paper)) {
      assertThat(HtmlChecks.tagsOnly(html)).as("no ISO date in the text").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    }
  }

  @Test
  void the_organization_page_counts_its_mentions_and_its_predecessors_passages() throws Exception {
    JsonNode profile = web.get("/api/entities/organization/UN-Women").json();
    int mentions = 0;
    for (JsonNode year : profile.get("mentions")) {
      mentions += year.get("passages").size();
    }
    JsonNode joint = web.get("/api/collaborations?org=UN-Women").json();
    int own = 0;
    int via = 0;
    for (JsonNode year : joint.get("years")) {
      own += year.get("passages").size();
    }
    for (JsonNode year : joint.get("predecessorYears")) {
      via += year.get("passages").size();
    }
    assertThat(via).as("UN-Women's predecessors worked with the papers' organization").isPositive();
    String html = web.get("/organizations/UN-Women").body();
    assertThat(html).contains(">" + mentions + " passages mention it</a>");
    assertThat(html)
        .containsPattern(
            "The timeline lists "
                + own
                + " passages? of joint work with it and "
                + via
                + " with its predecessors \\((UNIFEM|INSTRAW)(, (UNIFEM|INSTRAW))*\\)\\.");

    assertThat(web.get("/organizations/UNIFEM").body()).containsPattern("\\d+ passages? mentions? its successor UN-Women\\.");
  }

  @Test
  void a_hostile_query_is_shown_as_text() throws Exception {
    String hostile = "<script>alert('x')</script> \"><img src=x onerror=alert(1)> FGM";
    for (String path :
        List.of(
            "/search?q=" + q(hostile),
            "/search?q=" + q(hostile + " ("),
            "/search?q=" + q(hostile) + "&year=zz")) {
      Reply r = web.get(path);
      assertThat(r.status()).as(path).isIn(200, 400);
      assertThat(r.body())
          .as(path)
          .doesNotContain("<script>alert")
          .doesNotContain("<img")
          .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
          .contains("&lt;img src=x onerror=alert(1)&gt;");
      assertThat(HtmlChecks.tagsOnly(r.body()))
          .as(path)
          .doesNotContainPattern("<[^>]*\\son[a-z]+=");
    }
  }

  @Test
  void pages_have_no_inline_script_or_event_handlers() throws Exception {
    for (String path :
        List.of("/", "/search?q=gender", "/organizations/UN-Women", "/nothing-here")) {
      String html = web.get(path).body();
      assertThat(html).as(path).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
      assertThat(HtmlChecks.tagsOnly(html)).as(path).doesNotContainPattern("<[^>]*\\son[a-z]+=");
    }
    assertThat(web.get("/static/app.js").contentType()).startsWith("text/javascript");
    assertThat(web.get("/static/app.css").contentType()).startsWith("text/css");
  }

  @Test
  void fuzzed_queries_and_parameters_get_only_200s_and_400s() throws Exception {
    long seed = Long.getLong("fuzz.seed", System.nanoTime());
    java.util.Random random = new java.util.Random(seed);
    String[] pieces = {
      "gender",
      "FGM",
      "2009",
      "since 2011",
      "before 2005",
      "2005-2009",
      "UN-Women",
      "collaborations with",
      "AND",
      "OR",
      "NOT",
      "+",
      "-",
      "&&",
      "||",
      "!",
      "(",
      ")",
      "[",
      "]",
      "{",
      "}",
      "^",
      "^3",
      "~",
      "~2",
      "*",
      "?",
      "a*",
      "*a",
      "?a",
      "\\",
      "/",
      "/reg.*ex/",
      ":",
      "year:",
      "year:[2005 TO 2009]",
      "org:\"UN Women\"",
      "text:",
      "\"",
      "\"white ribbons\"",
      "''",
      "%",
      "%00",
      "\u0000",
      "\u202e",
      "\ud83d\ude00",
      "\u00e9",
      "\u0301",
      "\u4e2d\u6587",
      "\u05e9\u05dc\u05d5\u05dd",
      "<script>",
      "onerror=",
      "&amp;",
      "\t",
      "\n",
      " ",
      "TO",
      "99999999999999999999",
      "-1",
      "1e9",
      "NaN",
      "*:*",
      "field:value",
      "a~0.5",
      "\"a b\"~10",
      "((((",
      "))))",
    };
    String[] params = {
      "year", "from", "to", "page", "size", "org", "event", "place", "doc", "literal", "type",
      "prefix"
    };
    String[] values = {
      "",
      "0",
      "-1",
      "2009",
      "abc",
      "99999999999",
      "1.5",
      "1e3",
      " 7",
      "%zz",
      "\u0000",
      "x".repeat(300),
      "UN-Women",
      "Geneva"
    };
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      StringBuilder query = new StringBuilder();
      int words = 1 + random.nextInt(6);
      for (int w = 0; w < words; w++) {
        query.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
      }
      if (i % 25 == 0) {
        query.append("word ".repeat(180 + random.nextInt(60)));
      }
      String url =
          (random.nextInt(3) == 0 ? "/search" : "/api/search") + "?q=" + q(query.toString());
      if (random.nextBoolean()) {
        url +=
            "&"
                + params[random.nextInt(params.length)]
                + "="
                + q(values[random.nextInt(values.length)]);
      }
      Reply r = web.get(url);
      if (r.status() != 200 && r.status() != 400) {
        failures.add(r.status() + " " + url);
      } else if (url.startsWith("/api/") && !r.body().startsWith("{")) {
        failures.add("not JSON: " + url);
      } else if (PARSER_WORDING.matcher(r.body()).find()) {
        failures.add("parser wording: " + url);
      }
    }
    for (String raw :
        List.of(
            "/api/search?q=%zz",
            "/search?q=%E0%A4%A",
            "/api/search?q=a&page=%2B1",
            "/api/documents/%00",
            "/organizations/%2e%2e")) {
      int status = web.rawStatus(raw);
      if (status >= 500) {
        failures.add(status + " " + raw);
      }
    }
    assertThat(failures).as("seed %d (rerun with -Dfuzz.seed=%d)", seed, seed).isEmpty();
  }

  @Test
  void a_query_that_cannot_be_read_says_why_where_and_offers_its_words() throws Exception {
    Reply api = web.get("/api/search?q=" + q("\"white ribbons") + "&year=2009");
    assertThat(api.status()).isEqualTo(400);
    JsonNode error = api.json();
    assertThat(error.get("detail").asText()).contains("a quote is not closed");
    assertThat(error.get("position").asInt()).isEqualTo(1);
    String literal = error.get("literalSearch").asText();
    assertThat(literal).isEqualTo("/api/search?q=white%20ribbons&year=2009&literal=1");
    Reply instead = web.get(literal);
    assertThat(instead.status()).isEqualTo(200);
    assertThat(instead.json().get("interpreted").get("literal").asBoolean()).isTrue();

    Reply tilde = web.get("/api/search?q=" + q("gender (~2 women)"));
    assertThat(tilde.json().get("detail").asText()).contains("a ~ needs a word before it");
    assertThat(tilde.json().get("position").asInt()).isEqualTo(9);
    Reply wild = web.get("/api/search?q=" + q("*grants"));
    assertThat(wild.json().get("detail").asText()).contains("a word cannot start with * or ?");

    Reply page = web.get("/search?q=" + q("gender \"unclosed"));
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.body())
        .contains("a quote is not closed")
        .contains("<code id=\"search-error-at\">gender <mark>&quot;</mark>unclosed</code>")
        .contains(
            "<a id=\"search-literally\" href=\"/search?q=gender%20unclosed&amp;literal=1\">");
    assertThat(PARSER_WORDING.matcher(page.body()).find()).isFalse();
  }

  @Test
  void unknown_filters_say_so() throws Exception {
    Reply org = web.get("/api/search?q=gender&org=NoSuchOrg");
    assertThat(org.status()).isEqualTo(400);
    assertThat(org.json().get("detail").asText())
        .contains("no organization is known as 'NoSuchOrg'");
    Reply typo = web.get("/api/search?q=gender&org=" + q("UN Womn"));
    assertThat(typo.json().get("detail").asText()).contains("did you mean").contains("UN Women");
    Reply type = web.get("/api/search?q=gender&event-type=bogus");
    assertThat(type.status()).isEqualTo(400);
    assertThat(type.json().get("detail").asText())
        .contains("'bogus'")
        .contains("meeting, conference, workshop");
    Reply doc = web.get("/api/search?q=gender&doc=nosuch");
    assertThat(doc.status()).isEqualTo(400);
    assertThat(doc.json().get("detail").asText()).contains("'nosuch'");
    Reply page = web.get("/search?q=gender&org=NoSuchOrg");
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.body()).contains("no organization is known as &#39;NoSuchOrg&#39;");
    Reply eventWords = web.get("/api/search?q=gender&event=" + q("Migration AND Development"));
    assertThat(eventWords.status()).as("event takes words of a name, not syntax").isEqualTo(200);
    assertThat(web.get("/api/search?q=gender&org=UNICEF").status())
        .as("a known organization that no passage names is not an error")
        .isEqualTo(200);
  }

  @Test
  void paging_limits_are_those_described() throws Exception {
    assertThat(web.get("/api/search?q=gender&page=100&size=100").status()).isEqualTo(200);
    assertThat(web.get("/api/search?q=gender&page=10000&size=1").status()).isEqualTo(200);
    Reply deep = web.get("/api/search?q=gender&page=101&size=100");
    assertThat(deep.status()).isEqualTo(400);
    assertThat(deep.json().get("detail").asText()).contains("the last page is 100");
  }

  @Test
  void entity_types_are_lower_case_in_answers_as_in_parameters() throws Exception {
    JsonNode listed = web.get("/api/entities?type=PLACE").json();
    assertThat(listed.get(0).get("type").asText()).isEqualTo("place");
    JsonNode one = web.get("/api/entities/organization/UN-Women").json();
    assertThat(one.get("type").asText()).isEqualTo("organization");
  }

  @Test
  void errors_jetty_raises_before_routing_are_json_under_api_and_pages_elsewhere()
      throws Exception {
    for (String target :
        List.of(
            "/api/documents/a%2Fb",
            "/api/documents/a%00b",
            "/api/search?q=%zz",
            "/api/documents/%zz",
            "/api/search?q=" + "a".repeat(20_000))) {
      WebClient.RawReply r = web.raw(target, "");
      String shown = target.length() > 60 ? target.substring(0, 60) + "..." : target;
      assertThat(r.status()).as(shown).isBetween(400, 499);
      assertThat(r.contentType()).as(shown + " " + r.status() + " " + r.body()).startsWith("application/json");
      JsonNode body = JSON.readTree(r.body());
      assertThat(body.get("error").asText()).as(shown).isNotBlank();
      assertThat(body.get("detail").asText()).as(shown).isNotBlank().doesNotContain("Bad Message");
    }
    for (String target : List.of("/documents/a%2Fb", "/documents/a%00b", "/organizations/%zz")) {
      WebClient.RawReply r = web.raw(target, "");
      assertThat(r.status()).as(target).isBetween(400, 499);
      assertThat(r.contentType()).as(target).startsWith("text/html");
      assertThat(r.body()).as(target).contains("id=\"error-detail\"").contains("id=\"search-form\"");
      assertThat(r.headers()).as(target).containsKey("content-security-policy");
    }
    WebClient.RawReply headers =
        web.raw("/api/health", "X-Filler: " + "x".repeat(20_000) + "\r\n");
    assertThat(headers.status()).isEqualTo(431);
    assertThat(JSON.readTree(headers.body()).get("detail").asText()).contains("headers");
    WebClient.RawReply pageHeaders = web.raw("/", "X-Filler: " + "x".repeat(20_000) + "\r\n");
    assertThat(pageHeaders.status()).isEqualTo(431);
    assertThat(pageHeaders.contentType()).startsWith("text/html");
  }

  @Test
  void a_wrong_method_on_an_api_route_is_a_405_with_allow() throws Exception {
    Reply delete = web.send("DELETE", "/api/documents");
    assertThat(delete.status()).isEqualTo(405);
    assertThat(delete.raw().headers().firstValue("Allow")).hasValueSatisfying(a -> assertThat(a).contains("GET"));
    assertThat(delete.json().get("error").asText()).isEqualTo("method not allowed");
    Reply get = web.get("/api/reindex");
    assertThat(get.status()).isEqualTo(405);
    assertThat(get.raw().headers().firstValue("Allow")).contains("POST");
  }

  @Test
  void not_found_pages_speak_to_a_reader() throws Exception {
    for (String path :
        List.of("/documents/no-such-paper", "/organizations/Nobody%20At%20All", "/nothing-here")) {
      Reply r = web.get(path);
      assertThat(r.status()).as(path).isEqualTo(404);
      assertThat(r.body()).as(path).doesNotContain("council-search").doesNotContain("GET /api");
    }
    assertThat(web.get("/api/documents/no-such-paper").json().get("detail").asText())
        .contains("GET /api/documents");
  }
}
