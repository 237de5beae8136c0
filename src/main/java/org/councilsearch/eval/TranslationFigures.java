package org.councilsearch.eval;

import java.util.List;

/**
 * The translation evaluation as spec rows ({@code eval/translations.spec}): per split, precision
 * and recall of the version pairs and of the paragraph links, and the share of pairs whose
 * numbering is judged as the gold has it.
 */
public final class TranslationFigures {
  /** The bundled spec's name. */
  public static final String SPEC = "translations";

  /** A measurement covers whole splits. */
  public static final int SCOPE = 1;

  private static final List<String> KEYS = List.of("split", "figure");
  private static final List<String> FIGURES = List.of("pairs", "value");

  private TranslationFigures() {}

  /** A measurement with no rows yet. */
  public static FigureSpec empty() {
    return FigureSpec.empty(KEYS, FIGURES);
  }

  /** {@code into} with the rows of one split added. */
  public static FigureSpec add(FigureSpec into, TranslationEvaluation.Report report) {
    FigureSpec spec = row(into, report, "papers-linked-precision", report.paperLinks().precision());
    spec = row(spec, report, "papers-linked-recall", report.paperLinks().recall());
    spec = row(spec, report, "paragraphs-linked-precision", report.paragraphLinks().precision());
    spec = row(spec, report, "paragraphs-linked-recall", report.paragraphLinks().recall());
    return row(spec, report, "numbering-judged", report.numberingAccuracy());
  }

  private static FigureSpec row(FigureSpec into, TranslationEvaluation.Report report, String figure, double value) {
    return into.plus(
        List.of(report.split(), figure), List.of(Integer.toString(report.pairs()), FigureSpec.decimal(value)));
  }
}
