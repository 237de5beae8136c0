package org.councilsearch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.councilsearch.model.Entities;
import org.councilsearch.model.Organization;
import org.councilsearch.model.Paper;
import org.councilsearch.model.PaperMetadata;
import org.councilsearch.model.Passage;
import org.junit.jupiter.api.Test;

/**
 * Organizations in French and Spanish papers that the registry does not settle alone: a national
 * body named in the paper's language, and a word of a line in capitals that spells an acronym.
 */
class FrenchSpanishNamesTest {
  private static List<String> organizations(String language, String... specs) {
    Paper paper =
        new Paper("p", "p.txt", "text/plain", new PaperMetadata("RAPPORT 2030", 2030, null, null, null, null, null).withLanguage(language), "");
    List<Passage> passages = OpenNlpTaggerTest.passages("p", specs).stream().map(p -> p.withLanguage(language)).toList();
    return OpenNlpTaggerTest.TAGGER.tag(paper, passages).stream()
        .map(Entities::organizations)
        .flatMap(List::stream)
        .map(Organization::name)
        .distinct()
        .toList();
  }

  @Test
  void a_national_body_named_in_spanish_is_an_organization_by_its_printed_name() {
    assertThat(organizations("es", "A partir de 2031, el programa apoyará al Ministerio de Educación y Cultura en las escuelas rurales."))
        .containsExactly("Ministerio de Educación y Cultura");
  }

  @Test
  void a_national_body_named_in_french_keeps_its_elided_article() {
    assertThat(organizations("fr", "Le Ministère de l'Éducation a ouvert dix classes en 2030."))
        .containsExactly("Ministère de l'Éducation");
  }

  @Test
  void the_word_that_opens_a_body_alone_names_none() {
    assertThat(organizations("es", "El ministerio visitó dos escuelas; el Ministerio no respondió.")).isEmpty();
  }

  @Test
  void a_french_word_in_a_line_in_capitals_is_no_acronym() {
    // "AU" is the African Union's acronym, and French for "to the" in a heading in capitals.
    assertThat(organizations("fr", "OCTROI D'UNE AIDE AU COMITÉ NATIONAL DES ÉCOLES"))
        .doesNotContain("African Union");
  }

  @Test
  void the_same_line_in_an_english_paper_keeps_the_acronym() {
    // English has no such list: its acronyms in capitals are its own.
    assertThat(organizations("en", "OCTROI D'UNE AIDE AU COMITÉ NATIONAL DES ÉCOLES"))
        .contains("African Union");
  }
}
