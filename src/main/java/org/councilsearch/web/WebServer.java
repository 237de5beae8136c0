package org.councilsearch.web;

import static io.javalin.apibuilder.ApiBuilder.after;
import static io.javalin.apibuilder.ApiBuilder.before;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import org.councilsearch.app.Json;

/**
 * Builds the web server: every route in one place, the security headers, and the mapping of
 * failures to responses. {@link #create} returns it unstarted; the caller starts it on a host and
 * port and stops it.
 */
public final class WebServer {
  private WebServer() {}

  /**
   * The server over {@code served}.
   *
   * @param admin the token that allows POST /api/reindex, or {@link AdminToken#NONE}
   */
  public static Javalin create(ServedIndex served, AdminToken admin) {
    ApiController api = new ApiController(served, admin);
    PageController pages = new PageController(served);
    StaticAssets assets = new StaticAssets();
    PebbleRenderer renderer = new PebbleRenderer();
    ErrorBodies errors = new ErrorBodies(renderer);
    Javalin app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.startupWatcherEnabled = false;
              config.http.generateEtags = false;
              config.http.prefer405over404 = true;
              config.jetty.modifyServer(
                  server -> {
                    server.setErrorHandler(new EarlyErrors(errors));
                    server.addEventListener(AddressedConnections.installer());
                  });
              config.jetty.modifyServletContextHandler(
                  handler -> handler.setErrorHandler(new EarlyErrors(errors)));
              config.jsonMapper(new JavalinJackson(Json.mapper(), false));
              config.fileRenderer(renderer);
              config.router.apiBuilder(
                  () -> {
                    before(new SecurityHeaders());
                    get("/", pages::home);
                    get("/search", pages::search);
                    get("/documents/{id}", pages::document);
                    get("/organizations/{name}", pages::organization);
                    get("/static/{file}", assets::file);
                    get("/api/search", api::search);
                    get("/api/documents", api::documents);
                    get("/api/documents/{id}", api::document);
                    get("/api/entities", api::entities);
                    get("/api/entities/{type}/{name}", api::entity);
                    get("/api/collaborations", api::collaborations);
                    get("/api/health", api::health);
                    post("/api/reindex", api::reindex);
                    get("/api/openapi.json", assets::openApi);
                    after(WebServer::declareCharset);
                  });
            });
    new ErrorResponses(errors).register(app);
    return app;
  }

  /** Pages are UTF-8; saying so keeps browsers from guessing (and mis-reading) the encoding. */
  private static void declareCharset(Context ctx) {
    String type = ctx.res().getContentType();
    if (type != null && type.startsWith("text/html") && !type.contains("charset")) {
      ctx.contentType("text/html; charset=utf-8");
    }
  }
}
