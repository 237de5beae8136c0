package org.councilsearch.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.councilsearch.eval.Judgments.JudgedQuery;
import org.councilsearch.eval.RankingEvaluation.Report;
import org.councilsearch.model.SearchResult;
import org.councilsearch.search.SearchRequest;
import org.councilsearch.search.SearchService;

/**
 * One judged set measured with every way of ranking, in one run: plain BM25, search by words with
 * query understanding (full), search by meaning alone, and the two fused (hybrid: what {@code
 * search} does).
 */
public final class SideBySide {
  public static final String PLAIN = RankingFigures.PLAIN;
  public static final String FULL = RankingFigures.FULL;
  public static final String MEANING = "meaning";
  public static final String HYBRID = "hybrid";

  /** The runs, in the order they are printed. */
  public static final List<String> RUNS = List.of(PLAIN, FULL, MEANING, HYBRID);

  private SideBySide() {}

  /** Measures {@code judged} with every run of {@code search}, by run name. */
  public static Map<String, Report> measure(List<JudgedQuery> judged, SearchService search, Function<String, String> typeOf) {
    Map<String, Report> reports = new LinkedHashMap<>();
    for (String run : RUNS) {
      Function<SearchRequest, SearchResult> ranker =
          switch (run) {
            case PLAIN -> search::searchPlain;
            case FULL -> search::searchWords;
            case MEANING -> search::searchMeaning;
            default -> search::search;
          };
      reports.put(run, new RankingEvaluation(ranker, typeOf).evaluate(judged));
    }
    return reports;
  }
}
