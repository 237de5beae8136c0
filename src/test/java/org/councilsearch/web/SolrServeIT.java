package org.councilsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.councilsearch.app.IndexConfig;
import org.councilsearch.app.IndexJob;
import org.councilsearch.app.IndexUpdater;
import org.councilsearch.app.Services;
import org.councilsearch.index.IndexProgress;
import org.councilsearch.ingest.ExtractionLimits;
import org.councilsearch.model.SolrLocation;
import org.councilsearch.support.SolrCloud;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar's {@code serve --solr} answers the web API and the pages as {@code serve} on the
 * embedded index of the same papers does, and gives a collection's passages their vectors in the
 * background as it gives an index's. Both run as processes of their own: the server's Jetty
 * cannot share this JVM with the test cluster's.
 */
@Tag("solrcloud")
@ExtendWith(SolrCloud.Shared.class)
class SolrServeIT {
  private static final String COLLECTION = "served";

  @TempDir Path tmp;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void serve_on_the_collection_answers_as_serve_on_the_index(SolrCloud cloud) throws Exception {
    Services services = new Services(Clock.systemUTC(), 2);
    Path index = tmp.resolve("index");
    IndexUpdater updater = new IndexUpdater(services);
    updater.update(new IndexJob(Path.of("corpus"), index, false, true, ExtractionLimits.DEFAULTS), IndexProgress.NONE);
    updater.update(
        new IndexJob(Path.of("corpus"), index, true, true, ExtractionLimits.DEFAULTS)
            .into(new IndexConfig.SolrCloud(new SolrLocation(cloud.urls(), COLLECTION), SolrCloud.SHARDS, SolrCloud.REPLICAS)),
        IndexProgress.NONE);
    try (ServedCorpus embedded = ServedCorpus.start(tmp, "--corpus", tmp.resolve("no-corpus").toString(), "--index", index.toString());
        ServedCorpus solr =
            ServedCorpus.start(
                tmp, "--solr", cloud.solrOption(), "--collection", COLLECTION, "--no-vectors", "--state-dir", tmp.resolve("state").toString())) {
      for (String q : List.of("female genital mutilation 2009", "PSEA", "collaborations with UNICEF", "\"white ribbons\"")) {
        String path = "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        JsonNode a = json.readTree(get(embedded, path));
        JsonNode b = json.readTree(get(solr, path));
        assertThat(b.get("total")).as(q).isEqualTo(a.get("total"));
        assertThat(b.get("facets")).as(q).isEqualTo(a.get("facets"));
        assertThat(b.get("interpreted")).as(q).isEqualTo(a.get("interpreted"));
        // The same passages with the same snippets; equal scores may come in either order.
        assertThat(sorted(b, "id")).as(q).isEqualTo(sorted(a, "id"));
        assertThat(sorted(b, "snippet")).as(q).isEqualTo(sorted(a, "snippet"));
      }
      JsonNode papers = json.readTree(get(embedded, "/api/documents"));
      assertThat(get(solr, "/api/documents")).isEqualTo(get(embedded, "/api/documents"));
      String paper = "/api/documents/" + papers.get(0).get("id").asText();
      assertThat(get(solr, paper)).isEqualTo(get(embedded, paper));
      for (String page : List.of("/organizations/UN-Women", "/api/entities/organization/UNICEF", "/api/collaborations?org=UNICEF")) {
        assertThat(get(solr, page)).as(page).isEqualTo(get(embedded, page));
      }
    } finally {
      cloud.delete(COLLECTION);
    }
  }

  @Test
  void serve_gives_a_collection_its_vectors_in_the_background_and_search_by_meaning_follows(SolrCloud cloud)
      throws Exception {
    String collection = "served_meaning";
    Path state = tmp.resolve("state");
    new IndexUpdater(new Services(Clock.systemUTC(), 2))
        .update(
            new IndexJob(Path.of("corpus"), tmp.resolve("unused"), true, true, ExtractionLimits.DEFAULTS)
                .into(new IndexConfig.SolrCloud(new SolrLocation(cloud.urls(), collection), SolrCloud.SHARDS, SolrCloud.REPLICAS)),
            IndexProgress.NONE);
    try (ServedCorpus solr =
        ServedCorpus.start(tmp, "--solr", cloud.solrOption(), "--collection", collection, "--state-dir", state.toString())) {
      Instant until = Instant.now().plus(Duration.ofMinutes(3));
      JsonNode vectors = json.readTree(get(solr, "/api/health")).get("vectors");
      while (!vectors.get("state").asText().equals("complete") && Instant.now().isBefore(until)) {
        assertThat(vectors.get("state").asText()).isIn("waiting", "embedding");
        Thread.sleep(200);
        vectors = json.readTree(get(solr, "/api/health")).get("vectors");
      }
      assertThat(vectors.get("state").asText()).isEqualTo("complete");
      assertThat(vectors.get("done").asLong()).isEqualTo(227);
      assertThat(vectors.get("toDo").asLong()).isEqualTo(227);

      String q = URLEncoder.encode("teaching personnel about equality of the sexes", StandardCharsets.UTF_8);
      JsonNode result = json.readTree(get(solr, "/api/search?q=" + q));
      assertThat(result.get("total").asLong()).isZero();
      assertThat(result.get("meaning").get("withVector").asLong()).isEqualTo(227);
      assertThat(result.get("hits"))
          .filteredOn(hit -> hit.get("text").asText().startsWith("To assist staff in broadening their sensitivity to gender issues"))
          .singleElement()
          .satisfies(hit -> assertThat(hit.get("meaningOnly").asBoolean()).isTrue());
      assertThat(get(solr, "/search?q=" + q)).contains("Related in meaning; none of the words");
      assertThat(state.resolve("vectors")).as("the known vectors, kept on this machine").isDirectory();
    } finally {
      cloud.delete(collection);
    }
  }

  private static List<String> sorted(JsonNode result, String field) {
    return result.get("hits").findValues(field).stream().map(JsonNode::asText).sorted().toList();
  }

  private String get(ServedCorpus server, String path) throws Exception {
    HttpResponse<String> r =
        http.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.body();
  }
}
