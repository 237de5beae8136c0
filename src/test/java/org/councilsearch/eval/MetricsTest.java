package org.councilsearch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Precision, recall and F1 on toy cases worked out by hand, the empty cases included. */
class MetricsTest {
  private static final double EPS = 1e-9;

  @Test
  void figures_from_counts() {
    // 3 right, 1 wrong, 2 missed: P = 3/4, R = 3/5, F1 = 2PR/(P+R) = 0.9/1.35 = 2/3.
    Metrics m = new Metrics(3, 1, 2);
    assertThat(m.precision()).isCloseTo(0.75, within(EPS));
    assertThat(m.recall()).isCloseTo(0.6, within(EPS));
    assertThat(m.f1()).isCloseTo(2.0 / 3.0, within(EPS));
  }

  @Test
  void counts_add_up_before_figures_are_taken() {
    // Micro-averaging: (1,0,0) + (0,1,1) = (1,1,1), P = R = F1 = 1/2, not the mean of 1 and 0.
    Metrics pooled = new Metrics(1, 0, 0).plus(new Metrics(0, 1, 1));
    assertThat(pooled).isEqualTo(new Metrics(1, 1, 1));
    assertThat(pooled.precision()).isCloseTo(0.5, within(EPS));
    assertThat(pooled.recall()).isCloseTo(0.5, within(EPS));
    assertThat(pooled.f1()).isCloseTo(0.5, within(EPS));
    assertThat(Metrics.ZERO.plus(pooled)).isEqualTo(pooled);
  }

  @Test
  void nothing_to_find_and_nothing_found_is_perfect() {
    assertThat(Metrics.ZERO.precision()).isEqualTo(1.0);
    assertThat(Metrics.ZERO.recall()).isEqualTo(1.0);
    assertThat(Metrics.ZERO.f1()).isEqualTo(1.0);
  }

  @Test
  void nothing_found_has_no_wrong_answers_but_misses_everything() {
    Metrics m = new Metrics(0, 0, 4);
    assertThat(m.precision()).isEqualTo(1.0);
    assertThat(m.recall()).isEqualTo(0.0);
    assertThat(m.f1()).isEqualTo(0.0);
  }

  @Test
  void nothing_to_find_but_something_found_is_all_wrong() {
    Metrics m = new Metrics(0, 2, 0);
    assertThat(m.precision()).isEqualTo(0.0);
    assertThat(m.recall()).isEqualTo(1.0);
    assertThat(m.f1()).isEqualTo(0.0);
  }

  @Test
  void negative_counts_are_refused() {
    assertThatThrownBy(() -> new Metrics(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void exact_pairing_counts_each_key_once() {
    // Gold {A, B, C}; found {a, A, D}: "a" and "A" share a key, so one true positive for A.
    Pairing.Outcome o =
        Pairing.exact(List.of("A", "B", "C"), List.of("a", "A", "D"), NameKeys::key, s -> s);
    assertThat(o.metrics()).isEqualTo(new Metrics(1, 1, 2));
    assertThat(o.missed()).containsExactly("B", "C");
    assertThat(o.spurious()).containsExactly("D");
  }

  @Test
  void name_keys_ignore_case_spaces_hyphens_dashes_apostrophes_and_accents() {
    assertThat(NameKeys.key("Organization for Security and Co-operation in Europe"))
        .isEqualTo(NameKeys.key("organization for security and cooperation in  europe"));
    assertThat(NameKeys.key("Women’s Federation")).isEqualTo(NameKeys.key("Women's Federation"));
    assertThat(NameKeys.key("European Commission–United Nations")).isEqualTo(NameKeys.key("European Commission-United Nations"));
    assertThat(NameKeys.key("Chocó")).isEqualTo(NameKeys.key("Choco"));
    assertThat(NameKeys.key("Geneva")).isNotEqualTo(NameKeys.key("Genoa"));
  }

  @Test
  void events_match_by_containment_or_word_overlap() {
    // Containment on whole words, case and punctuation aside.
    assertThat(EventNames.similarity("International Women’s Day", "international women's day 2012")).isEqualTo(1.5);
    assertThat(EventNames.similarity("Gender and Volunteerism Workshop", "the Gender and Volunteerism Workshop")).isEqualTo(1.5);
    // Not containment: "day" is not the whole word "days".
    assertThat(EventNames.similarity("16 Days of Activism", "Day")).isEqualTo(0.0);
    // Jaccard: {expert, meeting, on, trade, policy} vs {expert, meeting, on, trade} = 4/5 >= 0.6.
    assertThat(EventNames.similarity("Expert Meeting on Trade Policy", "Expert Meeting on Trade")).isEqualTo(1.5);
    assertThat(EventNames.similarity("Expert Meeting on Trade Policy", "Expert Meeting on Gender Trade")).isCloseTo(4.0 / 6.0, within(EPS));
    // {a, b, c} vs {a, b, d}: 2/4 = 0.5 < 0.6, no match.
    assertThat(EventNames.similarity("alpha beta gamma", "alpha beta delta")).isEqualTo(0.0);
    assertThat(EventNames.similarity("Same Name", "same name")).isEqualTo(2.0);
  }

  @Test
  void similar_pairing_prefers_the_best_pair() {
    // "Global Forum" would also contain-match "Global Forum on Migration", but the exact pair wins
    // and the longer gold name then pairs with the longer found name.
    Pairing.Outcome o =
        Pairing.similar(
            List.of("Global Forum on Migration", "Global Forum"),
            List.of("Global Forum", "Global Forum on Migration and Development", "Unrelated Panel"),
            EventNames::similarity);
    assertThat(o.metrics()).isEqualTo(new Metrics(2, 1, 0));
    assertThat(o.spurious()).containsExactly("Unrelated Panel");
  }
}
