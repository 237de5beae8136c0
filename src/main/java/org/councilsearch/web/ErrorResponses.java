package org.councilsearch.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Locale;
import org.councilsearch.index.IndexUnavailableException;
import org.councilsearch.batch.BadUploadException;
import org.councilsearch.saved.NameTakenException;
import org.councilsearch.search.BadQueryException;
import org.councilsearch.state.StateUnavailableException;
import org.councilsearch.state.UnknownIdException;
import org.councilsearch.search.EntityNotFoundException;
import org.councilsearch.search.PaperNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure in a route to a response: JSON {@link ApiError} under /api, an error page
 * elsewhere, each worded for who reads it (a program's author, a reader of the pages). Bad input is
 * a 400, an unknown paper, organization or route a 404, a known API route asked with the wrong
 * method a 405 with an Allow header; only our own faults are a 500, and those never show
 * internals. Failures before routing are {@link EarlyErrors}'.
 */
final class ErrorResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

  private final ErrorBodies bodies;

  ErrorResponses(ErrorBodies bodies) {
    this.bodies = bodies;
  }

  void register(Javalin app) {
    app.exception(BadQueryException.class, (e, ctx) -> badQuery(ctx, e));
    app.exception(
        PaperNotFoundException.class,
        (e, ctx) ->
            respond(
                ctx,
                HttpStatus.NOT_FOUND,
                "not found",
                api(ctx)
                    ? "no paper '" + e.requested() + "' in the index; GET /api/documents lists them"
                    : "There is no paper '"
                        + e.requested()
                        + "' in this collection. The link may be mistyped, or the paper may have"
                        + " left the collection; search for its words below."));
    app.exception(
        EntityNotFoundException.class,
        (e, ctx) ->
            respond(
                ctx,
                HttpStatus.NOT_FOUND,
                "not found",
                e.unknownName()
                    .map(
                        name ->
                            api(ctx)
                                ? "no organization, place, event or person is known as '"
                                    + name
                                    + "'; GET /api/entities?type=organization lists the"
                                    + " organizations"
                                : "No organization, place, event or person is known as '"
                                    + name
                                    + "' in these papers. Check the spelling, or search the"
                                    + " papers for it below.")
                    .orElse(e.getMessage())));
    app.exception(
        IndexUnavailableException.class,
        (e, ctx) ->
            respond(ctx, HttpStatus.SERVICE_UNAVAILABLE, "index unavailable", e.getMessage()));
    app.exception(
        UnknownIdException.class, (e, ctx) -> respond(ctx, HttpStatus.NOT_FOUND, "not found", e.getMessage()));
    app.exception(
        NameTakenException.class, (e, ctx) -> respond(ctx, HttpStatus.CONFLICT, "name taken", e.getMessage()));
    app.exception(
        BadUploadException.class, (e, ctx) -> respond(ctx, HttpStatus.BAD_REQUEST, "bad upload", e.getMessage()));
    app.exception(
        StateChanges.Refused.class, (e, ctx) -> respond(ctx, HttpStatus.FORBIDDEN, "forbidden", e.getMessage()));
    app.exception(
        StateUnavailableException.class,
        (e, ctx) -> {
          LOG.warn("state database unavailable: {}", e.getMessage());
          respond(ctx, HttpStatus.SERVICE_UNAVAILABLE, "state unavailable", e.getMessage());
        });
    app.exception(HttpResponseException.class, this::httpResponse);
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

  private void badQuery(Context ctx, BadQueryException e) {
    if (!api(ctx)) {
      respond(ctx, HttpStatus.BAD_REQUEST, "bad request", e.getMessage());
      return;
    }
    String literal =
        e.plainWords()
            .filter(words -> ctx.path().equals("/api/search"))
            .map(words -> literalSearch(ctx, words))
            .orElse(null);
    ctx.status(HttpStatus.BAD_REQUEST)
        .json(
            new ApiError(
                "bad request",
                e.getMessage(),
                e.position().isPresent() ? e.position().getAsInt() : null,
                literal));
  }

  /** The search asked for, with the plain words of its query taken word for word. */
  static String literalSearch(Context ctx, String words) {
    try {
      return SearchForm.parse(ctx.queryParamMap(), ApiController.DEFAULT_SIZE)
          .with("q", words)
          .with("literal", "1")
          .link("/api/search");
    } catch (BadQueryException otherParameterBad) {
      return SearchForm.typed(words, ApiController.DEFAULT_SIZE)
          .with("literal", "1")
          .link("/api/search");
    }
  }

  private void httpResponse(HttpResponseException e, Context ctx) {
    HttpStatus status = HttpStatus.forStatus(e.getStatus());
    String detail;
    if (status == HttpStatus.NOT_FOUND) {
      detail =
          api(ctx)
              ? "nothing at " + ctx.path() + "; GET /api/openapi.json lists the API's routes"
              : "There is no page at this address. The link may be mistyped or out of date;"
                  + " search the papers below.";
    } else if (status == HttpStatus.METHOD_NOT_ALLOWED) {
      String allowed =
          e.getDetails().values().stream().findFirst().orElse("GET").replace(" ", "");
      ctx.header("Allow", allowed.replace(",", ", "));
      detail =
          ctx.path() + " does not take " + ctx.method() + "; it takes " + allowed.replace(",", ", ");
    } else {
      detail = e.getMessage();
    }
    respond(ctx, status, status.getMessage().toLowerCase(Locale.ROOT), detail);
  }

  private static boolean api(Context ctx) {
    return ErrorBodies.isApi(ctx.path());
  }

  private void respond(Context ctx, HttpStatus status, String error, String detail) {
    ctx.status(status);
    if (api(ctx)) {
      ctx.json(new ApiError(error, detail));
    } else {
      ctx.contentType(ErrorBodies.HTML_TYPE).result(bodies.html(status.getCode(), error, detail));
    }
  }
}
