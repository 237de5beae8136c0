package org.councilsearch.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.councilsearch.app.Json;

/**
 * The body of an error response, wherever it is raised: an {@link ApiError} as JSON for addresses
 * under /api, the error page elsewhere. Thread-safe.
 */
final class ErrorBodies {
  static final String JSON_TYPE = "application/json";
  static final String HTML_TYPE = "text/html; charset=utf-8";

  private final PebbleRenderer renderer;
  private final ObjectMapper json = Json.mapper();

  ErrorBodies(PebbleRenderer renderer) {
    this.renderer = renderer;
  }

  /** True for the API's addresses, which answer in JSON. */
  static boolean isApi(String path) {
    return path != null && (path.equals("/api") || path.startsWith("/api/"));
  }

  byte[] json(ApiError error) {
    try {
      return json.writeValueAsBytes(error);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The error page: what happened as a heading, why in a sentence, and the search form. */
  String html(int status, String error, String detail) {
    return renderer.render("error", model(status, error, detail), null);
  }

  static Map<String, Object> model(int status, String error, String detail) {
    return Map.of(
        "title",
        capitalize(error) + " - Council Search",
        "status",
        status,
        "error",
        capitalize(error),
        "detail",
        detail);
  }

  byte[] htmlBytes(int status, String error, String detail) {
    return html(status, error, detail).getBytes(StandardCharsets.UTF_8);
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
