package org.councilsearch.web;

import org.councilsearch.search.PassageLinks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * @param counts plain sentences on what else is counted: the timeline's passages of joint work with
 *     it and with its predecessors, and the passages that mention its successors
 */
public record OrganizationPage(
    String name,
    String acronym,
    List<String> aliases,
    List<SearchPage.Link> predecessors,
    List<SearchPage.Link> successors,
    List<TimelineYear> timeline,
    int mentions,
    String searchHref,
    List<String> counts) {

  /** One year of the timeline; {@code year} is null for undated passages. */
  public record TimelineYear(Integer year, String label, List<Entry> entries) {}

  /**
   * One passage of joint work.
   *
   * @param what the activity, as far as the passage names it, or null
   * @param when its date, or null
   * @param place where it took place, or null
   * @param partners the other partners, comma-separated, or null
   * @param note "with its predecessor ..." when the work was with a predecessor, or null
   */
  public record Entry(
      String citation,
      String href,
      String what,
      ReadableDate when,
      String place,
      String partners,
      String note,
      String text) {}

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
    List<String> counts = new ArrayList<>();
    if (!timeline.isEmpty()) {
      counts.add(timelineCount(joint, profile.predecessors()));
    }
    if (!profile.successors().isEmpty()) {
      counts.add(successorCount(profile));
    }
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
            + SearchForm.encode(profile.name()),
        counts);
  }

  /**
   * "The timeline lists 4 passages of joint work with it and 4 with its predecessors (UNIFEM,
   * INSTRAW)."
   */
  private static String timelineCount(Collaborations joint, List<Organization> predecessors) {
    String sentence = "The timeline lists " + passages(count(joint.years())) + " of joint work with it";
    if (predecessors.isEmpty()) {
      return sentence + ".";
    }
    int via = count(joint.predecessorYears());
    if (via == 0) {
      return sentence + " and none with its predecessors.";
    }
    Set<String> names = new LinkedHashSet<>();
    for (Collaborations.Year y : joint.predecessorYears()) {
      for (JointActivity a : y.passages()) {
        String name = predecessorName(a.hit().note());
        if (name != null) {
          names.add(shortName(name, predecessors));
        }
      }
    }
    return sentence
        + " and "
        + via
        + " with its predecessors"
        + (names.isEmpty() ? "" : " (" + String.join(", ", names) + ")")
        + ".";
  }

  /** "3 passages mention its successor UN-Women." */
  private static String successorCount(EntityProfile profile) {
    int passages = 0;
    for (EntityProfile.RelatedMentions r : profile.related()) {
      if (r.relation().equals("successor")) {
        passages += r.years().stream().mapToInt(y -> y.passages().size()).sum();
      }
    }
    List<String> names =
        profile.successors().stream().map(o -> o.acronym() != null ? o.acronym() : o.name()).toList();
    return passages(passages)
        + (passages == 1 ? " mentions" : " mention")
        + (names.size() == 1 ? " its successor " : " its successors ")
        + String.join(", ", names)
        + ".";
  }

  private static int count(List<Collaborations.Year> years) {
    return years.stream().mapToInt(y -> y.passages().size()).sum();
  }

  private static String passages(int n) {
    return n + (n == 1 ? " passage" : " passages");
  }

  private static String shortName(String name, List<Organization> orgs) {
    return orgs.stream()
        .filter(o -> o.name().equals(name) && o.acronym() != null)
        .map(Organization::acronym)
        .findFirst()
        .orElse(name);
  }

  private static Entry entry(JointActivity a) {
    String text = a.hit().text();
    return new Entry(
        Citations.of(a.hit()),
        PassageLinks.href(a.hit().paperId(), a.hit().id(), a.hit().paragraph()),
        a.activity(),
        a.start() == null ? null : ReadableDate.of(a.start(), a.end()),
        a.place(),
        a.partners().isEmpty() ? null : String.join(", ", a.partners()),
        viaPredecessor(a.hit().note()),
        text.length() > 280 ? text.substring(0, 277) + "..." : text);
  }

  /**
   * "predecessor of UN-Women: UNIFEM" reads, on UN-Women's own page, as "with its predecessor
   * UNIFEM".
   */
  private static String viaPredecessor(String note) {
    String name = predecessorName(note);
    return name == null ? note : "with its predecessor " + name;
  }

  /** The predecessor named by a note "predecessor of UN-Women: UNIFEM", or null. */
  private static String predecessorName(String note) {
    int at = note == null ? -1 : note.indexOf(": ");
    return at > 0 && note.startsWith("predecessor of ") ? note.substring(at + 2) : null;
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
