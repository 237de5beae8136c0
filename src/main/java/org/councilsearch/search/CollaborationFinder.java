package org.councilsearch.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import org.councilsearch.nlp.CueWords;

/**
 * Finds the joint work of the papers' own organization with a partner: passages tagged with the
 * partner that say they worked together (in collaboration with, co-organized, jointly, a
 * memorandum of understanding; en collaboration avec, conjointement avec; en colaboración con,
 * junto con ...), the cues being data per language. Thread-safe.
 */
public final class CollaborationFinder {
  private final EntityCatalog entities;
  private final Set<String> home;
  private final Pattern jointWork;

  /**
   * @param home canonical names that stand for the papers' own organization (the organization and
   *     its units), left out of the other partners
   * @param jointWork the cues that a passage tells of joint work, in every language read
   */
  public CollaborationFinder(EntityCatalog entities, Set<String> home, CueWords jointWork) {
    this.entities = entities;
    this.home = Set.copyOf(home);
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
    List<Year> years = joint(profile.name(), profile.mentions(), null);
    List<Year> predecessors = new ArrayList<>();
    Map<Integer, List<JointActivity>> merged = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
    for (EntityProfile.RelatedMentions r : profile.related()) {
      if (!r.relation().equals("predecessor")) {
        continue;
      }
      String note = "predecessor of " + profile.name() + ": " + r.organization().name();
      for (Year y : joint(r.organization().name(), r.years(), note)) {
        merged.computeIfAbsent(y.year(), k -> new ArrayList<>()).addAll(y.passages());
      }
    }
    merged.forEach((year, passages) -> predecessors.add(new Year(year, dedupe(passages))));
    return new Collaborations(
        new Partner(profile.name(), profile.acronym(), profile.aliases(), profile.predecessors()),
        years,
        predecessors);
  }

  private List<Year> joint(String partner, List<YearOfHits> mentions, String note) {
    List<Year> years = new ArrayList<>();
    for (YearOfHits year : mentions) {
      List<JointActivity> activities = new ArrayList<>();
      for (Hit hit : year.passages()) {
        if (jointWork.matcher(hit.text()).find()) {
          activities.add(activity(note == null ? hit : hit.withNote(note), partner));
        }
      }
      if (!activities.isEmpty()) {
        years.add(new Year(year.year(), activities));
      }
    }
    return years;
  }

  private JointActivity activity(Hit hit, String partner) {
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
