package org.councilsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.councilsearch.model.DateSpan;
import org.councilsearch.model.Entities;
import org.councilsearch.model.Event;
import org.councilsearch.model.Hit;
import org.councilsearch.model.Interpretation;
import org.councilsearch.model.Organization;
import org.councilsearch.model.Paper;
import org.councilsearch.model.PaperContent;
import org.councilsearch.model.PaperMetadata;
import org.councilsearch.model.Passage;
import org.councilsearch.model.PassageKind;
import org.councilsearch.model.SearchResult;
import org.councilsearch.model.SearchResult.FacetCount;
import org.councilsearch.search.PaperView;
import org.junit.jupiter.api.Test;

/** The templates escape everything that comes from papers and queries. */
class PageTemplatesTest {
  private static final String SCRIPT = "<script>alert('x')</script>";
  private static final String ATTRIBUTE = "\"><img src=x onerror=alert(1)>";
  private static final PebbleRenderer RENDERER = new PebbleRenderer();

  private static final Organization ORG =
      new Organization("Evil " + ATTRIBUTE, "E" + SCRIPT, List.of());
  private static final Paper PAPER =
      new Paper("abc123", "evil.txt", "text/plain", new PaperMetadata("Report " + SCRIPT, 2009, "MC/" + ATTRIBUTE, null, null, null, null), "h");

  @Test
  void a_paper_with_markup_renders_as_text() {
    Passage passage =
        new Passage(
            "abc123-0",
            "abc123",
            0,
            "4",
            PassageKind.PARAGRAPH,
            List.of("I. HEAD " + SCRIPT, "Sub " + ATTRIBUTE),
            "Text " + SCRIPT + " and " + ATTRIBUTE,
            new Entities(List.of(ORG), List.of(), List.of(), List.of(), List.of()));
    DocumentPage page =
        DocumentPage.of(PaperView.of(new PaperContent(PAPER, List.of(passage))), "abc123-0");
    String html = RENDERER.render("document", Map.of("title", PAPER.metadata().title(), "page", page), null);
    assertSafe(html);
    assertThat(html).contains("id=\"para-4\" class=\"passage kind-paragraph current\"");
    assertThat(html).contains("<h2>I. HEAD &lt;script&gt;");
  }

  @Test
  void language_versions_and_their_notes_with_markup_render_as_text() {
    PaperView paper =
        new PaperView(
            PAPER.id(), PAPER.source(), PAPER.format(), PAPER.metadata(),
            List.of(new org.councilsearch.model.PaperVersion("v" + ATTRIBUTE, "fr" + SCRIPT)),
            List.of("numbering differs " + SCRIPT),
            List.of(
                new PaperView.ParagraphView(
                    "abc123-0", "4", "paragraph", "", "Text", "en", List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(
                        new org.councilsearch.model.ParagraphVersion(
                            "v" + ATTRIBUTE + "-0", "v" + ATTRIBUTE, "fr" + SCRIPT, "4" + ATTRIBUTE)))));
    String html =
        RENDERER.render("document", Map.of("title", "T", "page", DocumentPage.of(paper, "abc123-0", true)), null);
    assertSafe(html);
    assertThat(html).contains("Also in: <a href=\"/documents/v%22%3E%3Cimg").contains("numbering differs &lt;script&gt;");
    assertThat(html).contains("also in: <a href=\"/documents/v%22%3E%3Cimg");
  }

  @Test
  void a_hit_with_markup_and_a_forged_snippet_renders_as_text() {
    Hit hit =
        new Hit(
            "abc123-0",
            "abc123",
            "evil.txt",
            PAPER.metadata().title(),
            2009,
            "4",
            "Sec " + SCRIPT,
            1f,
            "Text " + SCRIPT,
            "forged <mark>x</mark>" + ATTRIBUTE,
            List.of(ORG),
            List.of(
                new DateSpan("May " + SCRIPT, LocalDate.of(2009, 5, 1), LocalDate.of(2009, 5, 31))),
            List.of(new Event("Day " + SCRIPT, "day", null, null, "Place" + ATTRIBUTE, List.of())),
            List.of("Place" + ATTRIBUTE),
            List.of(),
            "note " + SCRIPT,
            true,
            "fr",
            List.of(
                new org.councilsearch.model.ParagraphVersion("v" + ATTRIBUTE + "-3", "v" + ATTRIBUTE, "es" + SCRIPT, "12" + ATTRIBUTE)));
    Interpretation in =
        new Interpretation(
            SCRIPT,
            2009,
            2009,
            "2009",
            List.of(),
            List.of(),
            null,
            List.of(),
            false,
            "read " + SCRIPT);
    SearchResult result =
        new SearchResult(
            SCRIPT + " 2009",
            1,
            in,
            List.of(hit),
            Map.of(
                "year",
                List.of(new FacetCount("2009", "2009", 1)),
                "organization",
                List.of(new FacetCount(ORG.name(), ORG.name(), 1)),
                "paper",
                List.of(new FacetCount("abc123", PAPER.metadata().title(), 1))));
    SearchForm form =
        SearchForm.parse(
            Map.of(
                "q",
                List.of(SCRIPT + " 2009"),
                "place",
                List.of("Place" + ATTRIBUTE),
                "doc",
                List.of("abc123")),
            10);
    String html =
        RENDERER.render(
            "search",
            Map.of("title", SCRIPT, "page", SearchPageBuilder.of(form, result), "save", SaveForm.of(form, true)),
            null);
    assertSafe(html);
    assertThat(html).contains("forged &lt;mark&gt;x&lt;/mark&gt;&quot;&gt;&lt;img");
    assertThat(html).contains("also in: <a href=\"/documents/v%22%3E%3Cimg");
    // A screen reader reads the passage in its own language, and the page's words in English.
    assertThat(html).contains("<p class=\"snippet\" lang=\"fr\">");
  }

  @Test
  void saved_searches_and_batches_named_with_markup_render_as_text() {
    java.time.Instant now = java.time.Instant.parse("2026-01-01T00:00:00Z");
    org.councilsearch.saved.SavedSearch saved =
        new org.councilsearch.saved.SavedSearch(1, SCRIPT, SCRIPT + ATTRIBUTE, Map.of("org", SCRIPT), now, null);
    SavedSearchView view =
        SavedSearchView.of(new org.councilsearch.saved.SavedSearchStatus(saved, 2, 1, List.of(), SCRIPT), false);
    assertSafe(RENDERER.render("saved-searches", Map.of("title", SCRIPT, "searches", List.of(view), "tokenNeeded", true), null));
    assertSafe(
        RENDERER.render(
            "saved-search",
            Map.of(
                "title", SCRIPT, "search", view, "filters", SCRIPT, "searchHref", "/search?q=x", "tokenNeeded", false,
                "items", List.of(new SavedSearchController.PassageItem(SCRIPT, "/documents/x", SCRIPT + ATTRIBUTE, true, "x-1"))),
            null));
    org.councilsearch.batch.BatchQuery q = new org.councilsearch.batch.BatchQuery(1, SCRIPT, SCRIPT + ATTRIBUTE, Map.of());
    org.councilsearch.export.PassageRow row =
        new org.councilsearch.export.PassageRow(1, "p", "p-1", SCRIPT, null, 2009, "4", SCRIPT, "/documents/p", SCRIPT);
    BatchController.BatchView batch =
        BatchController.BatchView.of(new org.councilsearch.batch.BatchStatus(1, SCRIPT, "done", 2, 2, 1, 3, now, now));
    String html =
        RENDERER.render(
            "batch",
            Map.of(
                "title", SCRIPT, "batch", batch, "shownAll", true,
                "outcomes",
                List.of(
                    new org.councilsearch.batch.QueryOutcome(q, 1, List.of(row), null),
                    new org.councilsearch.batch.QueryOutcome(q, -1, List.of(), SCRIPT))),
            null);
    assertSafe(html);
    assertThat(html).contains("&lt;script&gt;");
  }

  private static void assertSafe(String html) {
    assertThat(html).doesNotContain("<script>alert").doesNotContain("<img");
    assertThat(HtmlChecks.tagsOnly(html)).doesNotContainPattern("<[^>]*\\son[a-z]+=");
  }
}
