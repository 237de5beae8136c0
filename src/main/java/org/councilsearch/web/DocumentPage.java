package org.councilsearch.web;

import org.councilsearch.search.LanguageNames;
import org.councilsearch.search.PassageLinks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.councilsearch.model.PaperVersion;
import org.councilsearch.model.ParagraphVersion;
import org.councilsearch.search.Languages;
import java.util.List;
import java.util.Set;
import org.councilsearch.model.DateSpan;
import org.councilsearch.model.Organization;
import org.councilsearch.model.PaperMetadata;
import org.councilsearch.search.PaperView;
import org.councilsearch.search.PaperView.ParagraphView;

/**
 * What the paper view shows: the paper's metadata, then every passage under its headings, each with
 * a stable anchor; the passage the reader came from is marked current.
 *
 * @param facts label and value pairs: year, symbol, session, organization, meeting, source
 * @param currentHref the link to the current passage, or null
 * @param language the paper's language code, for the {@code lang} attribute of its title and
 *     headings, or null when the index does not know it
 * @param versions the paper in its other languages, each at the paragraph the reader came from
 *     when it has one there
 * @param versionNotes how the versions' numbering differs, when it does
 * @param onlyIn the paper's language by name when it exists in that language only while other
 *     papers of the archive have versions (worth saying, as a reader may look for one); else null
 */
public record DocumentPage(
    String id,
    String title,
    List<Fact> facts,
    List<Block> passages,
    String currentHref,
    String language,
    List<SearchPage.VersionLink> versions,
    List<String> versionNotes,
    String onlyIn) {

  /**
   * One line of metadata.
   *
   * @param value the text, or null when the line is a date alone
   * @param date a date shown after the text, or null
   */
  public record Fact(String label, String value, ReadableDate date) {}

  /** A heading shown before a passage; level 2 for the outermost, 3 and 4 beneath. */
  public record Heading(int level, String text) {}

  /**
   * One passage.
   *
   * @param anchor the element id: "para-4" for the first passage of a numbered paragraph, else
   *     "passage-{order}"
   * @param number the printed number, shown where the paragraph starts, or null
   * @param organizations the organizations mentioned, linking to their pages
   * @param language the passage's language code, for its {@code lang} attribute, or null
   * @param versions the same paragraph in the paper's other versions
   */
  public record Block(
      String anchor,
      boolean current,
      List<Heading> headings,
      String number,
      String kind,
      String text,
      List<SearchPage.Link> organizations,
      String language,
      List<SearchPage.VersionLink> versions) {}

  /** The page for {@code paper}, with the passage {@code currentPassage} (may be null) marked. */
  static DocumentPage of(PaperView paper, String currentPassage) {
    return of(paper, currentPassage, false);
  }

  /**
   * The page for {@code paper}, with the passage {@code currentPassage} (may be null) marked;
   * {@code archiveHasVersions} tells whether other papers have language versions.
   */
  static DocumentPage of(PaperView paper, String currentPassage, boolean archiveHasVersions) {
    PaperMetadata meta = paper.metadata();
    List<Fact> facts = new ArrayList<>();
    fact(facts, "Year", meta.year() == null ? null : meta.year().toString());
    fact(facts, "Symbol", meta.symbol());
    fact(facts, "Session", meta.session());
    fact(facts, "Organization", meta.organization());
    fact(facts, "Language", LanguageNames.name(meta.language()));
    DateSpan dates = meta.meetingDates();
    String place = meta.meetingPlace() == null || meta.meetingPlace().isBlank() ? null : meta.meetingPlace();
    if (place != null || dates != null) {
      facts.add(
          new Fact("Meeting", place, dates == null ? null : ReadableDate.of(dates.start(), dates.end())));
    }
    fact(facts, "Source", paper.source());
    List<Block> blocks = new ArrayList<>();
    Set<String> anchors = new HashSet<>();
    List<String> above = List.of();
    String currentHref = null;
    Map<String, ParagraphVersion> atCurrent = new HashMap<>();
    for (ParagraphView p : paper.paragraphs()) {
      List<String> path = p.section().isEmpty() ? List.of() : List.of(p.section().split(" > "));
      List<Heading> headings = new ArrayList<>();
      for (int level = firstDifference(above, path); level < path.size(); level++) {
        headings.add(new Heading(Math.min(4, level + 2), path.get(level)));
      }
      above = path;
      String anchor = PassageLinks.anchor(p.id(), p.number());
      boolean opens = anchors.add(anchor);
      if (!opens) {
        anchor = "passage-" + PassageLinks.order(p.id());
        anchors.add(anchor);
      }
      boolean current = p.id().equals(currentPassage);
      if (current) {
        currentHref = "#" + anchor;
        for (ParagraphVersion v : p.versions()) {
          atCurrent.put(v.paperId(), v);
        }
      }
      List<SearchPage.Link> orgs = new ArrayList<>();
      for (Organization o : p.organizations()) {
        orgs.add(
            new SearchPage.Link(
                o.acronym() != null ? o.acronym() : o.name(),
                "/organizations/" + SearchForm.encode(o.name())));
      }
      blocks.add(
          new Block(
              anchor,
              current,
              headings,
              opens && p.number() != null ? p.number() : null,
              p.kind(),
              p.text(),
              orgs,
              p.language(),
              p.versions().stream().map(SearchPage.VersionLink::to).toList()));
    }
    List<SearchPage.VersionLink> versions = new ArrayList<>();
    for (PaperVersion v : paper.versions()) {
      ParagraphVersion there = atCurrent.get(v.id());
      versions.add(
          there != null
              ? SearchPage.VersionLink.to(there)
              : new SearchPage.VersionLink(
                  Languages.name(v.language()), "/documents/" + SearchForm.encode(v.id()), v.language()));
    }
    return new DocumentPage(
        paper.id(), meta.title(), facts, blocks, currentHref, meta.language(), versions, paper.versionNotes(),
        archiveHasVersions && paper.versions().isEmpty() ? LanguageNames.name(meta.language()) : null);
  }

  private static int firstDifference(List<String> a, List<String> b) {
    int i = 0;
    while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
      i++;
    }
    return i;
  }

  private static void fact(List<Fact> facts, String label, String value) {
    if (value != null && !value.isBlank()) {
      facts.add(new Fact(label, value, null));
    }
  }
}
