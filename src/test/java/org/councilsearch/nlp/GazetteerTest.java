package org.councilsearch.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.councilsearch.model.Organization;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();
  private static final String UN_WOMEN = "United Nations Entity for Gender Equality and the Empowerment of Women";

  @Test
  void findsAnAliasWhateverItsCaseSpacingOrHyphens() {
    for (String spelling : new String[] {"UN-Women", "UN Women", "un women", "UN\u2013Women", UN_WOMEN}) {
      assertThat(GAZETTEER.organization(spelling)).map(Organization::name).contains(UN_WOMEN);
    }
    assertThat(GAZETTEER.organization("Organisation internationale pour les migrations"))
        .map(Organization::acronym)
        .contains("IOM");
    assertThat(GAZETTEER.organization("OIM")).map(Organization::acronym).contains("IOM");
    assertThat(GAZETTEER.organization("the Organization")).map(Organization::acronym).contains("IOM");
    assertThat(GAZETTEER.organization("Organization for Security and Cooperation in Europe"))
        .map(Organization::acronym)
        .contains("OSCE");
    assertThat(GAZETTEER.organization("Geneva Human Rights Office"))
        .map(Organization::name)
        .contains("Geneva Cantonal Office for Human Rights");
  }

  @Test
  void knowsEveryAliasOfUnWomen() {
    Organization unWomen = GAZETTEER.organization("UN-Women").orElseThrow();
    assertThat(unWomen.acronym()).isEqualTo("UN-Women");
    assertThat(unWomen.aliases()).contains("UN Women");
  }

  @Test
  void translatesBetweenAcronymAndName() {
    assertThat(GAZETTEER.nameOf("UNFPA")).contains("United Nations Population Fund");
    assertThat(GAZETTEER.acronymOf("Inter-Parliamentary Union")).contains("IPU");
    assertThat(GAZETTEER.acronymOf("Tostan")).isEmpty();
    assertThat(GAZETTEER.nameOf("Michelle Bachelet")).isEmpty();
  }

  @Test
  void unWomenReplacedFourBodies() {
    assertThat(GAZETTEER.predecessors("UN Women"))
        .extracting(Organization::acronym)
        .containsExactly("UNIFEM", "INSTRAW", "OSAGI", "DAW");
    assertThat(GAZETTEER.predecessors("UN-Women"))
        .extracting(Organization::aliases)
        .anySatisfy(aliases -> assertThat(aliases).contains("UN-INSTRAW"));
    assertThat(GAZETTEER.successors("UNIFEM")).extracting(Organization::acronym).containsExactly("UN-Women");
    assertThat(GAZETTEER.successors("UN-INSTRAW")).extracting(Organization::acronym).containsExactly("UN-Women");
  }

  @Test
  void iomsGenderUnitIsAChainOfThreeBodies() {
    assertThat(GAZETTEER.successors("WGGI"))
        .extracting(Organization::name)
        .containsExactly("Gender Issues Coordination", "Gender Coordination Unit");
    assertThat(GAZETTEER.predecessors("Gender Coordination Unit"))
        .extracting(Organization::name)
        .containsExactly("Gender Issues Coordination", "Working Group on Gender Issues");
    assertThat(GAZETTEER.organization("WGFI")).map(Organization::acronym).contains("WGGI");
    assertThat(GAZETTEER.organization("the Unit")).map(Organization::name).contains("Gender Coordination Unit");
  }

  @Test
  void placesAndPeopleAreNeverOrganizations() {
    assertThat(GAZETTEER.organization("Geneva")).isEmpty();
    assertThat(GAZETTEER.organization("Switzerland")).isEmpty();
    assertThat(GAZETTEER.place("Vietnam")).contains("Viet Nam");
    assertThat(GAZETTEER.place("St. Lucia")).contains("Saint Lucia");
    assertThat(GAZETTEER.placeType("Haifa")).contains("city");
    assertThat(GAZETTEER.places()).contains("Geneva", "Israel").doesNotContain("Europe");
    assertThat(GAZETTEER.personTitles()).contains("Ms.", "Mr.");
  }

  @Test
  void coversEveryOrganizationOfTheCorpus() {
    String[] corpus = {
      "IOM", "Office of Legal Affairs", "Occupational Health Unit", "Office of the Ombudsman",
      "Staff Association Committee", "Emergency and Post-Crisis Unit", "ILO", "UNFPA", "WHO", "UNICEF",
      "United Nations Development Programme", "United Nations Conference on Trade and Development",
      "United Nations Volunteers programme", "United Nations Office of the High Commissioner for Human Rights",
      "PAHO", "UNAIDS", "FAO", "IPU", "IAC", "OSCE", "IASC", "Inter-Agency Network on Women and Gender Equality",
      "Committee on the Elimination of Discrimination against Women", "Council of Europe",
      "Parliamentary Assembly of the Council of Europe", "Oxfam Novib", "Tostan", "GTZ", "MASHAV",
      "Golda Meir Mount Carmel International Training Center", "Geneva Cantonal Office for Human Rights",
      "Geneva Museum of Ethnography", "Joint Migration and Development Initiative",
      "Global Forum on Migration and Development", "ECOWAS", "NEPAD", "Tunisian Solidarity Bank",
      "Directorate of Special Operations", "CARITAS", "African Union", "Global Migration Group",
      "Human Rights Council", "Commission on the Status of Women", "Committee on the Rights of the Child",
      "Consortium for Applied Research on International Migration", "LifeLine Southern Africa",
      "Women's Federation for World Peace International", "Center for International Migration and Integration",
      "Swiss Committee for the United Nations Children’s Fund", "Human Resources Management Division",
      "World Bank", "European Union", "OECD", "International Committee of the Red Cross"
    };
    for (String name : corpus) {
      assertThat(GAZETTEER.organization(name)).as(name).isPresent();
    }
  }

  @Test
  void theseAreIomsPapers() {
    assertThat(GAZETTEER.house()).map(Organization::acronym).contains("IOM");
  }

  @Test
  void refusesASpellingThatNamesTwoEntities() {
    String json =
        "{\"organizations\": [{\"name\": \"Alpha\", \"aliases\": [\"AB\"]}, {\"name\": \"Beta\", \"aliases\": [\"A-B\"]}]}";
    assertThatThrownBy(() -> Gazetteer.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Alpha")
        .hasMessageContaining("Beta");
  }
}
