package org.councilsearch.eval;

import java.util.List;
import java.util.Map;

/**
 * The entity evaluation as spec rows ({@code eval/entities.spec}): per model (held out or shipped),
 * language and entity type, the gold mentions, precision, recall and F1, and the share of the gold
 * mentions the gazetteer already lists ("-" for types it does not list).
 */
public final class EntityFigures {
  /** The bundled spec's name. */
  public static final String SPEC = "entities";

  /** A measurement covers one model: every language and type it was run on. */
  public static final int SCOPE = 1;

  private static final List<String> KEYS = List.of("model", "language", "type");
  private static final List<String> FIGURES = List.of("mentions", "precision", "recall", "F1", "gazetteer");

  private EntityFigures() {}

  /** The model column's value for a report. */
  public static String model(EvaluationReport report) {
    return report.heldOut() ? "held-out" : "shipped";
  }

  /** The rows of one report, languages in order, types in {@link EntityType} order. */
  public static FigureSpec of(EvaluationReport report) {
    FigureSpec spec = FigureSpec.empty(KEYS, FIGURES);
    for (Map.Entry<String, Map<EntityType, Metrics>> language : report.byLanguage().entrySet()) {
      for (EntityType type : EntityType.values()) {
        Metrics m = language.getValue().getOrDefault(type, Metrics.ZERO);
        Double listed = report.gazetteerShare(language.getKey(), type);
        spec =
            spec.plus(
                List.of(model(report), language.getKey(), type.label()),
                List.of(
                    Integer.toString(m.tp() + m.fn()),
                    FigureSpec.decimal(m.precision()),
                    FigureSpec.decimal(m.recall()),
                    FigureSpec.decimal(m.f1()),
                    listed == null ? "-" : FigureSpec.decimal(listed)));
      }
    }
    return spec;
  }

  /** The model column's value for the language fixtures of one split: "fixtures-tuning". */
  public static String fixtures(String split) {
    return "fixtures-" + split;
  }

  /**
   * {@code into} with the rows of one split of the language fixtures: per language, the
   * organizations and dates, tagged by the shipped tagger (no fixture is in its training data).
   */
  public static FigureSpec plus(FigureSpec into, LanguageFixtureEvaluation.Report report) {
    FigureSpec spec = into;
    for (Map.Entry<String, Map<EntityType, Metrics>> language : report.byLanguage().entrySet()) {
      for (EntityType type : List.of(EntityType.ORGANIZATION, EntityType.DATE)) {
        Metrics m = language.getValue().getOrDefault(type, Metrics.ZERO);
        spec =
            spec.plus(
                List.of(fixtures(report.split()), language.getKey(), type.label()),
                List.of(
                    Integer.toString(m.tp() + m.fn()),
                    FigureSpec.decimal(m.precision()),
                    FigureSpec.decimal(m.recall()),
                    FigureSpec.decimal(m.f1()),
                    "-"));
      }
    }
    return spec;
  }
}
