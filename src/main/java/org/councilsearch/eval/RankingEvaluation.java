package org.councilsearch.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.councilsearch.eval.Judgments.JudgedQuery;
import org.councilsearch.eval.RankingMetrics.RankedPassage;
import org.councilsearch.model.SearchResult;
import org.councilsearch.search.SearchRequest;

/** Measures ranking quality: runs each judged query through search and scores the top hits. */
public final class RankingEvaluation {
  /** The cutoff every figure is measured at. */
  public static final int K = 10;

  private final Function<SearchRequest, SearchResult> search;
  private final Function<String, String> typeOf;

  /**
   * @param search runs one search
   * @param typeOf the query type for queries whose judgments name none
   */
  public RankingEvaluation(Function<SearchRequest, SearchResult> search, Function<String, String> typeOf) {
    this.search = search;
    this.typeOf = typeOf;
  }

  /** Figures for one query. */
  public record QueryScore(String query, String type, double ndcg, double recall) {}

  /** Mean figures over a group of queries. */
  public record Mean(int queries, double ndcg, double recall) {}

  /** The group of the queries in one language, beside the query types: "lang:fr". */
  public static String languageGroup(String lang) {
    return "lang:" + lang;
  }

  /**
   * Figures for a whole judgment set: overall, per query type (and per query language, for a set
   * whose queries name theirs), per query.
   */
  public record Report(Mean overall, Map<String, Mean> byType, List<QueryScore> queries) {}

  public Report evaluate(List<JudgedQuery> judged) {
    List<QueryScore> scores = new ArrayList<>();
    for (JudgedQuery q : judged) {
      SearchResult result = search.apply(SearchRequest.of(q.q(), K));
      List<RankedPassage> ranking =
          result.hits().stream().map(h -> new RankedPassage(h.year(), h.text())).toList();
      String type = q.type() != null ? q.type() : typeOf.apply(q.q());
      scores.add(
          new QueryScore(
              q.q(),
              type,
              RankingMetrics.ndcg(ranking, q.rel(), K),
              RankingMetrics.recall(ranking, q.rel(), K)));
    }
    Map<String, List<QueryScore>> groups = new TreeMap<>();
    for (int i = 0; i < scores.size(); i++) {
      QueryScore s = scores.get(i);
      groups.computeIfAbsent(s.type(), t -> new ArrayList<>()).add(s);
      String lang = judged.get(i).lang();
      if (lang != null) {
        groups.computeIfAbsent(languageGroup(lang), t -> new ArrayList<>()).add(s);
      }
    }
    Map<String, Mean> byType = new TreeMap<>();
    groups.forEach((type, group) -> byType.put(type, mean(group)));
    return new Report(mean(scores), byType, scores);
  }

  private static Mean mean(List<QueryScore> scores) {
    double ndcg = scores.stream().mapToDouble(QueryScore::ndcg).average().orElse(0);
    double recall = scores.stream().mapToDouble(QueryScore::recall).average().orElse(0);
    return new Mean(scores.size(), ndcg, recall);
  }
}
