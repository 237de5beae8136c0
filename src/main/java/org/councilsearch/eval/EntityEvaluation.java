package org.councilsearch.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.councilsearch.model.Entities;
import org.councilsearch.model.PaperContent;
import org.councilsearch.nlp.EntityTagger;
import org.councilsearch.nlp.Gazetteer;

/**
 * Measures entity tagging against the hand-checked gold set: tags every paper that has gold
 * passages, as a whole (the tagger learns a paper's acronyms and headings from all of it), and
 * compares the gold passages' entities type by type ({@link EntityComparison}).
 */
public final class EntityEvaluation {
  private final List<AlignedPassage> aligned;
  private final EntityComparison comparison;
  private final Gazetteer gazetteer;

  /**
   * @param gold the gold lines
   * @param papers the papers they annotate, read as the indexer reads them
   * @param gazetteer resolves organization and place names on both sides
   * @throws GoldSetException when a gold line matches no passage or several
   */
  public EntityEvaluation(List<GoldPassage> gold, List<PaperContent> papers, Gazetteer gazetteer) {
    this.aligned = GoldAlignment.align(gold, papers);
    this.comparison = new EntityComparison(gazetteer);
    this.gazetteer = gazetteer;
  }

  /** How many gold passages each evaluation scores. */
  public int passages() {
    return aligned.size();
  }

  /** Tags each paper with the tagger {@code taggers} gives for it and scores its gold passages. */
  public EvaluationReport run(TaggerSource taggers) {
    Map<PaperContent, List<AlignedPassage>> byPaper = new LinkedHashMap<>();
    for (AlignedPassage a : aligned) {
      byPaper.computeIfAbsent(a.paper(), p -> new ArrayList<>()).add(a);
    }
    Map<EntityType, Metrics> totals = new EnumMap<>(EntityType.class);
    Map<Integer, Map<EntityType, Metrics>> byYear = new TreeMap<>();
    Map<String, Map<EntityType, Metrics>> byLanguage = new TreeMap<>();
    List<Miss> misses = new ArrayList<>();
    byPaper.forEach((paper, lines) -> {
      int year = paper.paper().metadata().year();
      EntityTagger tagger = taggers.forPaper(year);
      List<Entities> found = tagger.tag(paper.paper(), paper.passages());
      if (found.size() != paper.passages().size()) {
        throw new IllegalStateException(
            "the tagger gave " + found.size() + " results for " + paper.passages().size() + " passages of " + paper.paper().source());
      }
      Map<EntityType, Metrics> yearTotals = byYear.computeIfAbsent(year, y -> new EnumMap<>(EntityType.class));
      for (AlignedPassage line : lines) {
        Map<EntityType, Metrics> languageTotals =
            byLanguage.computeIfAbsent(line.gold().language(), l -> new EnumMap<>(EntityType.class));
        comparison.compare(line.gold(), found.get(line.index())).forEach((type, outcome) -> {
          totals.merge(type, outcome.metrics(), Metrics::plus);
          languageTotals.merge(type, outcome.metrics(), Metrics::plus);
          yearTotals.merge(type, outcome.metrics(), Metrics::plus);
          String label = line.gold().label();
          outcome.missed().forEach(item -> misses.add(new Miss(type, Miss.Kind.MISSED, label, item)));
          outcome.spurious().forEach(item -> misses.add(new Miss(type, Miss.Kind.SPURIOUS, label, item)));
        });
      }
    });
    return new EvaluationReport(taggers.heldOut(), aligned.size(), totals, byYear, byLanguage, gazetteerShares(), misses);
  }

  /**
   * Per language, the share of the gold organization and place mentions (distinct per passage)
   * that the gazetteer lists under one of their spellings: the part of the gold set that tagging
   * can get by look-up, whatever the statistical model does.
   */
  private Map<String, Map<EntityType, Double>> gazetteerShares() {
    Map<String, int[]> organizations = new TreeMap<>();
    Map<String, int[]> places = new TreeMap<>();
    for (AlignedPassage a : aligned) {
      GoldPassage gold = a.gold();
      count(organizations.computeIfAbsent(gold.language(), l -> new int[2]), gold.organizations(), n -> gazetteer.organization(n).isPresent());
      count(places.computeIfAbsent(gold.language(), l -> new int[2]), gold.places(), n -> gazetteer.place(n).isPresent());
    }
    Map<String, Map<EntityType, Double>> shares = new TreeMap<>();
    organizations.forEach((language, c) -> shares.computeIfAbsent(language, l -> new EnumMap<>(EntityType.class)).put(EntityType.ORGANIZATION, share(c)));
    places.forEach((language, c) -> shares.computeIfAbsent(language, l -> new EnumMap<>(EntityType.class)).put(EntityType.PLACE, share(c)));
    return shares;
  }

  private static void count(int[] listedAndAll, List<String> names, Predicate<String> listed) {
    for (String name : new LinkedHashSet<>(names)) {
      listedAndAll[1]++;
      if (listed.test(name)) {
        listedAndAll[0]++;
      }
    }
  }

  private static double share(int[] listedAndAll) {
    return listedAndAll[1] == 0 ? 1.0 : (double) listedAndAll[0] / listedAndAll[1];
  }
}
