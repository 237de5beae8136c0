package org.councilsearch.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TitleCaseTest {
  @Test
  void small_words_stay_lower_case_except_first() {
    assertThat(TitleCase.of("THE REPORT OF THE GROUP ON GENDER IN THE ORGANIZATION", w -> false))
        .isEqualTo("The Report of the Group on Gender in the Organization");
  }

  @Test
  void keeps_acronyms_numerals_and_numbers() {
    assertThat(TitleCase.of("WGGI-SPONSORED PROJECTS IN 2005: PART II", Set.of("WGGI")::contains))
        .isEqualTo("WGGI-Sponsored Projects in 2005: Part II");
  }

  @Test
  void lower_cases_after_an_apostrophe() {
    assertThat(TitleCase.of("WOMEN’S DAY", w -> false)).isEqualTo("Women’s Day");
  }

  @Test
  void french_and_spanish_small_words_stay_lower_case_and_an_elided_article_keeps_its_noun() {
    assertThat(TitleCase.of("RAPPORT SUR LA MISE EN ŒUVRE DU PROGRAMME DE L'UNION", w -> false))
        .isEqualTo("Rapport sur la Mise en Œuvre du Programme de l'Union");
    assertThat(TitleCase.of("INFORME ANUAL DEL CONSEJO SOBRE LAS ACTIVIDADES DE LA OEA", Set.of("OEA")::contains))
        .isEqualTo("Informe Anual del Consejo sobre las Actividades de la OEA");
  }
}
