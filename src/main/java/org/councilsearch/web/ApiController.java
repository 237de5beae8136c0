package org.councilsearch.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.councilsearch.model.EntityProfile;
import org.councilsearch.model.EntitySummary;
import org.councilsearch.model.EntityType;
import org.councilsearch.model.SearchResult;
import org.councilsearch.search.BadQueryException;
import org.councilsearch.search.EntityNotFoundException;
import org.councilsearch.search.PaperNotFoundException;
import org.councilsearch.search.PaperView;

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

  /** GET /api/search. */
  void search(Context ctx) {
    SearchForm form = SearchForm.parse(ctx.queryParamMap(), DEFAULT_SIZE);
    ctx.json(search(served, form));
  }

  /** GET /api/documents: every paper with its metadata, oldest first. */
  void documents(Context ctx) {
    ctx.json(served.searching().catalog().papers());
  }

  /** GET /api/documents/{id}: one paper with its paragraphs and their entities. */
  void document(Context ctx) {
    ctx.json(PaperView.of(served.searching().catalog().content(ctx.pathParam("id"))));
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
