package org.councilsearch.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
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

  PageController(ServedIndex served) {
    this.served = served;
  }

  /** GET /: the search form. */
  void home(Context ctx) {
    ctx.render(
        "search",
        Map.of(
            "title",
            "Council Search",
            "page",
            SearchPageBuilder.empty(SearchForm.parse(Map.of(), PAGE_SIZE))));
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
          "search", Map.of("title", "Council Search", "page", SearchPageBuilder.empty(form)));
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
        Map.of(
            "title", form.q() + " - Council Search", "page", SearchPageBuilder.of(form, result)));
  }

  /** GET /documents/{id}?passage=: the whole paper, the passage marked. */
  void document(Context ctx) {
    PaperView paper = PaperView.of(served.searching().catalog().content(ctx.pathParam("id")));
    DocumentPage page = DocumentPage.of(paper, ctx.queryParam("passage"));
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

  private static void renderFailed(Context ctx, SearchForm form, BadQueryException e) {
    ctx.status(HttpStatus.BAD_REQUEST)
        .render(
            "search",
            Map.of(
                "title", "Council Search", "page", SearchPageBuilder.failed(form, e)));
  }
}
