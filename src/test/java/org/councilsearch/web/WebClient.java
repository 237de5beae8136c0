package org.councilsearch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.councilsearch.app.IndexJob;
import org.councilsearch.app.IndexUpdater;
import org.councilsearch.app.Services;
import org.councilsearch.index.IndexProgress;

/** Starts a real server on a free port over an index of a corpus, and calls it over HTTP. */
final class WebClient implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A response: its status, content type and body. */
  record Reply(int status, String contentType, String body, HttpResponse<String> raw) {
    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }
  }

  private final RunningServer server;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private WebClient(RunningServer server) {
    this.server = server;
  }

  /**
   * Indexes {@code corpus} into {@code index}, then serves it with {@code adminToken} (may be
   * null).
   */
  static WebClient serve(Path corpus, Path index, String adminToken) throws IOException {
    Services services = new Services(Clock.systemUTC(), 2);
    IndexUpdater updater = new IndexUpdater(services);
    IndexJob job = IndexJob.incremental(corpus, index);
    updater.update(job, IndexProgress.NONE);
    ServedIndex served =
        new ServedIndex(
            services.open(index), updater, job, Clock.systemUTC(), Duration.ofMillis(200));
    return new WebClient(RunningServer.start(served, AdminToken.of(adminToken), "127.0.0.1", 0));
  }

  Reply get(String pathAndQuery) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
  }

  Reply post(String path, String bearer) throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody());
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    return send(b.build());
  }

  /**
   * The status of a GET for {@code target} sent as written, byte for byte, for targets that {@link
   * URI} refuses (broken percent escapes, for one).
   */
  int rawStatus(String target) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      String request =
          "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
      socket
          .getOutputStream()
          .write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      java.io.BufferedReader in =
          new java.io.BufferedReader(
              new java.io.InputStreamReader(
                  socket.getInputStream(), java.nio.charset.StandardCharsets.ISO_8859_1));
      String status = in.readLine();
      return Integer.parseInt(status.split(" ")[1]);
    }
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  private Reply send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    return new Reply(
        r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
