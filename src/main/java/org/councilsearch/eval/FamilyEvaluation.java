package org.councilsearch.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.councilsearch.model.DateSpan;
import org.councilsearch.model.Entities;
import org.councilsearch.model.Organization;
import org.councilsearch.model.Paper;
import org.councilsearch.model.PaperContent;
import org.councilsearch.model.PaperMetadata;
import org.councilsearch.model.Passage;
import org.councilsearch.model.PassageKind;
import org.councilsearch.nlp.EntityTagger;
import org.councilsearch.nlp.Gazetteer;

/**
 * Scores what the reader makes of family fixture papers against their gold metadata: year, title,
 * symbol, session, the paper's own organization and its paragraph numbers are right or wrong per
 * paper; the organizations and dates its passages name are paired per paper (each once) and
 * counted for F1. Titles, symbols and sessions compare by {@link NameKeys}, so case and spacing do
 * not matter; organizations resolve through the gazetteer on both sides.
 */
public final class FamilyEvaluation {
  private final EntityTagger tagger;
  private final Gazetteer gazetteer;

  public FamilyEvaluation(EntityTagger tagger, Gazetteer gazetteer) {
    this.tagger = Objects.requireNonNull(tagger, "tagger");
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  public FamilyReport run(String split, List<FamilyFixtures.Fixture> fixtures) {
    Map<FamilyField, Integer> correct = new EnumMap<>(FamilyField.class);
    for (FamilyField field : FamilyField.values()) {
      correct.put(field, 0);
    }
    Metrics organizations = Metrics.ZERO;
    Metrics dates = Metrics.ZERO;
    List<String> misses = new ArrayList<>();
    for (FamilyFixtures.Fixture fixture : fixtures) {
      Paper paper = fixture.paper().paper();
      PaperMetadata meta = paper.metadata();
      FamilyGold gold = fixture.gold();
      Map<FamilyField, Object[]> fields = FamilyField.compared(gold, meta, paragraphNumbers(fixture.paper()));
      for (Map.Entry<FamilyField, Object[]> e : fields.entrySet()) {
        Object expected = e.getValue()[0];
        Object found = e.getValue()[1];
        if (same(e.getKey(), expected, found)) {
          correct.merge(e.getKey(), 1, Integer::sum);
        } else {
          misses.add(fixture.name() + ": " + e.getKey().label() + ": expected " + show(expected) + ", got " + show(found));
        }
      }
      List<Entities> tagged = tagger.tag(paper, fixture.paper().passages());
      List<String> foundOrganizations = new ArrayList<>();
      List<DateSpan> foundDates = new ArrayList<>();
      for (Entities entities : tagged) {
        entities.organizations().stream().map(Organization::name).forEach(foundOrganizations::add);
        foundDates.addAll(entities.dates());
      }
      Pairing.Outcome orgs = Pairing.exact(gold.organizations(), foundOrganizations, this::organizationKey, name -> name);
      Pairing.Outcome days = Pairing.exact(gold.dates(), foundDates, EntityComparison::dateKey, EntityComparison::show);
      organizations = organizations.plus(orgs.metrics());
      dates = dates.plus(days.metrics());
      note(misses, fixture.name(), "organization", orgs);
      note(misses, fixture.name(), "date", days);
    }
    return new FamilyReport(split, fixtures.size(), correct, organizations, dates, misses);
  }

  private static List<String> paragraphNumbers(PaperContent content) {
    List<String> numbers = new ArrayList<>();
    for (Passage passage : content.passages()) {
      String number = passage.number();
      if (number != null && passage.kind() == PassageKind.PARAGRAPH && (numbers.isEmpty() || !numbers.get(numbers.size() - 1).equals(number))) {
        numbers.add(number);
      }
    }
    return numbers;
  }

  /** Whether {@code found} is the gold value {@code expected} of {@code field}, as the figures count it. */
  boolean same(FamilyField field, Object expected, Object found) {
    if (expected == null || found == null) {
      return expected == found;
    }
    Function<Object, String> key =
        switch (field) {
          case TITLE, SYMBOL, SESSION -> o -> NameKeys.key(o.toString());
          case ORGANIZATION -> o -> organizationKey(o.toString());
          default -> Object::toString;
        };
    return key.apply(expected).equals(key.apply(found));
  }

  private static void note(List<String> misses, String name, String type, Pairing.Outcome outcome) {
    outcome.missed().forEach(item -> misses.add(name + ": " + type + " missed: " + item));
    outcome.spurious().forEach(item -> misses.add(name + ": " + type + " spurious: " + item));
  }

  private String organizationKey(String name) {
    return NameKeys.key(gazetteer.nameOf(name).orElse(name));
  }

  private static String show(Object value) {
    return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
  }
}
