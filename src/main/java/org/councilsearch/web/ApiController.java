package org.councilsearch.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.councilsearch.export.ResultCsv;
import org.councilsearch.export.ResultExport;
import org.councilsearch.model.EntityProfile;
import org.councilsearch.model.EntitySummary;
import org.councilsearch.model.EntityType;
import org.councilsearch.model.SearchResult;
import org.councilsearch.search.BadQueryException;
import org.councilsearch.search.EntityNotFoundException;
import org.councilsearch.search.PaperNotFoundException;
import org.councilsearch.search.SearchRequest;

/**
 * The JSON API under /api. Responses are the same records the command line prints with --json, so a
 * search here and {@code search --json} have one shape.
 */
final class ApiController {
  static final int DEFAULT_SIZE = 10;

  private final ServedIndex served;
  private final AdminToken admin;

  ApiController(ServedIndex served, AdminToken admin) {
    this.served = served;
    this.admin = admin;
  }

  /**
   * GET /api/search: one page as JSON, or with format=csv every page of the result (up to the
   * depth paging reaches) as CSV, streamed as it is read.
   */
  void search(Context ctx) throws IOException {
    SearchForm form = SearchForm.parse(ctx.queryParamMap(), DEFAULT_SIZE);
    String format = ctx.queryParam("format");
    if (format == null || format.isBlank() || format.equals("json")) {
      ctx.json(search(served, form));
      return;
    }
    if (!format.equals("csv")) {
      throw new BadQueryException(
          "format must be json or csv, not '" + (format.length() > 20 ? format.substring(0, 20) + "..." : format) + "'");
    }
    csv(ctx, form);
  }

  private void csv(Context ctx, SearchForm form) throws IOException {
    SearchRequest request = form.request();
    ResultExport export = served.searching().export();
    // Read the first page before answering, so that a query that cannot be read is a 400, not a
    // CSV cut short.
    search(served, form);
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"council-search-results.csv\"");
    Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
    try (ResultCsv csv = ResultCsv.to(out, ResultCsv.SEARCH_COLUMNS)) {
      export.each(request, SavedSearchController.base(ctx), row -> csv.search(request.query(), row));
    }
  }

  /** GET /api/documents: every paper with its metadata, oldest first. */
  void documents(Context ctx) {
    ctx.json(served.searching().catalog().papers());
  }

  /** GET /api/documents/{id}: one paper with its paragraphs and their entities. */
  void document(Context ctx) {
    ctx.json(served.searching().catalog().view(ctx.pathParam("id")));
  }

  /** GET /api/entities?type=&prefix=. */
  void entities(Context ctx) {
    EntityType type = type(ctx.queryParam("type"));
    String prefix = bounded("prefix", ctx.queryParam("prefix"));
    String wanted = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
    List<EntitySummary> found =
        served.searching().entities().list(type).stream()
            .filter(e -> e.name().toLowerCase(Locale.ROOT).startsWith(wanted))
            .toList();
    ctx.json(found);
  }

  /** GET /api/entities/{type}/{name}. */
  void entity(Context ctx) {
    EntityType type = type(ctx.pathParam("type"));
    String name = bounded("name", ctx.pathParam("name"));
    EntityProfile profile = served.searching().entities().profile(name);
    if (profile.type() != type) {
      throw new EntityNotFoundException(
          "'"
              + name
              + "' is a "
              + profile.type().label()
              + ", not a "
              + type.label());
    }
    ctx.json(profile);
  }

  /** GET /api/collaborations?org=. */
  void collaborations(Context ctx) {
    String org = bounded("org", ctx.queryParam("org"));
    if (org == null || org.isBlank()) {
      throw new BadQueryException(
          "org is missing: name the partner organization, as in ?org=UN-Women");
    }
    ctx.json(served.searching().collaborations().find(org));
  }

  /** GET /api/health. */
  void health(Context ctx) {
    ctx.json(served.health());
  }

  /** POST /api/reindex: only with the admin token, as "Authorization: Bearer TOKEN". */
  void reindex(Context ctx) {
    String auth = ctx.header("Authorization");
    String given =
        auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7) : null;
    if (!admin.allows(given)) {
      ctx.status(HttpStatus.FORBIDDEN)
          .json(
              new ApiError(
                  "forbidden",
                  "reindexing needs the server's admin token, sent as 'Authorization: Bearer"
                      + " TOKEN'"));
      return;
    }
    if (!served.startReindex()) {
      ctx.status(HttpStatus.CONFLICT)
          .json(
              new ApiError("reindex running", "a reindex is already running; see GET /api/health"));
      return;
    }
    ctx.status(HttpStatus.ACCEPTED).json(Map.of("status", "started", "health", "/api/health"));
  }

  /**
   * Runs a search for the page or the API. A paper filter naming no paper is a bad parameter (400),
   * not a missing resource.
   */
  static SearchResult search(ServedIndex served, SearchForm form) {
    try {
      return served.searching().search().search(form.request());
    } catch (PaperNotFoundException e) {
      throw new BadQueryException(
          "doc: no paper has the id or file name '"
              + e.requested()
              + "' in this collection");
    }
  }

  private static EntityType type(String given) {
    if (given == null || given.isBlank()) {
      return EntityType.ORGANIZATION;
    }
    return EntityType.of(given)
        .orElseThrow(
            () ->
                new BadQueryException(
                    "type must be organization, event, place, person or date, not '"
                        + (given.length() > 40 ? given.substring(0, 40) + "..." : given)
                        + "'"));
  }

  private static String bounded(String name, String value) {
    if (value != null && value.length() > SearchForm.MAX_FILTER_CHARS) {
      throw new BadQueryException(
          name + " is longer than " + SearchForm.MAX_FILTER_CHARS + " characters");
    }
    return value;
  }
}
