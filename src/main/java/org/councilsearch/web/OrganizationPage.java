package org.councilsearch.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.councilsearch.model.Collaborations;
import org.councilsearch.model.Collaborations.JointActivity;
import org.councilsearch.model.EntityProfile;
import org.councilsearch.model.Organization;
import org.councilsearch.search.Citations;

/**
 * What an organization's page shows: its names, its predecessors and successors, and its joint work
 * with the papers' organization as a timeline by year (work with a predecessor included, marked),
 * each entry linking to the passage.
 *
 * @param mentions how many passages mention it
 * @param searchHref a search for the passages that mention it
 */
public record OrganizationPage(
    String name,
    String acronym,
    List<String> aliases,
    List<SearchPage.Link> predecessors,
    List<SearchPage.Link> successors,
    List<TimelineYear> timeline,
    int mentions,
    String searchHref) {

  /** One year of the timeline; {@code year} is null for undated passages. */
  public record TimelineYear(Integer year, String label, List<Entry> entries) {}

  /**
   * One passage of joint work.
   *
   * @param what the activity, its date and place, as far as the passage says
   * @param partners the other partners, comma-separated, or null
   * @param note "with its predecessor ..." when the work was with a predecessor, or null
   */
  public record Entry(
      String citation, String href, String what, String partners, String note, String text) {}

  static OrganizationPage of(EntityProfile profile, Collaborations joint) {
    Map<Integer, List<Entry>> byYear =
        new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
    for (List<Collaborations.Year> years : List.of(joint.years(), joint.predecessorYears())) {
      for (Collaborations.Year y : years) {
        for (JointActivity a : y.passages()) {
          byYear.computeIfAbsent(y.year(), k -> new ArrayList<>()).add(entry(a));
        }
      }
    }
    List<TimelineYear> timeline = new ArrayList<>();
    byYear.forEach(
        (year, entries) ->
            timeline.add(
                new TimelineYear(year, year == null ? "Undated" : year.toString(), entries)));
    int mentions = profile.mentions().stream().mapToInt(y -> y.passages().size()).sum();
    return new OrganizationPage(
        profile.name(),
        profile.acronym(),
        profile.aliases(),
        links(profile.predecessors()),
        links(profile.successors()),
        timeline,
        mentions,
        "/search?q="
            + SearchForm.encode(profile.acronym() != null ? profile.acronym() : profile.name())
            + "&org="
            + SearchForm.encode(profile.name()));
  }

  private static Entry entry(JointActivity a) {
    List<String> what = new ArrayList<>();
    if (a.activity() != null) {
      what.add(a.activity());
    }
    if (a.start() != null) {
      what.add(a.start().equals(a.end()) ? a.start().toString() : a.start() + " to " + a.end());
    }
    if (a.place() != null) {
      what.add(a.place());
    }
    String text = a.hit().text();
    return new Entry(
        Citations.of(a.hit()),
        PassageLinks.href(a.hit().paperId(), a.hit().id(), a.hit().paragraph()),
        what.isEmpty() ? null : String.join(", ", what),
        a.partners().isEmpty() ? null : String.join(", ", a.partners()),
        viaPredecessor(a.hit().note()),
        text.length() > 280 ? text.substring(0, 277) + "..." : text);
  }

  /**
   * "predecessor of UN-Women: UNIFEM" reads, on UN-Women's own page, as "with its predecessor
   * UNIFEM".
   */
  private static String viaPredecessor(String note) {
    if (note == null) {
      return null;
    }
    int at = note.indexOf(": ");
    return note.startsWith("predecessor of ") && at > 0
        ? "with its predecessor " + note.substring(at + 2)
        : note;
  }

  private static List<SearchPage.Link> links(List<Organization> orgs) {
    return orgs.stream()
        .map(
            o ->
                new SearchPage.Link(
                    o.name() + (o.acronym() == null ? "" : " (" + o.acronym() + ")"),
                    "/organizations/" + SearchForm.encode(o.name())))
        .toList();
  }
}
