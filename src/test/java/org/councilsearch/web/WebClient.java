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
import org.councilsearch.app.IndexConfig;
import org.councilsearch.app.IndexJob;
import org.councilsearch.app.IndexUpdater;
import org.councilsearch.app.Services;
import org.councilsearch.app.UserState;
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
    return serve(corpus, index, adminToken, false);
  }

  /**
   * Indexes {@code corpus} into {@code index} by its words, then serves it; with {@code vectors},
   * the server adds the passages' vectors in the background, as {@code serve} does.
   */
  static WebClient serve(Path corpus, Path index, String adminToken, boolean vectors) throws IOException {
    Services services = new Services(Clock.systemUTC(), 2);
    IndexUpdater updater = new IndexUpdater(services);
    IndexJob job = IndexJob.incremental(corpus, index);
    updater.update(job, IndexProgress.NONE);
    ServedIndex served =
        new ServedIndex(
            services.open(new IndexConfig.Embedded(index)), updater, job, Clock.systemUTC(), Duration.ofMillis(200), vectors);
    UserState state = services.userState(UserState.besideIndex(index), served::searching);
    return new WebClient(RunningServer.start(served, state, AdminToken.of(adminToken), "127.0.0.1", 0));
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
    return raw(target, "").status();
  }

  /** A raw response: status, headers in lower case, body. */
  record RawReply(int status, java.util.Map<String, String> headers, String body) {
    String contentType() {
      return headers.getOrDefault("content-type", "");
    }
  }

  /**
   * A GET for {@code target} sent byte for byte with {@code extraHeaders} (each ending in CRLF),
   * read to the end.
   */
  RawReply raw(String target, String extraHeaders) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      String request =
          "GET "
              + target
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
              + extraHeaders
              + "Connection: close\r\n\r\n";
      socket
          .getOutputStream()
          .write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      String response;
      try {
        response =
            new String(
                socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      } catch (java.net.SocketException closedEarly) {
        response = "";
      }
      int split = response.indexOf("\r\n\r\n");
      String head = split < 0 ? response : response.substring(0, split);
      String body = split < 0 ? "" : response.substring(split + 4);
      String[] lines = head.split("\r\n");
      java.util.Map<String, String> headers = new java.util.HashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) {
          headers.put(
              lines[i].substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
              lines[i].substring(colon + 1).strip());
        }
      }
      if (body.length() > 0 && "chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
        body = unchunk(body);
      }
      return new RawReply(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
    }
  }

  private static String unchunk(String chunked) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < chunked.length()) {
      int eol = chunked.indexOf("\r\n", i);
      if (eol < 0) {
        break;
      }
      int size = Integer.parseInt(chunked.substring(i, eol).split(";")[0].strip(), 16);
      if (size == 0) {
        break;
      }
      out.append(chunked, eol + 2, Math.min(chunked.length(), eol + 2 + size));
      i = eol + 2 + size + 2;
    }
    return out.toString();
  }

  /**
   * A request with any method, a body of {@code contentType} (null for none) and extra headers
   * given as name, value, name, value ...
   */
  Reply send(String method, String pathAndQuery, String contentType, byte[] body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(pathAndQuery))
            .method(
                method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return send(b.build());
  }

  /** A request with any method and no body. */
  Reply send(String method, String pathAndQuery) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri(pathAndQuery))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build());
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
