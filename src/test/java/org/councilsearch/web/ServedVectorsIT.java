package org.councilsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server makes an index searchable by meaning in the background: passages are searchable by
 * their words at once, the vector pass says how far it has come in /api/health, and once it is
 * done a paraphrase finds its passage by meaning, on the API and on the page.
 */
class ServedVectorsIT {
  private static final String PARAPHRASE = "teaching personnel about equality of the sexes";

  @TempDir static Path tmp;
  static WebClient web;

  @BeforeAll
  static void serveAnIndexWithoutVectors() throws Exception {
    web = WebClient.serve(Path.of("corpus"), tmp.resolve("index"), null, true);
  }

  @AfterAll
  static void stop() throws Exception {
    web.close();
  }

  private static JsonNode vectorsWhenDone() throws Exception {
    Instant until = Instant.now().plus(Duration.ofMinutes(3));
    JsonNode vectors = web.get("/api/health").json().get("vectors");
    while (!vectors.get("state").asText().equals("complete") && Instant.now().isBefore(until)) {
      assertThat(vectors.get("state").asText()).isIn("waiting", "embedding");
      Thread.sleep(200);
      vectors = web.get("/api/health").json().get("vectors");
    }
    return vectors;
  }

  @Test
  void the_vector_pass_runs_in_the_background_and_meaning_search_follows() throws Exception {
    JsonNode vectors = vectorsWhenDone();
    assertThat(vectors.get("state").asText()).isEqualTo("complete");
    assertThat(vectors.get("done").asLong()).isEqualTo(227);
    assertThat(vectors.get("toDo").asLong()).isEqualTo(227);

    String q = URLEncoder.encode(PARAPHRASE, StandardCharsets.UTF_8);
    // The server looks for a newer commit every 200 ms.
    JsonNode result = web.get("/api/search?q=" + q).json();
    Instant until = Instant.now().plus(Duration.ofSeconds(10));
    while (result.get("meaning").isNull() && Instant.now().isBefore(until)) {
      Thread.sleep(200);
      result = web.get("/api/search?q=" + q).json();
    }
    assertThat(result.get("total").asLong()).isZero();
    assertThat(result.get("meaning").get("withVector").asLong()).isEqualTo(227);
    JsonNode found = null;
    for (JsonNode hit : result.get("hits")) {
      if (hit.get("text").asText().startsWith("To assist staff in broadening their sensitivity to gender issues")) {
        found = hit;
      }
    }
    assertThat(found).as("the passage the paraphrase describes").isNotNull();
    assertThat(found.get("meaningOnly").asBoolean()).isTrue();

    String page = web.get("/search?q=" + q).body();
    assertThat(page).contains("0 passages found").contains("Related in meaning; none of the words");
    assertThat(page).doesNotContain("meaning-coverage");
  }
}
