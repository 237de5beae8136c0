package org.councilsearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankFusionTest {
  private static List<String> ids(List<RankFusion.Fused> fused) {
    return fused.stream().map(RankFusion.Fused::id).toList();
  }

  @Test
  void a_passage_both_rankings_find_goes_above_one_only_one_finds() {
    RankFusion fusion = new RankFusion(60, 1, 1, 1, 1);
    List<RankFusion.Fused> fused = fusion.fuse(List.of("a", "b", "c"), List.of(), id -> false, List.of("c", "d"));
    assertThat(ids(fused)).containsExactly("c", "a", "b", "d");
    assertThat(fused.get(0).score()).isCloseTo(1.0 / 63 + 1.0 / 61, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void only_passages_the_words_missed_are_meaning_only() {
    List<RankFusion.Fused> fused = new RankFusion(60, 1, 1, 1, 1).fuse(List.of("a", "b"), List.of(), id -> false, List.of("b", "z"));
    assertThat(fused).filteredOn(RankFusion.Fused::meaningOnly).extracting(RankFusion.Fused::id).containsExactly("z");
    assertThat(fused).filteredOn(f -> f.id().equals("b")).first().satisfies(f -> {
      assertThat(f.wordsRank()).isEqualTo(2);
      assertThat(f.meaningRank()).isEqualTo(1);
    });
  }

  @Test
  void a_lighter_meaning_weight_keeps_the_words_top_first() {
    RankFusion fusion = new RankFusion(2, 1, 0.3, 0.3, 0.3);
    List<RankFusion.Fused> fused = fusion.fuse(List.of("a", "b", "c"), List.of(), id -> false, List.of("x", "c"));
    // a: 1/3; b: 1/4; c: 1/5 + 0.3/4 = 0.275; x: 0.3/3 = 0.1
    assertThat(ids(fused)).containsExactly("a", "c", "b", "x");
  }

  @Test
  void equal_scores_keep_the_words_order_then_the_meaning_order() {
    List<RankFusion.Fused> fused = new RankFusion(60, 1, 1, 1, 1).fuse(List.of("a", "b"), List.of(), id -> false, List.of("c", "d"));
    assertThat(ids(fused)).containsExactly("a", "c", "b", "d");
  }

  @Test
  void an_empty_ranking_by_meaning_leaves_the_words_ranking_as_it_is() {
    assertThat(ids(RankFusion.TUNED.fuse(List.of("a", "b", "c"), List.of(), id -> false, List.of()))).containsExactly("a", "b", "c");
    assertThat(ids(RankFusion.TUNED.fuse(List.of(), List.of(), id -> false, List.of("x", "y")))).containsExactly("x", "y");
  }

  @Test
  void a_near_match_counts_less_than_a_match_and_more_where_meaning_cannot_read_it() {
    RankFusion fusion = new RankFusion(2, 1, 0.25, 0.5, 0.5);
    List<RankFusion.Fused> read = fusion.fuse(List.of("a"), List.of("n"), id -> false, List.of("x", "y"));
    // a: 1/3; x: 0.5/3 = 0.167; y: 0.5/4 = 0.125; n: 0.25/3 = 0.083
    assertThat(ids(read)).containsExactly("a", "x", "y", "n");
    assertThat(read.get(3).wordsRank()).isEqualTo(2);
    assertThat(read.get(3).meaningOnly()).isFalse();
    assertThat(read.get(1).meaningOnly()).isTrue();
    // In a language the model does not read, n: 0.5/3 ties with x and follows it (meaning's list first).
    List<RankFusion.Fused> unread = fusion.fuse(List.of("a"), List.of("n"), id -> true, List.of("x", "y"));
    assertThat(ids(unread)).containsExactly("a", "x", "n", "y");
  }

  @Test
  void meaning_counts_less_for_a_query_the_model_cannot_read() {
    RankFusion fusion = new RankFusion(2, 1, 0.25, 0.5, 0.5, 0.25, 0.1, 5);
    // Read: x 0.5/3 = 0.167 ties with the unread near match n (0.5/3) and comes first.
    assertThat(ids(fusion.fuse(List.of("a"), List.of("n"), id -> true, List.of("x"), new RankFusion.QueryShape(true, 8))))
        .containsExactly("a", "x", "n");
    // Unread query: x 0.25/3 = 0.083, below n.
    assertThat(ids(fusion.fuse(List.of("a"), List.of("n"), id -> true, List.of("x"), new RankFusion.QueryShape(false, 8))))
        .containsExactly("a", "n", "x");
  }

  @Test
  void meaning_counts_least_for_a_query_of_a_few_words() {
    RankFusion fusion = new RankFusion(2, 1, 0.25, 0.5, 0.5, 0.25, 0.1, 5);
    // Six words: x 0.5/3 = 0.167 above the near match n (0.25/3 = 0.083).
    assertThat(ids(fusion.fuse(List.of("a"), List.of("n"), id -> false, List.of("x"), new RankFusion.QueryShape(true, 6))))
        .containsExactly("a", "x", "n");
    // Five words: x 0.1/3 = 0.033, below n; in any language.
    assertThat(ids(fusion.fuse(List.of("a"), List.of("n"), id -> false, List.of("x"), new RankFusion.QueryShape(true, 5))))
        .containsExactly("a", "n", "x");
    assertThat(fusion.meaningWeight(new RankFusion.QueryShape(false, 2))).isEqualTo(0.1);
    assertThat(fusion.meaningWeight(new RankFusion.QueryShape(false, 6))).isEqualTo(0.25);
  }

  @Test
  void parameters_out_of_range_are_refused() {
    assertThatThrownBy(() -> new RankFusion(0, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RankFusion(60, -1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RankFusion(60, 1, -1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RankFusion(60, 1, 1, -1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RankFusion(60, 1, 1, 1, 1, -1, 1, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RankFusion(60, 1, 1, 1, 1, 1, -1, 5)).isInstanceOf(IllegalArgumentException.class);
  }
}
