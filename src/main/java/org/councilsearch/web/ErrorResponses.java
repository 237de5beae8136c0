package org.councilsearch.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.councilsearch.index.IndexUnavailableException;
import org.councilsearch.search.BadQueryException;
import org.councilsearch.search.EntityNotFoundException;
import org.councilsearch.search.PaperNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to a response: JSON {@link ApiError} under /api, an HTML page elsewhere. Bad
 * input is a 400, an unknown paper, organization or route a 404; only our own faults are a 500, and
 * those never show internals.
 */
final class ErrorResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

  private ErrorResponses() {}

  static void register(Javalin app) {
    app.exception(
        BadQueryException.class,
        (e, ctx) -> respond(ctx, HttpStatus.BAD_REQUEST, "bad request", e.getMessage()));
    app.exception(
        PaperNotFoundException.class,
        (e, ctx) -> respond(ctx, HttpStatus.NOT_FOUND, "not found", e.getMessage()));
    app.exception(
        EntityNotFoundException.class,
        (e, ctx) -> respond(ctx, HttpStatus.NOT_FOUND, "not found", e.getMessage()));
    app.exception(
        IndexUnavailableException.class,
        (e, ctx) ->
            respond(ctx, HttpStatus.SERVICE_UNAVAILABLE, "index unavailable", e.getMessage()));
    app.exception(
        HttpResponseException.class,
        (e, ctx) -> {
          HttpStatus status = HttpStatus.forStatus(e.getStatus());
          String detail =
              status == HttpStatus.NOT_FOUND ? "nothing at " + ctx.path() : e.getMessage();
          respond(ctx, status, status.getMessage().toLowerCase(java.util.Locale.ROOT), detail);
        });
    app.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
          respond(
              ctx,
              HttpStatus.INTERNAL_SERVER_ERROR,
              "internal error",
              "the server failed to answer; the log says why");
        });
  }

  private static void respond(Context ctx, HttpStatus status, String error, String detail) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/") || ctx.path().equals("/api")) {
      ctx.json(new ApiError(error, detail));
    } else {
      ctx.render(
          "error",
          Map.of(
              "title",
              status.getCode() + " " + status.getMessage() + " - Council Search",
              "status",
              status.getCode(),
              "error",
              capitalize(error),
              "detail",
              detail));
    }
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
