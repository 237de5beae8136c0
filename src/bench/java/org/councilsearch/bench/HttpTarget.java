package org.councilsearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.StringJoiner;
import org.councilsearch.search.SearchRequest;

/**
 * Sends each query to a running server's {@code GET /api/search}, as a client program would, and
 * reads the whole JSON answer. One HTTP client (with its connection pool) serves every bench
 * client thread.
 */
public final class HttpTarget implements SearchTarget {
  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();

  /** @param base the server's address, e.g. {@code http://127.0.0.1:7070} */
  public HttpTarget(String base) {
    this.base = base;
  }

  @Override
  public String name() {
    return "over HTTP";
  }

  @Override
  public int search(BenchQuery query) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/api/search?" + parameters(query.request())))
            .timeout(Duration.ofSeconds(30))
            .build();
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IOException("HTTP " + response.statusCode() + " for " + request.uri());
      }
      return json.readTree(response.body()).get("hits").size();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for " + request.uri(), e);
    }
  }

  /** The request as the API's query parameters. */
  static String parameters(SearchRequest r) {
    StringJoiner out = new StringJoiner("&");
    add(out, "q", r.query());
    add(out, "from", r.fromYear());
    add(out, "to", r.toYear());
    add(out, "org", r.organization());
    add(out, "event", r.event());
    add(out, "event-type", r.eventType());
    add(out, "place", r.place());
    add(out, "doc", r.paper());
    add(out, "lang", r.language());
    add(out, "literal", r.literal() ? "1" : null);
    add(out, "size", r.limit());
    return out.toString();
  }

  private static void add(StringJoiner out, String name, Object value) {
    if (value != null) {
      out.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
    }
  }
}
