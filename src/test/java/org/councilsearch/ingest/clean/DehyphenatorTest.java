package org.councilsearch.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DehyphenatorTest {
  private final Dehyphenator filter = new Dehyphenator();

  @Test
  void dehyphenates_words_split_across_lines() {
    assertThat(filter.apply("which encourages partici-\npants to take action")).isEqualTo("which encourages participants to take action");
    assertThat(filter.apply("a communi-\ncation tool")).isEqualTo("a communication tool");
  }

  @Test
  void keeps_the_hyphen_of_real_compounds() {
    assertThat(filter.apply("devote time to gender-\nrelated activities")).isEqualTo("devote time to gender-related activities");
    assertThat(filter.apply("update of the inter-\nagency inventory")).isEqualTo("update of the inter-agency inventory");
    assertThat(filter.apply("It has been pre-\nselected")).isEqualTo("It has been pre-selected");
    assertThat(filter.apply("women in post-\nconflict situations")).isEqualTo("women in post-conflict situations");
    assertThat(filter.apply("a self-\ndefence course")).isEqualTo("a self-defence course");
  }

  @Test
  void tolerates_blank_lines_between_the_halves() {
    assertThat(filter.apply("as a non-\n\nvoting ex-officio member")).isEqualTo("as a non-voting ex-officio member");
  }

  @Test
  void tolerates_a_space_after_the_hyphen() {
    assertThat(filter.apply("the inter- \nagency level")).isEqualTo("the inter-agency level");
  }

  @Test
  void follows_the_papers_own_spelling() {
    assertThat(filter.apply("inter-agency work and inter-\nagency meetings")).isEqualTo("inter-agency work and inter-agency meetings");
    assertThat(filter.apply("closer cooperation and co-\noperation")).isEqualTo("closer cooperation and cooperation");
    assertThat(filter.apply("the follow-up and the follow-\nup")).isEqualTo("the follow-up and the follow-up");
    assertThat(filter.apply("a socioeconomic and socio-\neconomic study")).isEqualTo("a socioeconomic and socioeconomic study");
  }

  @Test
  void keeps_the_hyphen_before_a_capital_or_a_digit_and_after_an_acronym() {
    assertThat(filter.apply("UN and Non-\nUN Personnel")).isEqualTo("UN and Non-UN Personnel");
    assertThat(filter.apply("the 1998-\n2003 plan")).isEqualTo("the 1998-2003 plan");
    assertThat(filter.apply("WGGI-\nsponsored projects")).isEqualTo("WGGI-sponsored projects");
  }

  @Test
  void keeps_a_suspended_hyphen_before_and() {
    assertThat(filter.apply("on short-\nand long-term measures")).isEqualTo("on short- and long-term measures");
  }

  @Test
  void joins_common_words_that_merely_start_like_a_prefix() {
    assertThat(filter.apply("of inter-\nest to")).isEqualTo("of interest to");
    assertThat(filter.apply("the pre-\nsent report")).isEqualTo("the present report");
    assertThat(filter.apply("a sub-\nstantial change")).isEqualTo("a substantial change");
  }

  @Test
  void joins_after_a_soft_hyphen() {
    assertThat(filter.apply("inter\u00AD\nnational")).isEqualTo("international");
  }

  @Test
  void leaves_dashes_and_lines_that_do_not_go_on_with_a_word() {
    String text = "Development –\nThe Way Forward\nsee item -\n2. Next";
    assertThat(filter.apply(text)).isEqualTo(text);
    assertThat(filter.apply("ends with a hyphen-\n")).isEqualTo("ends with a hyphen-\n");
  }
}
