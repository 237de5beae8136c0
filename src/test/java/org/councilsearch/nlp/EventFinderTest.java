package org.councilsearch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventFinderTest {
  private static final TextAnalyzer ANALYZER = new TextAnalyzer(NlpModels.loadWithoutNameFinder());

  private static List<String> events(String text) {
    List<String> out = new ArrayList<>();
    for (Sentence sentence : ANALYZER.analyze(text)) {
      WordView view = WordView.of(text, sentence.tokens());
      for (EventFinder.Found found : new EventFinder().find(view)) {
        out.add(sentence.cover(text, view.token(found.from()), view.token(found.to())) + " / " + found.type());
      }
    }
    return out;
  }

  @Test
  void findsNamesBuiltAroundAHeadWord() {
    assertThat(events("GIC co-organized the Global Consultation on Migration, Remittances and Development: Responding to the Crisis in Geneva."))
        .containsExactly("Global Consultation on Migration, Remittances and Development / consultation");
    assertThat(events("A film was shown on the first day of the international campaign of 16 Days of Activism Against Gender Violence."))
        .containsExactly("16 Days of Activism Against Gender Violence / campaign");
    assertThat(events("GIC actively took part in the Day of General Discussion on Migrant Domestic Workers, organized by the ILO."))
        .containsExactly("Day of General Discussion on Migrant Domestic Workers / meeting");
    assertThat(events("The Unit contributed to the fifty-second Session of the Committee on the Elimination of Discrimination against Women (CEDAW)."))
        .containsExactly("fifty-second Session of the Committee on the Elimination of Discrimination against Women / meeting");
  }

  @Test
  void splitsTwoEventsJoinedByAndAndStopsAtASubtitle() {
    assertThat(events("Expert Meeting on Mainstreaming Gender in Trade Policy and Public Symposium on the Global Economic Crisis and Development – The Way Forward"))
        .containsExactly(
            "Expert Meeting on Mainstreaming Gender in Trade Policy / meeting",
            "Public Symposium on the Global Economic Crisis and Development / conference");
  }

  @Test
  void findsANameBeforeALowerCaseHeadAndATitleAfterEntitled() {
    assertThat(events("GIC participated in the Delivering as One on Gender Equality and Women’s Empowerment retreat, held in Hanoi."))
        .containsExactly("Delivering as One on Gender Equality and Women’s Empowerment retreat / meeting");
    assertThat(events("The Unit participated in the CARITAS global conference on migration."))
        .containsExactly("CARITAS global conference / conference");
    assertThat(events("They organized the interactive panel entitled: Political Will at the Centre of Achieving Zero Tolerance."))
        .containsExactly("Political Will at the Centre of Achieving Zero Tolerance / panel");
  }

  @Test
  void leavesAnaphoraAndGenericWordsAlone() {
    assertThat(events("During the Conference, the Director General spoke. The Conference gathered 50 leaders.")).isEmpty();
    assertThat(events("It was agreed that the Conclusions and Recommendations of the Conference would be brought to States.")).isEmpty();
    assertThat(events("Panel discussions covered two themes, and an IOM workshop was held in May.")).isEmpty();
    assertThat(events("Training")).isEmpty();
  }
}
