package org.councilsearch.search;

import java.util.List;
import java.util.Locale;
import org.councilsearch.model.DateSpan;
import org.councilsearch.model.Entities;
import org.councilsearch.model.Event;
import org.councilsearch.model.Organization;
import org.councilsearch.model.Paper;
import org.councilsearch.model.PaperContent;
import org.councilsearch.model.Passage;

/**
 * A whole paper as export, show --json and the documents API present it: metadata, then its
 * paragraphs in order.
 */
public record PaperView(
    String id,
    String source,
    String format,
    String title,
    Integer year,
    String symbol,
    String session,
    String organization,
    String meetingPlace,
    DateSpan meetingDates,
    List<ParagraphView> paragraphs) {

  /** One passage of the paper, as readers cite it, with what tagging found in it. */
  public record ParagraphView(
      String id,
      String number,
      String kind,
      String section,
      String text,
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
        p.title(),
        p.year(),
        p.symbol(),
        p.session(),
        p.organization(),
        p.meetingPlace(),
        p.meetingDates(),
        content.passages().stream().map(ParagraphView::of).toList());
  }
}
