package org.councilsearch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcronymFinderTest {
  private static final NlpModels MODELS = NlpModels.loadWithoutNameFinder();

  private static List<AcronymDefinition> definitions(String text) {
    TextAnalyzer analyzer = new TextAnalyzer(MODELS);
    List<AcronymDefinition> out = new ArrayList<>();
    for (Sentence sentence : analyzer.analyze(text)) {
      out.addAll(new AcronymFinder().find(text, sentence.tokens()));
    }
    return out;
  }

  @Test
  void learnsTheLongFormBeforeTheParenthesis() {
    assertThat(
            definitions(
                "In Geneva, on 6 February 2009, GIC marked the sixth International Day of Zero Tolerance for"
                    + " Female Genital Mutilation by jointly organizing, with the Inter-African Committee on"
                    + " Traditional Practices Affecting the Health of Women and Children (IAC), the"
                    + " Inter-Parliamentary Union (IPU) and the Geneva Cantonal Office for Human Rights, the"
                    + " interactive panel."))
        .containsExactly(
            new AcronymDefinition(
                "Inter-African Committee on Traditional Practices Affecting the Health of Women and Children", "IAC"),
            new AcronymDefinition("Inter-Parliamentary Union", "IPU"));
  }

  @Test
  void readsLettersInsideWordsAndStopsAtLowerCaseWords() {
    assertThat(
            definitions(
                "The Swiss Committee for the United Nations Children’s Fund (UNICEF) and UNICEF Headquarters"
                    + " organized this two-day expert meeting."))
        .containsExactly(new AcronymDefinition("United Nations Children’s Fund", "UNICEF"));
    assertThat(definitions("This had been recognized by the Working Group on Gender issues (WGGI) in 2002."))
        .containsExactly(new AcronymDefinition("Working Group on Gender issues", "WGGI"));
  }

  @Test
  void leavesOrdinalsOutAndWidensOverForeignWords() {
    assertThat(
            definitions(
                "GIC participated in the Seventeenth Organization for Security and Co-operation in Europe"
                    + " (OSCE) Economic and Environmental Forum."))
        .containsExactly(new AcronymDefinition("Organization for Security and Co-operation in Europe", "OSCE"));
    assertThat(definitions("with the Deutsche Gesellschaft fur Technische Zusammenarbeit (GTZ)."))
        .containsExactly(new AcronymDefinition("Deutsche Gesellschaft fur Technische Zusammenarbeit", "GTZ"));
    assertThat(definitions("with the United Nations Food and Agriculture Organization (FAO) and the Tunisian Solidarity Bank (BTS)."))
        .containsExactly(
            new AcronymDefinition("United Nations Food and Agriculture Organization", "FAO"),
            new AcronymDefinition("Tunisian Solidarity Bank", "BTS"));
    assertThat(definitions("the United Nations International Research and Training Institute for the Advancement of Women (UN-INSTRAW)."))
        .containsExactly(
            new AcronymDefinition(
                "United Nations International Research and Training Institute for the Advancement of Women", "UN-INSTRAW"));
  }

  @Test
  void readsTheReverseOrderAndPlurals() {
    assertThat(definitions("through local partners, such as the CCNAPC (Caribbean Coalition of National AIDS Programme Coordinators), and"))
        .containsExactly(new AcronymDefinition("Caribbean Coalition of National AIDS Programme Coordinators", "CCNAPC"));
    assertThat(definitions("Five Gender Focal Points (GFPs) from the Field gave presentations."))
        .containsExactly(new AcronymDefinition("Gender Focal Points", "GFPs"));
  }

  @Test
  void readsFrenchAndSpanishLongForms() {
    assertThat(definitions("Le Conseil de l'Organisation internationale pour les migrations (OIM) a siégé à Genève."))
        .containsExactly(new AcronymDefinition("Organisation internationale pour les migrations", "OIM"));
    assertThat(definitions("El Fondo Internacional de Desarrollo Agrícola (FIDA) presentó su informe."))
        .containsExactly(new AcronymDefinition("Fondo Internacional de Desarrollo Agrícola", "FIDA"));
    assertThat(definitions("avec l'Office régional des pêches côtières (ORPC) et d'autres partenaires."))
        .containsExactly(new AcronymDefinition("Office régional des pêches côtières", "ORPC"));
  }

  @Test
  void ignoresWhatIsNoDefinition() {
    assertThat(definitions("a memorandum of understanding (MOU) on the sharing of information")).isEmpty();
    assertThat(definitions("young women (UNAIDS, 2003) and (ii) on enforcing change")).isEmpty();
    assertThat(definitions("Female Excision (FGM) (MRF Nairobi)")).isEmpty();
  }
}
