package org.councilsearch.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunOnParagraphsTest {
  @Test
  void numbered_paragraphs_run_together_are_put_on_lines_of_their_own() {
    String line = "1. The orchard survey covered 40 valleys of the northern region in 2012. 2. The growers met twice."
        + " 3. The Board took note of the survey.";
    assertThat(RunOnParagraphs.split(line).split("\n"))
        .containsExactly(
            "1. The orchard survey covered 40 valleys of the northern region in 2012.", "2. The growers met twice.", "3. The Board took note of the survey.");
  }

  @Test
  void a_copy_that_lost_every_line_break_has_its_body_cut_from_its_front_matter() {
    String line = "Conseil d'administration DP/FPA/2020/4 Distr. générale 20 mars 2020 Rapport sur l'évaluation 1. En 2019, le Fonds a mené"
        + " 14 évaluations. 2. La part des bonnes évaluations a augmenté. 3. Le Conseil souhaitera prendre note du rapport.";
    assertThat(RunOnParagraphs.split(line).split("\n"))
        .containsExactly(
            "Conseil d'administration DP/FPA/2020/4 Distr. générale 20 mars 2020 Rapport sur l'évaluation",
            "1. En 2019, le Fonds a mené 14 évaluations.",
            "2. La part des bonnes évaluations a augmenté.",
            "3. Le Conseil souhaitera prendre note du rapport.");
  }

  @Test
  void a_one_inside_a_sentence_without_two_paragraphs_after_it_stays_in_place() {
    String line = "The growers planted the rows shown in table 1. The yields were higher than in any year since the survey began."
        + " 2. The Board took note.";
    assertThat(RunOnParagraphs.split(line)).isEqualTo(line);
  }

  @Test
  void a_heading_run_in_between_paragraphs_gets_a_line_of_its_own() {
    String line = "1. The orchard survey covered 40 valleys of the northern region in 2012. II. WATER AND SOIL Irrigation"
        + " 2. The growers met twice to compare their wells. 3. The Board took note of the survey.";
    assertThat(RunOnParagraphs.split(line).split("\n"))
        .containsExactly(
            "1. The orchard survey covered 40 valleys of the northern region in 2012.",
            "II. WATER AND SOIL Irrigation",
            "2. The growers met twice to compare their wells.",
            "3. The Board took note of the survey.");
  }

  @Test
  void a_number_after_a_word_that_refers_to_it_is_no_paragraph() {
    String line = "1. The orchard survey covered 40 valleys of the northern region, as set out in paragraph 2. The growers"
        + " met twice to compare their wells. 2. The Board took note of the survey.";
    assertThat(RunOnParagraphs.split(line).split("\n"))
        .containsExactly(
            "1. The orchard survey covered 40 valleys of the northern region, as set out in paragraph 2. The growers met twice to compare their wells.",
            "2. The Board took note of the survey.");
  }

  @Test
  void a_page_run_into_one_line_goes_on_from_the_page_before() {
    String text = "1. The orchard survey covered 40 valleys of the northern region in 2012. 2. The growers met twice to compare"
        + " their wells and their yields. 3. The first meeting was held in the spring, in the valley of\n"
        + "the river, where most of the orchards stand and where the wells are deepest and oldest. 4. The Board took note of"
        + " the survey.";
    assertThat(RunOnParagraphs.split(text).split("\n"))
        .containsExactly(
            "1. The orchard survey covered 40 valleys of the northern region in 2012.",
            "2. The growers met twice to compare their wells and their yields.",
            "3. The first meeting was held in the spring, in the valley of",
            "the river, where most of the orchards stand and where the wells are deepest and oldest.",
            "4. The Board took note of the survey.");
  }

  @Test
  void a_short_paper_of_two_paragraphs_is_cut_but_a_list_after_a_colon_is_not() {
    String paper = "ORCHARD BOARD OB/12/3 Spring survey Note by the Secretariat 1. The survey covered 40 valleys of the"
        + " northern region in 2012. 2. The Board may wish to take note of the survey.";
    assertThat(RunOnParagraphs.split(paper).split("\n"))
        .containsExactly(
            "ORCHARD BOARD OB/12/3 Spring survey Note by the Secretariat",
            "1. The survey covered 40 valleys of the northern region in 2012.",
            "2. The Board may wish to take note of the survey.");
    String decision = "Having examined the survey of the northern valleys carried out in the spring, the Board decided: 1. To"
        + " approve the plan. 2. To ask for a new survey in 2014.";
    assertThat(RunOnParagraphs.split(decision)).isEqualTo(decision);
  }

  @Test
  void paragraphs_numbered_by_section_are_cut_with_their_sections_headings_apart() {
    String line = "ORCHARD BOARD OB/12/3 Spring survey 1. Purpose 1.1 The survey covered 40 valleys of the northern region."
        + " 1.2 The growers met twice. 2. Findings 2.1 Yields rose in every valley. 3 Next steps 3.1 The Board may wish"
        + " to take note of the survey.";
    assertThat(RunOnParagraphs.split(line).split("\n"))
        .containsExactly(
            "ORCHARD BOARD OB/12/3 Spring survey 1. Purpose",
            "1.1 The survey covered 40 valleys of the northern region.",
            "1.2 The growers met twice.",
            "2. Findings",
            "2.1 Yields rose in every valley.",
            "3 Next steps",
            "3.1 The Board may wish to take note of the survey.");
  }

  @Test
  void a_section_number_inside_a_sentence_stays_in_place() {
    String line = "The growers planted the rows shown in figure 2.1 The yields were higher than in any year since the survey began"
        + " and the wells held.";
    assertThat(RunOnParagraphs.split(line)).isEqualTo(line);
  }

  @Test
  void numbers_glued_to_their_paragraphs_are_cut_too() {
    String line = "ORCHARD BOARD OB/12/3 Spring survey 1.The survey covered 40 valleys of the northern region in 2012."
        + " 2.The growers met twice. 3.The Board may wish to take note of the survey.";
    assertThat(RunOnParagraphs.split(line).split("\n"))
        .containsExactly(
            "ORCHARD BOARD OB/12/3 Spring survey",
            "1.The survey covered 40 valleys of the northern region in 2012.",
            "2.The growers met twice.",
            "3.The Board may wish to take note of the survey.");
  }
}
