package org.councilsearch.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.councilsearch.model.Collaborations;
import org.councilsearch.model.EntityProfile;
import org.councilsearch.model.EntityType;
import org.councilsearch.model.SearchResult;
import org.councilsearch.search.BadQueryException;
import org.councilsearch.search.EntityNotFoundException;
import org.councilsearch.search.PaperView;

/** The server-rendered pages: search, a paper, an organization. */
final class PageController {
  static final int PAGE_SIZE = 10;

  private final ServedIndex served;
  private final StateChanges changes;

  PageController(ServedIndex served, StateChanges changes) {
    this.served = served;
    this.changes = changes;
  }

  /** GET /: the search form. */
  void home(Context ctx) {
    ctx.render(
        "search",
        model("Council Search", SearchPageBuilder.empty(SearchForm.parse(Map.of(), PAGE_SIZE)), SaveForm.NONE));
  }

  /**
   * GET /search: results with facets; a query that cannot be read is shown with the reason, as a
   * 400.
   */
  void search(Context ctx) {
    SearchForm form;
    try {
      form = SearchForm.parse(ctx.queryParamMap(), PAGE_SIZE);
    } catch (BadQueryException e) {
      SearchForm typed = SearchForm.typed(ctx.queryParam("q"), PAGE_SIZE);
      renderFailed(ctx, typed, e);
      return;
    }
    if (!form.hasQuery()) {
      ctx.render(
          "search",
          model("Council Search", SearchPageBuilder.empty(form), SaveForm.NONE));
      return;
    }
    SearchResult result;
    try {
      result = ApiController.search(served, form);
    } catch (BadQueryException e) {
      renderFailed(ctx, form, e);
      return;
    }
    ctx.render(
        "search",
        model(form.q() + " - Council Search", SearchPageBuilder.of(form, result), SaveForm.of(form, changes.tokenNeeded())));
  }

  /** GET /documents/{id}?passage=: the whole paper, the passage marked. */
  void document(Context ctx) {
    PaperView paper = served.searching().catalog().view(ctx.pathParam("id"));
    boolean archiveHasVersions = served.searching().catalog().versionLinks().groups() > 0;
    DocumentPage page = DocumentPage.of(paper, ctx.queryParam("passage"), archiveHasVersions);
    ctx.render("document", Map.of("title", paper.metadata().title() + " - Council Search", "page", page));
  }

  /** GET /organizations/{name}: any of its names. */
  void organization(Context ctx) {
    String name = ctx.pathParam("name");
    if (name.length() > SearchForm.MAX_FILTER_CHARS) {
      throw new EntityNotFoundException("no organization has so long a name");
    }
    EntityProfile profile = served.searching().entities().profile(name);
    if (profile.type() != EntityType.ORGANIZATION) {
      throw new EntityNotFoundException(
          "'"
              + name
              + "' is a "
              + profile.type().name().toLowerCase(Locale.ROOT)
              + ", not an organization");
    }
    Collaborations joint = served.searching().collaborations().find(profile.name());
    OrganizationPage page = OrganizationPage.of(profile, joint);
    ctx.render("organization", Map.of("title", profile.name() + " - Council Search", "page", page));
  }

  /** A search page's model; {@code save} is null when no search ran. */
  private static Map<String, Object> model(String title, SearchPage page, SaveForm save) {
    Map<String, Object> model = new HashMap<>();
    model.put("title", title);
    model.put("page", page);
    model.put("save", save);
    return model;
  }

  private static void renderFailed(Context ctx, SearchForm form, BadQueryException e) {
    ctx.status(HttpStatus.BAD_REQUEST)
        .render(
            "search",
            model("Council Search", SearchPageBuilder.failed(form, e), SaveForm.NONE));
  }
}
