package org.councilsearch.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.TreeMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.councilsearch.model.Collaborations;
import org.councilsearch.model.Collaborations.JointActivity;
import org.councilsearch.model.Collaborations.Partner;
import org.councilsearch.model.Collaborations.Year;
import org.councilsearch.model.DateSpan;
import org.councilsearch.model.EntityProfile;
import org.councilsearch.model.EntityProfile.YearOfHits;
import org.councilsearch.model.Event;
import org.councilsearch.model.Hit;
import org.councilsearch.model.Organization;
import org.councilsearch.model.Paper;
import org.councilsearch.nlp.CueWords;

/**
 * Finds the joint work of each paper's own organization with a partner: passages tagged with the
 * partner that say they worked together (in collaboration with, co-organized, jointly, a
 * memorandum of understanding; en collaboration avec, conjointement avec; en colaboración con,
 * junto con ...), the cues being data per language. The other partners of an activity leave out
 * the organization whose paper it is, its units and its predecessors. Thread-safe.
 */
public final class CollaborationFinder {
  private final EntityCatalog entities;
  private final PaperCatalog papers;
  private final Function<String, Set<String>> homeOf;
  private final Pattern jointWork;

  /**
   * @param papers the indexed papers, whose organizations are the "us" of their passages
   * @param homeOf for a paper's organization as its metadata names it (null when it names none),
   *     the canonical names that stand for it: the organization, its units and predecessors
   * @param jointWork the cues that a passage tells of joint work, in every language read
   */
  public CollaborationFinder(EntityCatalog entities, PaperCatalog papers, Function<String, Set<String>> homeOf, CueWords jointWork) {
    this.entities = entities;
    this.papers = papers;
    this.homeOf = homeOf;
    this.jointWork = jointWork.pattern();
  }

  /** The cues shipped in English, French and Spanish (joint-work-LANG.txt). */
  public static CueWords shippedCues() {
    return CueWords.shipped("org/councilsearch/search/joint-work");
  }

  /**
   * The joint activities with {@code partner} (any alias).
   *
   * @throws EntityNotFoundException when no organization of that name is known or tagged
   */
  public Collaborations find(String partner) {
    EntityProfile profile = entities.profile(partner);
    if (profile.type() != org.councilsearch.model.EntityType.ORGANIZATION) {
      throw new EntityNotFoundException("'" + partner + "' is a " + profile.type().name().toLowerCase(Locale.ROOT) + ", not an organization");
    }
    Map<String, Set<String>> homes = new HashMap<>();
    Map<String, Set<String>> homeByOrganization = new HashMap<>();
    for (Paper paper : papers.papers()) {
      String organization = paper.metadata().organization();
      homes.put(paper.id(), homeByOrganization.computeIfAbsent(String.valueOf(organization), k -> Set.copyOf(homeOf.apply(organization))));
    }
    List<Year> years = joint(profile.name(), profile.mentions(), null, homes);
    List<Year> predecessors = new ArrayList<>();
    Map<Integer, List<JointActivity>> merged = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
    for (EntityProfile.RelatedMentions r : profile.related()) {
      if (!r.relation().equals("predecessor")) {
        continue;
      }
      String note = "predecessor of " + profile.name() + ": " + r.organization().name();
      for (Year y : joint(r.organization().name(), r.years(), note, homes)) {
        merged.computeIfAbsent(y.year(), k -> new ArrayList<>()).addAll(y.passages());
      }
    }
    merged.forEach((year, passages) -> predecessors.add(new Year(year, dedupe(passages))));
    return new Collaborations(
        new Partner(profile.name(), profile.acronym(), profile.aliases(), profile.predecessors()),
        years,
        predecessors);
  }

  private List<Year> joint(String partner, List<YearOfHits> mentions, String note, Map<String, Set<String>> homes) {
    List<Year> years = new ArrayList<>();
    for (YearOfHits year : mentions) {
      List<JointActivity> activities = new ArrayList<>();
      for (Hit hit : year.passages()) {
        if (jointWork.matcher(hit.text()).find()) {
          Set<String> home = homes.getOrDefault(hit.paperId(), Set.of());
          activities.add(activity(note == null ? hit : hit.withNote(note), partner, home));
        }
      }
      if (!activities.isEmpty()) {
        years.add(new Year(year.year(), activities));
      }
    }
    return years;
  }

  private static JointActivity activity(Hit hit, String partner, Set<String> home) {
    Event event = hit.events().isEmpty() ? null : hit.events().get(0);
    DateSpan date = hit.dates().isEmpty() ? null : hit.dates().get(0);
    LocalDate start = event != null && event.start() != null ? event.start() : date == null ? null : date.start();
    LocalDate end = event != null && event.end() != null ? event.end() : date == null ? null : date.end();
    String place = event != null && event.place() != null ? event.place() : hit.places().isEmpty() ? null : hit.places().get(0);
    List<String> others =
        hit.organizations().stream()
            .map(Organization::name)
            .filter(n -> !n.equals(partner) && !home.contains(n))
            .toList();
    return new JointActivity(hit, event == null ? null : event.name(), start, end, place, others);
  }

  private static List<JointActivity> dedupe(List<JointActivity> passages) {
    List<JointActivity> out = new ArrayList<>();
    for (JointActivity a : passages) {
      if (out.stream().noneMatch(o -> o.hit().id().equals(a.hit().id()))) {
        out.add(a);
      }
    }
    return out;
  }
}
