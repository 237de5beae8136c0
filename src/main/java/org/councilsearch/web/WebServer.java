package org.councilsearch.web;

import static io.javalin.apibuilder.ApiBuilder.after;
import static io.javalin.apibuilder.ApiBuilder.before;
import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import io.javalin.config.SizeUnit;
import org.councilsearch.app.Json;
import org.councilsearch.app.UserState;
import org.councilsearch.batch.QueryFile;

/**
 * Builds the web server: every route in one place, the security headers, and the mapping of
 * failures to responses. {@link #create} returns it unstarted; the caller starts it on a host and
 * port and stops it.
 */
public final class WebServer {
  private WebServer() {}

  /**
   * The server over {@code served}, keeping saved and batch searches in {@code state}.
   *
   * @param admin the token that allows POST /api/reindex, and other changes when the server
   *     listens beyond this machine, or {@link AdminToken#NONE}
   * @param localOnly whether the server listens on a loopback address only
   */
  public static Javalin create(ServedIndex served, UserState state, AdminToken admin, boolean localOnly) {
    ApiController api = new ApiController(served, admin);
    StateChanges changes = new StateChanges(admin, localOnly);
    SavedSearchController saved = new SavedSearchController(state.saved(), changes);
    BatchController batches = new BatchController(state.batches(), changes);
    PageController pages = new PageController(served, changes);
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
              // A file of queries may be larger than Javalin's default 1 MB; QueryFile refuses
              // anything over its own limit with a message.
              config.http.maxRequestSize = QueryFile.MAX_BYTES + 64 * 1024L;
              config.jetty.multipartConfig.maxFileSize(QueryFile.MAX_BYTES + 1L, SizeUnit.BYTES);
              config.jetty.multipartConfig.maxTotalRequestSize(QueryFile.MAX_BYTES + 64 * 1024L, SizeUnit.BYTES);
              config.jetty.multipartConfig.maxInMemoryFileSize(QueryFile.MAX_BYTES + 1, SizeUnit.BYTES);
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
                    get("/saved-searches", saved::listPage);
                    post("/saved-searches", saved::createFromPage);
                    get("/saved-searches/{id}", saved::page);
                    post("/saved-searches/{id}/delete", saved::deleteFromPage);
                    get("/feeds/saved-searches/{file}", saved::feed);
                    get("/batch-searches", batches::listPage);
                    post("/batch-searches", batches::createFromPage);
                    get("/batch-searches/{id}", batches::page);
                    get("/static/{file}", assets::file);
                    get("/api/search", api::search);
                    get("/api/documents", api::documents);
                    get("/api/documents/{id}", api::document);
                    get("/api/entities", api::entities);
                    get("/api/entities/{type}/{name}", api::entity);
                    get("/api/collaborations", api::collaborations);
                    get("/api/health", api::health);
                    post("/api/reindex", api::reindex);
                    get("/api/saved-searches", saved::list);
                    post("/api/saved-searches", saved::create);
                    get("/api/saved-searches/{id}", saved::get);
                    delete("/api/saved-searches/{id}", saved::delete);
                    get("/api/batch-searches", batches::list);
                    post("/api/batch-searches", batches::create);
                    get("/api/batch-searches/{id}", batches::get);
                    get("/api/batch-searches/{id}/results.csv", batches::csv);
                    get("/api/batch-searches/{id}/results.jsonl", batches::jsonl);
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
