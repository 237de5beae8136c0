package org.councilsearch.eval;

import java.util.List;

/**
 * The family evaluation as spec rows ({@code eval/families.spec}): per split, the accuracy of each
 * metadata field, and precision, recall and F1 of the organizations and dates the passages name.
 */
public final class FamilyFigures {
  /** The bundled spec's name. */
  public static final String SPEC = "families";

  /** A measurement covers whole splits. */
  public static final int SCOPE = 1;

  private static final List<String> KEYS = List.of("split", "figure");
  private static final List<String> FIGURES = List.of("papers", "value");

  private FamilyFigures() {}

  /** A measurement with no rows yet. */
  public static FigureSpec empty() {
    return FigureSpec.empty(KEYS, FIGURES);
  }

  /** {@code into} with the rows of one split added. */
  public static FigureSpec add(FigureSpec into, FamilyReport report) {
    FigureSpec spec = into;
    for (FamilyField field : FamilyField.values()) {
      spec = row(spec, report, field.label().replace(' ', '-'), report.accuracy(field));
    }
    spec = entity(spec, report, "organizations", report.organizations());
    return entity(spec, report, "dates", report.dates());
  }

  /**
   * {@code into} with the leave-one-family-out rows: per field, the mean over families
   * ("lofo-mean"), the worst family ("lofo-worst") and the mean on copies of the papers that lost
   * their line breaks ("lofo-run-on-mean"); the papers column counts the labelled papers.
   */
  public static FigureSpec add(FigureSpec into, LeaveOneFamilyOut.Report lofo) {
    FigureSpec spec = into;
    String papers = Integer.toString(lofo.papers());
    for (FamilyField field : FamilyField.values()) {
      String figure = field.label().replace(' ', '-');
      spec = spec.plus(List.of("lofo-mean", figure), List.of(papers, FigureSpec.decimal(lofo.mean(field))));
      spec = spec.plus(List.of("lofo-worst", figure), List.of(papers, FigureSpec.decimal(lofo.worst(field))));
      spec = spec.plus(List.of("lofo-run-on-mean", figure), List.of(papers, FigureSpec.decimal(lofo.runOnMean(field))));
    }
    return spec;
  }

  private static FigureSpec entity(FigureSpec into, FamilyReport report, String name, Metrics m) {
    FigureSpec spec = row(into, report, name + "-precision", m.precision());
    spec = row(spec, report, name + "-recall", m.recall());
    return row(spec, report, name + "-F1", m.f1());
  }

  private static FigureSpec row(FigureSpec into, FamilyReport report, String figure, double value) {
    return into.plus(
        List.of(report.split(), figure),
        List.of(Integer.toString(report.papers()), FigureSpec.decimal(value)));
  }
}
