package org.councilsearch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.councilsearch.eval.Judgments.Judgment;
import org.councilsearch.eval.RankingMetrics.RankedPassage;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {
  private static final List<Judgment> JUDGED =
      List.of(new Judgment(2009, "white ribbons", 3), new Judgment(2011, "Triangle factory", 1));

  @Test
  void ideal_ranking_scores_one() {
    List<RankedPassage> ranking =
        List.of(new RankedPassage(2009, "The white  ribbons were given"), new RankedPassage(2011, "the Triangle factory fire"));
    assertThat(RankingMetrics.ndcg(ranking, JUDGED, 10)).isEqualTo(1.0);
    assertThat(RankingMetrics.recall(ranking, JUDGED, 10)).isEqualTo(1.0);
  }

  @Test
  void swapped_ranking_matches_the_hand_computed_value() {
    List<RankedPassage> ranking =
        List.of(new RankedPassage(2011, "the Triangle factory fire"), new RankedPassage(2009, "white ribbons"));
    // DCG = 1/log2(2) + 7/log2(3); IDCG = 7/log2(2) + 1/log2(3)
    double expected = (1 + 7 / log2(3)) / (7 + 1 / log2(3));
    assertThat(RankingMetrics.ndcg(ranking, JUDGED, 10)).isCloseTo(expected, within(1e-9));
  }

  @Test
  void each_judgment_counts_once_and_the_year_must_match() {
    List<RankedPassage> ranking =
        List.of(
            new RankedPassage(2005, "white ribbons"),
            new RankedPassage(2009, "white ribbons"),
            new RankedPassage(2009, "white ribbons again"));
    // Only the second hit earns the grade-3 judgment; the third repeats it and earns nothing.
    double expected = (7 / log2(3)) / (7 + 1 / log2(3));
    assertThat(RankingMetrics.ndcg(ranking, JUDGED, 10)).isCloseTo(expected, within(1e-9));
    assertThat(RankingMetrics.recall(ranking, JUDGED, 10)).isEqualTo(0.5);
  }

  @Test
  void hits_beyond_the_cutoff_do_not_count() {
    List<RankedPassage> ranking =
        List.of(new RankedPassage(2003, "nothing"), new RankedPassage(2009, "white ribbons"));
    assertThat(RankingMetrics.ndcg(ranking, JUDGED, 1)).isZero();
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
