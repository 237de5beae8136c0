package org.councilsearch.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

  /**
   * @param gold the gold lines
   * @param papers the papers they annotate, read as the indexer reads them
   * @param gazetteer resolves organization and place names on both sides
   * @throws GoldSetException when a gold line matches no passage or several
   */
  public EntityEvaluation(List<GoldPassage> gold, List<PaperContent> papers, Gazetteer gazetteer) {
    this.aligned = GoldAlignment.align(gold, papers);
    this.comparison = new EntityComparison(gazetteer);
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
    List<Miss> misses = new ArrayList<>();
    byPaper.forEach((paper, lines) -> {
      int year = paper.paper().year();
      EntityTagger tagger = taggers.forPaper(year);
      List<Entities> found = tagger.tag(paper.paper(), paper.passages());
      if (found.size() != paper.passages().size()) {
        throw new IllegalStateException(
            "the tagger gave " + found.size() + " results for " + paper.passages().size() + " passages of " + paper.paper().source());
      }
      Map<EntityType, Metrics> yearTotals = byYear.computeIfAbsent(year, y -> new EnumMap<>(EntityType.class));
      for (AlignedPassage line : lines) {
        comparison.compare(line.gold(), found.get(line.index())).forEach((type, outcome) -> {
          totals.merge(type, outcome.metrics(), Metrics::plus);
          yearTotals.merge(type, outcome.metrics(), Metrics::plus);
          String label = line.gold().label();
          outcome.missed().forEach(item -> misses.add(new Miss(type, Miss.Kind.MISSED, label, item)));
          outcome.spurious().forEach(item -> misses.add(new Miss(type, Miss.Kind.SPURIOUS, label, item)));
        });
      }
    });
    return new EvaluationReport(taggers.heldOut(), aligned.size(), totals, byYear, misses);
  }
}
