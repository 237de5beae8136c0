package org.councilsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.councilsearch.web.WebClient.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route's real answers, successes and errors, checked against the schemas of the OpenAPI
 * description the server itself serves: each response the description lists must be produced by
 * some request here, and each response produced must be listed and match its schema.
 */
class ApiContractIT {
  private static final String TOKEN = "contract-token";
  private static final String BASE = "https://council-search.invalid/openapi.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  static WebClient web;
  static JsonNode spec;
  static SchemaRegistry schemas;

  @BeforeAll
  static void serve() throws Exception {
    web = WebClient.serve(Path.of("corpus"), tmp.resolve("index"), TOKEN);
    Reply served = web.get("/api/openapi.json");
    spec = served.json();
    schemas =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, b -> b.schemas(Map.of(BASE, served.body())));
  }

  @AfterAll
  static void stop() throws Exception {
    web.close();
  }

  /** One answer: the route it came from, and what came back. */
  private record Answer(String method, String target, int status, String body, String contentType) {
    Answer(String method, String target, int status, String body) {
      this(method, target, status, body, "application/json");
    }
  }

  private final List<Answer> answers = new ArrayList<>();

  private void get(String target) throws Exception {
    Reply r = web.get(target);
    answers.add(new Answer("get", target, r.status(), r.body(), r.contentType()));
  }

  private void send(String method, String target) throws Exception {
    Reply r = web.send(method.toUpperCase(java.util.Locale.ROOT), target);
    answers.add(new Answer(method, target, r.status(), r.body()));
  }

  private Reply send(String method, String target, String contentType, String body, String... headers) throws Exception {
    Reply r =
        web.send(
            method.toUpperCase(java.util.Locale.ROOT), target, contentType,
            body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
    answers.add(new Answer(method, target, r.status(), r.body(), r.contentType()));
    return r;
  }

  private void raw(String target) throws Exception {
    WebClient.RawReply r = web.raw(target, "");
    answers.add(new Answer("get", target, r.status(), r.body()));
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Test
  void every_route_answers_as_its_description_says() throws Exception {
    get("/api/search?q=" + q("female genital mutilation 2009"));
    get("/api/search?q=" + q("collaborations with UN-Women") + "&size=20");
    get("/api/search?q=" + q("training") + "&event-type=training&from=2003&to=2012");
    get("/api/search?q=" + q("\"unclosed"));
    get("/api/search?q=gender&org=NoSuchOrg");
    get("/api/documents");
    send("delete", "/api/documents");
    for (JsonNode paper : web.get("/api/documents").json()) {
      get("/api/documents/" + paper.get("id").asText());
    }
    get("/api/documents/no-such-paper");
    raw("/api/documents/a%00b");
    for (String type : List.of("organization", "event", "place", "person", "date")) {
      get("/api/entities?type=" + type);
    }
    get("/api/entities?type=galaxy");
    get("/api/entities/organization/UN-Women");
    get("/api/entities/organization/IOM");
    get("/api/entities/place/Geneva");
    get("/api/entities/planet/Mars");
    get("/api/entities/organization/Nobody%20At%20All");
    get("/api/collaborations?org=UN-Women");
    get("/api/collaborations?org=ILO");
    get("/api/collaborations");
    get("/api/collaborations?org=Nobody%20At%20All");
    get("/api/health");
    send("post", "/api/health");
    send("post", "/api/reindex");
    reindexTwiceAtOnce();
    awaitReindexed();
    get("/api/health");
    get("/api/reindex");
    get("/api/openapi.json");
    send("delete", "/api/openapi.json");
    get("/api/search?q=gender&org=UN-Women&format=csv");
    savedAndBatchSearches();

    Set<String> documented = documentedResponses();
    Set<String> seen = new TreeSet<>();
    List<String> failures = new ArrayList<>();
    for (Answer a : answers) {
      String route = route(a.target());
      String key = route + " " + a.method() + " " + a.status();
      if (a.status() == 405) {
        // A method a route does not take has no operation to list it under: the description
        // says so in words, and the answer is an ApiError like every other.
        assertThat(spec.get("paths").get(route).has(a.method())).as(key).isFalse();
        List<com.networknt.schema.Error> errors =
            schemas
                .getSchema(SchemaLocation.of(BASE + "#/components/schemas/ApiError"))
                .validate(a.body(), InputFormat.JSON);
        assertThat(errors).as(key).isEmpty();
        continue;
      }
      seen.add(key);
      if (!documented.contains(key)) {
        failures.add("not in the description: " + key + " (" + a.target() + ")");
        continue;
      }
      String type = a.contentType().split(";")[0].strip();
      if (a.status() == 204) {
        continue;
      }
      JsonNode content = spec.at("/paths/" + route.replace("~", "~0").replace("/", "~1") + "/" + a.method() + "/responses/" + a.status() + "/content");
      if (!content.has(type)) {
        failures.add(key + " " + a.target() + ": answered " + type + ", described as " + content.fieldNames().next());
        continue;
      }
      if (!type.equals("application/json")) {
        assertThat(a.body()).as(key).isNotEmpty();
        continue;
      }
      String pointer =
          "#/paths/"
              + route.replace("~", "~0").replace("/", "~1")
              + "/"
              + a.method()
              + "/responses/"
              + a.status()
              + "/content/application~1json/schema";
      Schema schema = schemas.getSchema(SchemaLocation.of(BASE + pointer));
      List<com.networknt.schema.Error> errors = schema.validate(a.body(), InputFormat.JSON);
      if (!errors.isEmpty()) {
        failures.add(key + " " + a.target() + ": " + errors.subList(0, Math.min(5, errors.size())));
      }
    }
    assertThat(failures).isEmpty();
    assertThat(seen).as("every documented response is produced by some request").containsAll(documented);
  }

  /** Every saved-search and batch route, with each of its failures. */
  private void savedAndBatchSearches() throws Exception {
    String json = "application/json";
    Reply saved =
        send("post", "/api/saved-searches", json, "{\"name\": \"UN-Women\", \"q\": \"gender\", \"filters\": {\"org\": \"UN-Women\"}}");
    send("post", "/api/saved-searches", json, "{\"name\": \"un-women\", \"q\": \"gender\"}");
    send("post", "/api/saved-searches", json, "{\"name\": \"typo\", \"q\": \"gender\", \"filters\": {\"org\": \"UN-Womn\"}}");
    send("post", "/api/saved-searches", json, "{\"name\": \"elsewhere\", \"q\": \"gender\"}", "Origin", "https://evil.invalid");
    String id = saved.json().get("id").asText();
    get("/api/saved-searches");
    get("/api/saved-searches/" + id);
    get("/api/saved-searches/999999");
    get("/feeds/saved-searches/" + id + ".atom");
    get("/feeds/saved-searches/999999.atom");
    send("delete", "/api/saved-searches/" + id, null, null, "Sec-Fetch-Site", "cross-site");
    send("delete", "/api/saved-searches/" + id, null, null);
    send("delete", "/api/saved-searches/" + id, null, null);

    Reply batch = send("post", "/api/batch-searches?hits=2", "text/csv", "name,query\nWomen,UN-Women\nBroken,\"\"\"unclosed\"\n");
    send("post", "/api/batch-searches", "text/plain", "");
    send("post", "/api/batch-searches", "text/plain", "gender", "Origin", "https://evil.invalid");
    String batchId = batch.json().get("id").asText();
    for (int i = 0; i < 300 && !web.get("/api/batch-searches/" + batchId).json().get("state").asText().equals("done"); i++) {
      Thread.sleep(100);
    }
    get("/api/batch-searches");
    get("/api/batch-searches/" + batchId);
    get("/api/batch-searches/999999");
    get("/api/batch-searches/" + batchId + "/results.csv");
    get("/api/batch-searches/999999/results.csv");
    get("/api/batch-searches/" + batchId + "/results.jsonl");
    get("/api/batch-searches/999999/results.jsonl");
  }

  /** Two reindex requests at once: one starts it, the other is told one is running. */
  private void reindexTwiceAtOnce() throws Exception {
    for (int round = 0; round < 20; round++) {
      awaitReindexed();
      List<CompletableFuture<Reply>> calls = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        calls.add(
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    return web.post("/api/reindex", TOKEN);
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                }));
      }
      List<Reply> replies = calls.stream().map(CompletableFuture::join).toList();
      for (Reply r : replies) {
        answers.add(new Answer("post", "/api/reindex", r.status(), r.body()));
      }
      if (replies.stream().anyMatch(r -> r.status() == 409)) {
        return;
      }
    }
  }

  private static void awaitReindexed() throws Exception {
    for (int i = 0; i < 600 && web.get("/api/health").json().get("reindexing").asBoolean(); i++) {
      Thread.sleep(100);
    }
  }

  /** "route method status" for every response the description lists. */
  private static Set<String> documentedResponses() {
    Set<String> all = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        if (op.getKey().equals("parameters")) {
          continue;
        }
        op.getValue().get("responses").fieldNames().forEachRemaining(status -> all.add(path.getKey() + " " + op.getKey() + " " + status));
      }
    }
    return all;
  }

  /** The description's path that {@code target} is an address of. */
  private static String route(String target) {
    String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
    String[] parts = path.split("/", -1);
    for (Iterator<String> it = spec.get("paths").fieldNames(); it.hasNext(); ) {
      String template = it.next();
      String[] t = template.split("/", -1);
      if (t.length != parts.length) {
        continue;
      }
      boolean matches = true;
      for (int i = 0; i < t.length && matches; i++) {
        matches = t[i].startsWith("{") || t[i].equals(parts[i]);
      }
      if (matches && (!template.contains("{") || !spec.get("paths").has(path))) {
        return template;
      }
    }
    return path;
  }

  @Test
  void the_description_says_who_may_call_what() {
    assertThat(spec.get("openapi").asText()).isEqualTo("3.1.0");
    assertThat(spec.get("servers").get(0).get("url").asText()).isEqualTo("http://127.0.0.1:7070");
    Set<String> ids = new TreeSet<>();
    spec.get("paths")
        .forEach(
            path ->
                path.properties().stream().filter(e -> !e.getKey().equals("parameters")).map(Map.Entry::getValue).forEach(
                    op -> {
                      ids.add(op.get("operationId").asText());
                      assertThat(op.has("security")).isTrue();
                      String id = op.get("operationId").asText();
                      String security = op.get("security").toString();
                      if (id.equals("startReindex")) {
                        assertThat(security).as(id).isEqualTo("[{\"adminToken\":[]}]");
                      } else if (Set.of("createSavedSearch", "deleteSavedSearch", "startBatchSearch").contains(id)) {
                        assertThat(security).as(id + ": the token off this machine only").isEqualTo("[{},{\"adminToken\":[]}]");
                      } else {
                        assertThat(security).as(id).isEqualTo("[]");
                      }
                    }));
    assertThat(ids).hasSize(19);
    assertThat(JSON.valueToTree(spec.at("/paths/~1api~1search/get/parameters")).toString())
        .contains("\"maximum\":10000");
  }
}
