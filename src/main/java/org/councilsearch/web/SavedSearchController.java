package org.councilsearch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.councilsearch.model.Hit;
import org.councilsearch.saved.AtomFeed;
import org.councilsearch.saved.SavedSearch;
import org.councilsearch.saved.SavedSearchStatus;
import org.councilsearch.saved.SavedSearches;
import org.councilsearch.search.BadQueryException;
import org.councilsearch.search.Citations;
import org.councilsearch.search.PassageLinks;
import org.councilsearch.search.SearchFilters;
import org.councilsearch.search.Snippets;
import org.councilsearch.state.UnknownIdException;

/**
 * Saved searches: the JSON API under /api/saved-searches, the pages under /saved-searches, and
 * each one's Atom feed. Reading needs nothing; saving and deleting go through {@link StateChanges}.
 */
final class SavedSearchController {
  /** Entries in a feed: enough for any reader that polls after each reindex. */
  static final int FEED_ENTRIES = 50;

  /** Passages shown on a saved search's page after the new ones. */
  static final int SHOWN_OTHERS = 20;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SavedSearches saved;
  private final StateChanges changes;

  SavedSearchController(SavedSearches saved, StateChanges changes) {
    this.saved = saved;
    this.changes = changes;
  }

  /** GET /api/saved-searches: every saved search with its counts. */
  void list(Context ctx) {
    List<SavedSearchView> all = new ArrayList<>();
    for (SavedSearch s : saved.list()) {
      all.add(SavedSearchView.of(saved.status(s), false));
    }
    ctx.json(all);
  }

  /** GET /api/saved-searches/{id}: one, with its new passages (looking here marks nothing seen). */
  void get(Context ctx) {
    ctx.json(SavedSearchView.of(saved.status(saved.get(Ids.parse(ctx.pathParam("id"), "saved search"))), true));
  }

  /** POST /api/saved-searches: {"name": ..., "q": ..., "filters": {...}}. */
  void create(Context ctx) {
    changes.require(ctx);
    JsonNode body;
    try {
      body = JSON.readTree(ctx.bodyAsBytes());
    } catch (IOException e) {
      body = null;
    }
    if (body == null || !body.isObject()) {
      throw new BadQueryException(
          "the body must be a JSON object such as {\"name\": \"UN-Women\", \"q\": \"gender\", \"filters\": {\"org\": \"UN-Women\"}}");
    }
    Map<String, String> filters = new LinkedHashMap<>();
    JsonNode given = body.path("filters");
    if (!given.isMissingNode() && !given.isNull()) {
      if (!given.isObject()) {
        throw new BadQueryException("filters must be an object such as {\"org\": \"UN-Women\", \"from\": \"2009\"}");
      }
      given.fields().forEachRemaining(e -> filters.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : ""));
    }
    SavedSearch created = saved.add(text(body, "name"), text(body, "q"), filters);
    ctx.status(HttpStatus.CREATED)
        .header("Location", "/api/saved-searches/" + created.id())
        .json(SavedSearchView.of(saved.status(created), false));
  }

  /** DELETE /api/saved-searches/{id}. */
  void delete(Context ctx) {
    changes.require(ctx);
    saved.remove(Ids.parse(ctx.pathParam("id"), "saved search"));
    ctx.status(HttpStatus.NO_CONTENT);
  }

  /** GET /feeds/saved-searches/{id}.atom. */
  void feed(Context ctx) throws IOException, XMLStreamException {
    String file = ctx.pathParam("file");
    if (!file.endsWith(".atom")) {
      throw new UnknownIdException("feeds are named {id}.atom, such as /feeds/saved-searches/1.atom");
    }
    SavedSearch s = saved.get(Ids.parse(file.substring(0, file.length() - 5), "saved search"));
    ctx.contentType("application/atom+xml; charset=utf-8");
    Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
    AtomFeed.write(s, saved.feed(s, FEED_ENTRIES), base(ctx), out);
    out.flush();
  }

  /** GET /saved-searches: the saved searches with their counts of new passages. */
  void listPage(Context ctx) {
    List<SavedSearchView> all = new ArrayList<>();
    for (SavedSearch s : saved.list()) {
      all.add(SavedSearchView.of(saved.status(s), false));
    }
    ctx.render(
        "saved-searches",
        Map.of("title", "Saved searches - Council Search", "searches", all, "tokenNeeded", changes.tokenNeeded()));
  }

  /**
   * GET /saved-searches/{id}: the new passages first, marked, then the best of the others; what is
   * shown here is seen from now on.
   */
  void page(Context ctx) {
    SavedSearch s = saved.get(Ids.parse(ctx.pathParam("id"), "saved search"));
    SavedSearchStatus status = saved.status(s);
    List<PassageItem> items = new ArrayList<>();
    Set<String> fresh = new HashSet<>();
    for (Hit h : status.fresh()) {
      fresh.add(h.id());
      items.add(PassageItem.of(h, true));
    }
    for (var e : saved.feed(s, SHOWN_OTHERS + status.newCount())) {
      if (!fresh.contains(e.hit().id()) && items.size() < status.newCount() + SHOWN_OTHERS) {
        items.add(PassageItem.of(e.hit(), false));
      }
    }
    saved.markSeen(s, status.fresh());
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", s.name() + " - Council Search");
    model.put("search", SavedSearchView.of(status, false));
    model.put("filters", SearchFilters.describeRaw(s.filters()));
    model.put("searchHref", searchHref(s));
    model.put("items", items);
    model.put("tokenNeeded", changes.tokenNeeded());
    ctx.render("saved-search", model);
  }

  /** POST /saved-searches: the results page's "Save this search" form. */
  void createFromPage(Context ctx) {
    changes.require(ctx);
    Map<String, String> filters = new LinkedHashMap<>();
    for (String key : SearchFilters.KEYS) {
      String v = ctx.formParam(key);
      if (v != null && !v.isBlank()) {
        filters.put(key, v);
      }
    }
    SavedSearch created = saved.add(ctx.formParam("name"), ctx.formParam("q"), filters);
    ctx.redirect("/saved-searches/" + created.id(), HttpStatus.SEE_OTHER);
  }

  /** POST /saved-searches/{id}/delete: the saved search page's "Delete" button. */
  void deleteFromPage(Context ctx) {
    changes.require(ctx);
    saved.remove(Ids.parse(ctx.pathParam("id"), "saved search"));
    ctx.redirect("/saved-searches", HttpStatus.SEE_OTHER);
  }

  /** The search page for {@code s}, its filters included. */
  static String searchHref(SavedSearch s) {
    StringBuilder href = new StringBuilder("/search?q=").append(SearchForm.encode(s.query()));
    s.filters().forEach((k, v) -> href.append('&').append(k).append('=').append(SearchForm.encode(v)));
    return href.toString();
  }

  /**
   * This server's address as the client reached it, for absolute links in feeds and files; ""
   * (links relative to the server) when the request names no host.
   */
  static String base(Context ctx) {
    String host = ctx.host();
    return host == null || host.isBlank() ? "" : ctx.scheme() + "://" + host;
  }

  private static String text(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return "";
    }
    if (!v.isTextual()) {
      throw new BadQueryException(field + " must be a string");
    }
    return v.asText();
  }

  /**
   * A passage on a saved search's page.
   *
   * @param citation how to cite it
   * @param href where it is in its paper
   * @param snippet its opening, as plain text
   * @param fresh whether it is new
   */
  record PassageItem(String citation, String href, String snippet, boolean fresh, String passageId) {
    static PassageItem of(Hit h, boolean fresh) {
      return new PassageItem(
          Citations.of(h), PassageLinks.href(h.paperId(), h.id(), h.paragraph()), Snippets.toPlain(h.snippet(), "", ""), fresh, h.id());
    }
  }
}
