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
 * query understanding, search by meaning alone, and the two fused (what {@code search} does).
 */
public final class SideBySide {
  /** The ways of ranking, in the order they are printed. */
  public enum Ranker {
    PLAIN("plain BM25"),
    WORDS("words (full lexical)"),
    MEANING("vectors alone"),
    HYBRID("hybrid");

    private final String label;

    Ranker(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The figures of one judged set, by ranker. */
  public record SetReport(String set, int queries, Map<Ranker, Report> byRanker) {}

  private SideBySide() {}

  /** Measures {@code judged} with every ranker of {@code search}. */
  public static SetReport measure(String set, List<JudgedQuery> judged, SearchService search, Function<String, String> typeOf) {
    Map<Ranker, Report> reports = new LinkedHashMap<>();
    for (Ranker r : Ranker.values()) {
      Function<SearchRequest, SearchResult> run =
          switch (r) {
            case PLAIN -> search::searchPlain;
            case WORDS -> search::searchWords;
            case MEANING -> search::searchMeaning;
            case HYBRID -> search::search;
          };
      reports.put(r, new RankingEvaluation(run, typeOf).evaluate(judged));
    }
    return new SetReport(set, judged.size(), reports);
  }
}
