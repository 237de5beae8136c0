package org.councilsearch.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.councilsearch.model.DateSpan;
import org.councilsearch.model.Entities;
import org.councilsearch.model.Organization;
import org.councilsearch.model.PaperContent;
import org.councilsearch.nlp.EntityTagger;
import org.councilsearch.nlp.Gazetteer;
import org.councilsearch.nlp.PaperLanguages;

/**
 * Scores the organizations and dates tagged in the language fixtures (English, French and Spanish
 * papers with gold), per language of the paper as its gold names it. Each paper is read as the
 * indexer reads it: its language detected, then tagged; its organizations and dates are paired
 * with the gold per paper, each once, as {@link FamilyEvaluation} pairs them.
 */
public final class LanguageFixtureEvaluation {
  /** The language of a gold file that names none. */
  private static final String DEFAULT_LANGUAGE = "en";

  private final EntityTagger tagger;
  private final Gazetteer gazetteer;
  private final PaperLanguages languages;

  public LanguageFixtureEvaluation(EntityTagger tagger, Gazetteer gazetteer, PaperLanguages languages) {
    this.tagger = Objects.requireNonNull(tagger, "tagger");
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.languages = Objects.requireNonNull(languages, "languages");
  }

  /** What one split measured: per language (in code order), the papers and the figures of each type. */
  public record Report(String split, Map<String, Integer> papers, Map<String, Map<EntityType, Metrics>> byLanguage, List<String> misses) {
    public Report {
      papers = Collections.unmodifiableSortedMap(new TreeMap<>(papers));
      byLanguage = Collections.unmodifiableSortedMap(new TreeMap<>(byLanguage));
      misses = List.copyOf(misses);
    }
  }

  public Report run(String split, List<FamilyFixtures.Fixture> fixtures) {
    Map<String, Integer> papers = new TreeMap<>();
    Map<String, Map<EntityType, Metrics>> byLanguage = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    for (FamilyFixtures.Fixture fixture : fixtures) {
      FamilyGold gold = fixture.gold();
      String language = gold.language() == null ? DEFAULT_LANGUAGE : gold.language();
      PaperContent content = languages.detect(fixture.paper());
      List<String> organizations = new ArrayList<>();
      List<DateSpan> dates = new ArrayList<>();
      for (Entities entities : tagger.tag(content.paper(), content.passages())) {
        entities.organizations().stream().map(Organization::name).forEach(organizations::add);
        dates.addAll(entities.dates());
      }
      Pairing.Outcome orgs = Pairing.exact(gold.organizations(), organizations, this::organizationKey, name -> name);
      Pairing.Outcome days = Pairing.exact(gold.dates(), dates, EntityComparison::dateKey, EntityComparison::show);
      papers.merge(language, 1, Integer::sum);
      Map<EntityType, Metrics> figures = byLanguage.computeIfAbsent(language, l -> new EnumMap<>(EntityType.class));
      figures.merge(EntityType.ORGANIZATION, orgs.metrics(), Metrics::plus);
      figures.merge(EntityType.DATE, days.metrics(), Metrics::plus);
      note(misses, fixture.name(), "organization", orgs);
      note(misses, fixture.name(), "date", days);
    }
    return new Report(split, papers, byLanguage, misses);
  }

  private static void note(List<String> misses, String name, String type, Pairing.Outcome outcome) {
    outcome.missed().forEach(item -> misses.add(name + ": " + type + " missed: " + item));
    outcome.spurious().forEach(item -> misses.add(name + ": " + type + " spurious: " + item));
  }

  private String organizationKey(String name) {
    return NameKeys.key(gazetteer.nameOf(name).orElse(name));
  }
}
