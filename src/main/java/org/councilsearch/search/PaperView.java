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
import org.councilsearch.model.Passage;

/**
 * A whole paper as export, show --json and the documents API present it: metadata, then its
 * paragraphs in order. In JSON the metadata's fields stand beside {@code id}, as in a {@link
 * Paper}.
 */
public record PaperView(
    String id,
    String source,
    String format,
    PaperMetadata metadata,
    List<ParagraphView> paragraphs) {

  /** One passage of the paper, as readers cite it, with what tagging found in it. */
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
      List<String> people) {
    static ParagraphView of(Passage p) {
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
          e.people());
    }
  }

  public static PaperView of(PaperContent content) {
    Paper p = content.paper();
    return new PaperView(
        p.id(),
        p.source(),
        p.format(),
        p.metadata(),
        content.passages().stream().map(ParagraphView::of).toList());
  }
}
