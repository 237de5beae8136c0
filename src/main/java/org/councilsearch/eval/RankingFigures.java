package org.councilsearch.eval;

import java.util.List;
import org.councilsearch.eval.RankingEvaluation.Mean;
import org.councilsearch.eval.RankingEvaluation.Report;

/**
 * The ranking evaluation as spec rows ({@code eval/ranking.spec}): per judged set and run (full
 * search, or plain BM25), one row for all queries and one per query type.
 */
public final class RankingFigures {
  /** The bundled spec's name. */
  public static final String SPEC = "ranking";

  /** A measurement covers whole (set, run) pairs. */
  public static final int SCOPE = 2;

  /** The run with query understanding. */
  public static final String FULL = "full";

  /** The baseline: plain BM25 over the same analysis. */
  public static final String PLAIN = "plain";

  private static final List<String> KEYS = List.of("set", "run", "type");
  private static final List<String> FIGURES = List.of("queries", "nDCG@10", "recall@10");

  private RankingFigures() {}

  /** A measurement with no rows yet. */
  public static FigureSpec empty() {
    return FigureSpec.empty(KEYS, FIGURES);
  }

  /** {@code into} with the rows of one set's run added: "all" first, then each query type. */
  public static FigureSpec add(FigureSpec into, String set, String run, Report report) {
    FigureSpec spec = row(into, set, run, "all", report.overall());
    for (var type : report.byType().entrySet()) {
      spec = row(spec, set, run, type.getKey(), type.getValue());
    }
    return spec;
  }

  private static FigureSpec row(FigureSpec into, String set, String run, String type, Mean m) {
    return into.plus(
        List.of(set, run, type),
        List.of(Integer.toString(m.queries()), FigureSpec.decimal(m.ndcg()), FigureSpec.decimal(m.recall())));
  }
}
