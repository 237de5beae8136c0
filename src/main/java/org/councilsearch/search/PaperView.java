package org.councilsearch.search;

import java.util.List;
import java.util.Locale;
import org.councilsearch.model.DateSpan;
import org.councilsearch.model.Entities;
import org.councilsearch.model.Event;
import org.councilsearch.model.Organization;
import org.councilsearch.model.Paper;
import org.councilsearch.model.PaperContent;
import org.councilsearch.model.PaperMetadata;
import org.councilsearch.model.PaperVersion;
import org.councilsearch.model.ParagraphVersion;
import org.councilsearch.model.Passage;

/**
 * A whole paper as export, show --json and the documents API present it: metadata, then its
 * paragraphs in order. In JSON the metadata's fields stand beside {@code id}, as in a {@link
 * Paper}.
 *
 * @param versions the paper's other language versions, by language; empty when it has none
 * @param versionNotes what a reader should know about how the versions are linked (a numbering
 *     that differs), empty when there is nothing to say
 */
public record PaperView(
    String id,
    String source,
    String format,
    PaperMetadata metadata,
    List<PaperVersion> versions,
    List<String> versionNotes,
    List<ParagraphView> paragraphs) {

  /**
   * One passage of the paper, as readers cite it, with what tagging found in it and the same
   * paragraph in the paper's other language versions ({@code versions}).
   */
  public record ParagraphView(
      String id,
      String number,
      String kind,
      String section,
      String text,
      String language,
      List<Organization> organizations,
      List<DateSpan> dates,
      List<Event> events,
      List<String> places,
      List<String> people,
      List<ParagraphVersion> versions) {
    static ParagraphView of(Passage p, List<ParagraphVersion> versions) {
      Entities e = p.entities();
      return new ParagraphView(
          p.id(),
          p.number(),
          p.kind().name().toLowerCase(Locale.ROOT),
          p.sectionPath(),
          p.text(),
          p.language(),
          e.organizations(),
          e.dates(),
          e.events(),
          e.places(),
          e.people(),
          versions);
    }
  }

  /** The paper without its language versions. */
  public static PaperView of(PaperContent content) {
    return of(content, VersionLinks.NONE);
  }

  /** The paper with its language versions as {@code links} has them. */
  public static PaperView of(PaperContent content, VersionLinks links) {
    Paper p = content.paper();
    return new PaperView(
        p.id(),
        p.source(),
        p.format(),
        p.metadata(),
        links.paperVersions(p.id()),
        links.notes(p.id()),
        content.passages().stream().map(q -> ParagraphView.of(q, links.passageVersions(q.id()))).toList());
  }
}
