package org.councilsearch.web;

import org.councilsearch.search.LanguageNames;
import org.councilsearch.search.PassageLinks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.councilsearch.model.DateSpan;
import org.councilsearch.model.Event;
import org.councilsearch.model.Hit;
import org.councilsearch.model.Interpretation;
import org.councilsearch.model.Organization;
import org.councilsearch.model.SearchResult;
import org.councilsearch.model.SearchResult.FacetCount;
import org.councilsearch.search.BadQueryException;
import org.councilsearch.search.Citations;
import org.councilsearch.search.SearchRequest;
import org.councilsearch.web.SearchPage.Chip;
import org.councilsearch.web.SearchPage.FacetValue;
import org.councilsearch.web.SearchPage.FacetView;
import org.councilsearch.web.SearchPage.Field;
import org.councilsearch.web.SearchPage.HitView;
import org.councilsearch.web.SearchPage.Link;

/** Turns a search form and its result into what the search page shows. */
final class SearchPageBuilder {
  /** Facet dimensions by the parameter that filters by them, with the page's key and title. */
  private record Dimension(String param, String key, String title) {}

  private static final List<Dimension> DIMENSIONS =
      List.of(
          new Dimension(SearchResult.YEAR, "year", "Year"),
          new Dimension(SearchResult.ORGANIZATION, "organization", "Organization"),
          new Dimension(SearchResult.EVENT_TYPE, "event-type", "Event type"),
          new Dimension(SearchResult.PLACE, "place", "Place"),
          new Dimension(SearchResult.LANGUAGE, "language", "Language"),
          new Dimension(SearchResult.PAPER, "paper", "Paper"));

  private static final List<String> FILTERS =
      List.of("year", "from", "to", "org", "event", "event-type", "place", "doc", "lang");

  private SearchPageBuilder() {}

  /** The start page: the form alone. */
  static SearchPage empty(SearchForm form) {
    return new SearchPage(
        form.q(),
        hidden(form),
        false,
        null,
        null,
        null,
        null,
        null,
        null,
        0,
        List.of(),
        List.of(),
        List.of(),
        null,
        1,
        0,
        null,
        null,
        null,
        null);
  }

  /**
   * The form with a message saying why the search could not run and, for a query that cannot be
   * read, where, with the search for its plain words.
   */
  static SearchPage failed(SearchForm form, BadQueryException error) {
    return new SearchPage(
        form.q(),
        hidden(form),
        false,
        error.getMessage(),
        null,
        null,
        null,
        null,
        null,
        0,
        List.of(),
        List.of(),
        filters(form, Map.of()),
        null,
        1,
        0,
        null,
        null,
        mistake(form, error),
        null);
  }

  static SearchPage of(SearchForm form, SearchResult result) {
    Interpretation in = result.interpreted();
    String reading = in.summary().equals("searched as written") ? null : in.summary();
    List<HitView> hits = new ArrayList<>();
    for (Hit hit : result.hits()) {
      hits.add(hitView(hit, form));
    }
    List<FacetView> facets = new ArrayList<>();
    for (Dimension d : DIMENSIONS) {
      List<FacetValue> values = new ArrayList<>();
      for (FacetCount c : result.facets().getOrDefault(d.param(), List.of())) {
        values.add(
            new FacetValue(
                c.label(),
                c.count(),
                form.with(d.param(), c.value()).link("/search"),
                c.value().equals(form.get(d.param()))));
      }
      facets.add(new FacetView(d.key(), d.title(), values));
    }
    int pages = pages(result.total(), form.size());
    int page = form.page();
    return new SearchPage(
        form.q(),
        hidden(form),
        true,
        null,
        reading,
        reading == null ? null : ReadingBrief.of(in),
        in.hasYears() && !in.literal() ? allYears(form, in) : null,
        in.didYouMean(),
        in.didYouMean() == null ? null : form.with("q", in.didYouMean()).link("/search"),
        result.total(),
        hits,
        facets,
        filters(form, result.facets()),
        YearHistogram.of(result.facets().getOrDefault(SearchResult.YEAR, List.of()), form),
        page,
        pages,
        page > 1 ? form.onPage(Math.min(page - 1, Math.max(1, pages))).link("/search") : null,
        page < pages ? form.onPage(page + 1).link("/search") : null,
        null,
        meaningNote(result.meaning()));
  }

  /** What the page says while the vector pass has not reached every passage yet. */
  private static String meaningNote(SearchResult.MeaningCoverage meaning) {
    if (meaning == null || meaning.complete()) {
      return null;
    }
    return String.format(
        Locale.ROOT,
        "Search by meaning covers %d%% of the passages so far (%,d of %,d); the rest are found by their"
            + " words only until indexing adds their vectors.",
        meaning.percent(),
        meaning.withVector(),
        meaning.passages());
  }

  private static SearchPage.Mistake mistake(SearchForm form, BadQueryException e) {
    if (e.position().isEmpty() && e.plainWords().isEmpty()) {
      return null;
    }
    String q = form.q();
    int at = e.position().orElse(q.length() + 1) - 1;
    at = Math.max(0, Math.min(at, q.length()));
    int end = Math.min(q.length(), at + 1);
    String words = e.plainWords().orElse(null);
    String href =
        words == null ? null : form.with("q", words).with("literal", "1").link("/search");
    return new SearchPage.Mistake(q.substring(0, at), q.substring(at, end), q.substring(end), words, href);
  }

  /** How many pages of {@code size} hits can be shown: all of them, up to the paging limits. */
  static int pages(long total, int size) {
    long all = (total + size - 1) / size;
    long deepest = SearchRequest.MAX_OFFSET / size;
    return (int) Math.min(all, deepest);
  }

  private static HitView hitView(Hit hit, SearchForm form) {
    List<Chip> orgs = new ArrayList<>();
    for (Organization o : hit.organizations()) {
      orgs.add(
          new Chip(
              o.acronym() != null ? o.acronym() : o.name(),
              o.name(),
              form.with("org", o.name()).link("/search"),
              "/organizations/" + SearchForm.encode(o.name())));
    }
    List<Chip> events = new ArrayList<>();
    for (Event e : hit.events()) {
      String when = e.start() == null ? "" : ", " + ReadableDate.of(e.start(), e.end()).text();
      events.add(
          new Chip(e.name(), e.type() + when, form.with("event", e.name()).link("/search"), null));
    }
    List<Chip> places = new ArrayList<>();
    for (String p : hit.places()) {
      places.add(new Chip(p, p, form.with("place", p).link("/search"), null));
    }
    List<ReadableDate> dates = new ArrayList<>();
    for (DateSpan d : hit.dates()) {
      dates.add(ReadableDate.of(d.start(), d.end()));
    }
    return new HitView(
        hit.id(),
        hit.year(),
        Citations.of(hit),
        PassageLinks.href(hit.paperId(), hit.id(), hit.paragraph()),
        hit.section(),
        TrustedHtml.snippet(hit.snippet()),
        hit.note(),
        hit.meaningOnly(),
        orgs,
        events,
        places,
        dates,
        hit.language(),
        hit.versions().stream().map(SearchPage.VersionLink::to).toList());
  }

  /**
   * The same search with the year expression taken out of the query, so every year is searched;
   * when the expression cannot be found as written, the query is taken word for word instead.
   */
  private static String allYears(SearchForm form, Interpretation in) {
    String q = form.q();
    if (in.years() != null) {
      int at = q.toLowerCase(Locale.ROOT).indexOf(in.years().toLowerCase(Locale.ROOT));
      if (at >= 0) {
        String rest =
            (q.substring(0, at) + " " + q.substring(at + in.years().length()))
                .replaceAll("\\s+", " ")
                .strip();
        if (!rest.isEmpty()) {
          return form.with("q", rest).link("/search");
        }
      }
    }
    return form.with("literal", "1").link("/search");
  }

  private static List<Field> hidden(SearchForm form) {
    List<Field> fields = new ArrayList<>();
    for (String name :
        List.of("year", "from", "to", "org", "event", "event-type", "place", "doc", "lang", "literal", "size")) {
      if (form.get(name) != null) {
        fields.add(new Field(name, form.get(name)));
      }
    }
    return fields;
  }

  private static List<Link> filters(SearchForm form, Map<String, List<FacetCount>> facets) {
    List<Link> active = new ArrayList<>();
    for (String name : FILTERS) {
      String value = form.get(name);
      if (value == null) {
        continue;
      }
      String label = name.equals("lang") ? LanguageNames.name(value) : value;
      if (name.equals("doc")) {
        label =
            facets.getOrDefault(SearchResult.PAPER, List.of()).stream()
                .filter(c -> c.value().equals(value))
                .map(FacetCount::label)
                .findFirst()
                .orElse(value);
      }
      active.add(new Link(describe(name) + ": " + label, form.without(name).link("/search")));
    }
    if (form.get("literal") != null) {
      active.add(new Link("word for word", form.without("literal").link("/search")));
    }
    return active;
  }

  private static String describe(String param) {
    return switch (param) {
      case "org" -> "organization";
      case "doc" -> "paper";
      case "lang" -> "language";
      default -> param;
    };
  }
}
