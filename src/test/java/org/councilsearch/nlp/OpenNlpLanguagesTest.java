package org.councilsearch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.councilsearch.model.Paper;
import org.councilsearch.model.PaperContent;
import org.councilsearch.model.PaperMetadata;
import org.councilsearch.model.Passage;
import org.councilsearch.model.PassageKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenNlpLanguagesTest {
  private static OpenNlpLanguages languages;

  @BeforeAll
  static void load() {
    languages = OpenNlpLanguages.load();
  }

  @Test
  void a_french_paper_and_its_passages_are_french_even_a_short_heading_line() {
    PaperContent read =
        languages.detect(
            paper(
                "Le Conseil a examiné le rapport annuel du Comité permanent des programmes et des"
                    + " finances, et il a remercié les États Membres de leur soutien constant.",
                "Les programmes de formation destinés aux agents des frontières ont été étendus à"
                    + " trois nouvelles régions au cours de l'année écoulée.",
                "Genève, 2011"));

    assertThat(read.paper().metadata().language()).isEqualTo("fr");
    assertThat(read.passages()).extracting(Passage::language).containsExactly("fr", "fr", "fr");
  }

  @Test
  void a_query_of_a_few_words_is_told_among_the_council_languages() {
    Set<String> council = Set.of("en", "fr", "es");
    assertThat(languages.languageOf("calendrier des réunions du comité en 2012", council)).isEqualTo("fr");
    assertThat(languages.languageOf("informe de los talleres para mujeres rurales", council)).isEqualTo("es");
    assertThat(languages.languageOf("training workshops for border officials", council)).isEqualTo("en");
  }

  @Test
  void a_spanish_paper_is_spanish() {
    PaperContent read =
        languages.detect(
            paper(
                "El Consejo tomó nota del informe anual y agradeció a los Estados Miembros las"
                    + " contribuciones voluntarias recibidas durante el ejercicio.",
                "Los programas de formación para funcionarios de fronteras se ampliaron a tres"
                    + " nuevas regiones durante el año."));

    assertThat(read.paper().metadata().language()).isEqualTo("es");
    assertThat(read.passages()).extracting(Passage::language).containsOnly("es");
  }

  @Test
  void an_annex_in_another_language_keeps_its_own_language_and_the_paper_its_majority() {
    PaperContent read =
        languages.detect(
            paper(
                "The Council took note of the annual report of the Standing Committee and thanked"
                    + " the Member States for the voluntary contributions received during the year.",
                "The training programmes for border officials were extended to three new regions,"
                    + " and the evaluation of the pilot phase will be presented next year.",
                "The Administration proposed to keep the budget at the level approved last year and"
                    + " to review the staffing table once the external audit is complete.",
                "Annexe : Le Comité recommande que le Conseil approuve le programme de travail et"
                    + " le budget révisé pour l'exercice à venir, tel qu'il figure ci-dessus."));

    assertThat(read.paper().metadata().language()).isEqualTo("en");
    assertThat(read.passages()).extracting(Passage::language).containsExactly("en", "en", "en", "fr");
  }

  @Test
  void a_paper_of_short_lines_only_is_told_from_all_its_text() {
    PaperContent read =
        languages.detect(paper("Rapport annuel", "Programmes de formation", "Budget révisé", "Genève"));

    assertThat(read.paper().metadata().language()).isEqualTo("fr");
    assertThat(read.passages()).extracting(Passage::language).containsOnly("fr");
  }

  @Test
  void codes_are_two_letters_where_iso_639_1_has_one() {
    assertThat(OpenNlpLanguages.code("fra")).isEqualTo("fr");
    assertThat(OpenNlpLanguages.code("spa")).isEqualTo("es");
    assertThat(OpenNlpLanguages.code("eng")).isEqualTo("en");
    assertThat(OpenNlpLanguages.code("deu")).isEqualTo("de");
    assertThat(OpenNlpLanguages.code("cmn")).isEqualTo("cmn");
  }

  private static PaperContent paper(String... texts) {
    Paper paper =
        new Paper("p", "p.txt", "text/plain", new PaperMetadata("T", null, null, null, null, null, null), "h");
    List<Passage> passages = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      passages.add(new Passage("p-" + i, "p", i, null, PassageKind.PARAGRAPH, List.of(), texts[i]));
    }
    return new PaperContent(paper, passages);
  }
}
