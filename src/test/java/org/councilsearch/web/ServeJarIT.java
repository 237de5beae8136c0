package org.councilsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code serve} from the shaded jar as a user does: it indexes a corpus it has not seen,
 * prints its address, answers, stops on a termination signal, and on the next start serves the
 * index as it is because nothing changed.
 */
class ServeJarIT {
  private static final Path JAR = Path.of("target/council-search.jar").toAbsolutePath();
  private static final Pattern ADDRESS =
      Pattern.compile("serves at (http://127\\.0\\.0\\.1:\\d+/)");

  @TempDir Path tmp;

  @Test
  void serve_indexes_first_then_serves_and_stops_cleanly() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.copy(Path.of("corpus/002_9ed3d41a67c1374e.txt"), corpus.resolve("paper.txt"));

    Started first = start();
    try {
      assertThat(first.output()).contains("Indexed in").contains("1 added");
      JsonNode health = new ObjectMapper().readTree(get(first.address() + "api/health"));
      assertThat(health.get("documents").asInt()).isEqualTo(1);
      assertThat(get(first.address())).contains("id=\"search-form\"");
    } finally {
      first.process().destroy();
    }
    assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

    Started second = start();
    try {
      assertThat(second.output()).doesNotContain("Indexed in");
    } finally {
      second.process().destroy();
      second.process().waitFor(30, TimeUnit.SECONDS);
    }
  }

  private record Started(Process process, String address, String output) {}

  private Started start() throws IOException {
    List<String> command =
        List.of(
            "java",
            "-jar",
            JAR.toString(),
            "serve",
            "--corpus",
            "corpus",
            "--index",
            "index",
            "--port",
            "0");
    Process p =
        new ProcessBuilder(command).directory(tmp.toFile()).redirectErrorStream(true).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      lines.add(line);
      Matcher m = ADDRESS.matcher(line);
      if (m.find()) {
        return new Started(p, m.group(1), String.join("\n", lines));
      }
    }
    p.destroyForcibly();
    throw new AssertionError("serve ended without an address:\n" + String.join("\n", lines));
  }

  private static String get(String url) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }
}
