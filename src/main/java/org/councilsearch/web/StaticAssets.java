package org.councilsearch.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Serves the few files the pages and API clients load: the style sheet, the script and the OpenAPI
 * description. They are a fixed list read once from the classpath; a request never names a file.
 */
final class StaticAssets {
  private record Asset(byte[] bytes, String contentType) {}

  private final Map<String, Asset> assets;

  StaticAssets() {
    this.assets =
        Map.of(
            "app.css", load("static/app.css", "text/css; charset=utf-8"),
            "app.js", load("static/app.js", "text/javascript; charset=utf-8"),
            "openapi.json", load("openapi.json", "application/json"));
  }

  /** GET /static/{file}. */
  void file(Context ctx) {
    serve(ctx, ctx.pathParam("file"));
  }

  /** GET /api/openapi.json. */
  void openApi(Context ctx) {
    serve(ctx, "openapi.json");
  }

  private void serve(Context ctx, String name) {
    Asset asset = assets.get(name);
    if (asset == null) {
      throw new NotFoundResponse("no such file");
    }
    ctx.contentType(asset.contentType())
        .header("Cache-Control", "public, max-age=300")
        .result(asset.bytes());
  }

  private static Asset load(String path, String contentType) {
    String resource = "org/councilsearch/web/" + path;
    try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new Asset(in.readAllBytes(), contentType);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
