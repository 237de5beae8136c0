package org.councilsearch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventFinderTest {
  private static final TextAnalyzer ANALYZER = new TextAnalyzer(NlpModels.loadWithoutNameFinder());
  private static final EventFinder FINDER = new EventFinder(new QuotedTitles());

  private static List<String> events(String text) {
    List<String> out = new ArrayList<>();
    for (Sentence sentence : ANALYZER.analyze(text)) {
      WordView view = WordView.of(text, sentence.tokens());
      for (EventFinder.Found found : FINDER.find(view)) {
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
  void findsAQuotedTitleAfterAnEventNoun() {
    assertThat(events("The Unit took part in a round-table on “Women on the Move: Rights and Risks” in Vienna."))
        .containsExactly("Women on the Move: Rights and Risks / meeting");
    assertThat(events("The Office moderated an e-discussion on \"Care Work Across Borders\" in June."))
        .containsExactly("Care Work Across Borders / event");
    assertThat(events("Staff joined a working lunch on “Migrant Nurses and Decent Work” and a webinar on “Safe Recruitment Now”."))
        .containsExactly("Migrant Nurses and Decent Work / meeting", "Safe Recruitment Now / event");
  }

  @Test
  void findsAQuotedTitleAfterAParticipleClause() {
    assertThat(events("IOM organized a two-day seminar, hosted by the Ministry of Labour, on “Safe Migration for Domestic Workers” in May."))
        .containsExactly("Safe Migration for Domestic Workers / workshop");
    assertThat(events("The Unit co-hosted a side event chaired by the Deputy Director General and the Special Adviser, Ms. Anna Berg, on “Women in Transit”."))
        .containsExactly("Women in Transit / event");
  }

  @Test
  void namesADescribedEventByItsTitleOnly() {
    assertThat(events("Staff attended the ICMC annual conference on “Families on the Move” in Brussels."))
        .containsExactly("Families on the Move / conference");
  }

  @Test
  void leavesThemesAndTitlesOfOtherThingsAlone() {
    assertThat(events("The Director General spoke at a debate on the theme of “Women in War and Reconstruction”.")).isEmpty();
    assertThat(events("The Unit published a study on “Remittances in Colombia from a Gender Perspective”.")).isEmpty();
    assertThat(events("A speaker gave a presentation on “Breaking the Glass Ceiling” to staff.")).isEmpty();
    assertThat(events("The workshop on “what works” for returnees was well attended.")).isEmpty();
    assertThat(events("A report, published by the Unit, on “Gender and Return” was shared.")).isEmpty();
  }

  @Test
  void findsANameBeforeALowerCaseTrainingOrSegment() {
    assertThat(events("Ten staff attended the Project Management Essentials training in Bangkok."))
        .containsExactly("Project Management Essentials training / training");
    assertThat(events("IOM spoke during the General Assembly high-level segment in New York."))
        .containsExactly("General Assembly high-level segment / meeting");
    assertThat(events("An IOM training was held for staff in Nairobi.")).isEmpty();
  }

  @Test
  void leavesAnaphoraAndGenericWordsAlone() {
    assertThat(events("During the Conference, the Director General spoke. The Conference gathered 50 leaders.")).isEmpty();
    assertThat(events("It was agreed that the Conclusions and Recommendations of the Conference would be brought to States.")).isEmpty();
    assertThat(events("Panel discussions covered two themes, and an IOM workshop was held in May.")).isEmpty();
    assertThat(events("Training")).isEmpty();
  }
}
