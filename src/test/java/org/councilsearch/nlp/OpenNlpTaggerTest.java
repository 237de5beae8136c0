package org.councilsearch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.councilsearch.model.DateSpan;
import org.councilsearch.model.Entities;
import org.councilsearch.model.Event;
import org.councilsearch.model.Organization;
import org.councilsearch.model.Paper;
import org.councilsearch.model.PaperMetadata;
import org.councilsearch.model.Passage;
import org.councilsearch.model.PassageKind;
import org.junit.jupiter.api.Test;

/** The tagger on passages copied from the corpus papers, built by hand so that these tests do not depend on ingest. */
class OpenNlpTaggerTest {
  static final Gazetteer GAZETTEER = Gazetteer.load();
  static final OpenNlpTagger TAGGER = new OpenNlpTagger(NlpModels.load(), GAZETTEER, new DateFinder());
  private static final String UN_WOMEN = "United Nations Entity for Gender Equality and the Empowerment of Women";

  static final String FGM_2009 =
      "In Geneva, on 6 February 2009, GIC marked the sixth International Day of Zero Tolerance for Female"
          + " Genital Mutilation by jointly organizing for the second year running, with the Inter-African"
          + " Committee on Traditional Practices Affecting the Health of Women and Children (IAC), the"
          + " Inter-Parliamentary Union (IPU) and the Geneva Cantonal Office for Human Rights, the interactive"
          + " panel entitled: Political Will at the Centre of Achieving Zero Tolerance to Female Genital"
          + " Mutilation. Panel discussions covered two themes: (i) building national frameworks to end female"
          + " genital mutilation, with panellists including representatives of Norway, Egypt, Guinea, Burkina"
          + " Faso and Switzerland; and (ii) on enforcing change: the role of political leaders, which included"
          + " presentations from IPU, IOM, the United Nations Population Fund, the World Health Organization"
          + " and the IAC. Plans are ongoing for similar events in 2010 in cooperation with the Geneva Museum of"
          + " Ethnography. The report of the 2008 event has been jointly published by all the partners and"
          + " widely disseminated among key stakeholders.";

  static Paper paper(String id, int year) {
    return new Paper(id, id + ".txt", "text/plain", new PaperMetadata("GENDER COORDINATION REPORT " + year, year, null, null, null, null, null), "");
  }

  /** Passages of one paper: each argument is "heading > heading | text", or just the text. */
  static List<Passage> passages(String paperId, String... specs) {
    List<Passage> out = new ArrayList<>();
    for (String spec : specs) {
      int bar = spec.indexOf(" | ");
      List<String> section = bar < 0 ? List.of() : List.of(spec.substring(0, bar).split(" > "));
      String text = bar < 0 ? spec : spec.substring(bar + 3);
      out.add(new Passage(paperId + "-" + out.size(), paperId, out.size(), String.valueOf(out.size() + 1), PassageKind.PARAGRAPH, section, text));
    }
    return out;
  }

  static List<Entities> tag(String paperId, int year, String... specs) {
    List<Passage> passages = passages(paperId, specs);
    List<Entities> entities = TAGGER.tag(paper(paperId, year), passages);
    assertThat(entities).hasSameSizeAs(passages);
    return entities;
  }

  static List<String> names(Entities entities) {
    return entities.organizations().stream().map(Organization::name).toList();
  }

  @Test
  void tagsThePanelOnFemaleGenitalMutilationOf2009() {
    Entities e =
        tag("p2009", 2009, "I. AWARENESS-RAISING ACTIVITIES ON GENDER AND MIGRATION > Addressing female genital mutilation in the context of migration > Panel discussion | " + FGM_2009)
            .get(0);

    assertThat(names(e))
        .contains(
            "Inter-African Committee on Traditional Practices Affecting the Health of Women and Children",
            "Inter-Parliamentary Union",
            "Geneva Cantonal Office for Human Rights",
            "International Organization for Migration",
            "United Nations Population Fund",
            "World Health Organization",
            "Geneva Museum of Ethnography",
            "Gender Issues Coordination")
        .doesNotHaveDuplicates()
        .doesNotContain("Geneva", "Norway");
    assertThat(e.organizations())
        .filteredOn(o -> o.name().equals("United Nations Population Fund"))
        .singleElement()
        .satisfies(o -> assertThat(o.acronym()).isEqualTo("UNFPA"));
    assertThat(e.organizations())
        .filteredOn(o -> o.name().startsWith("Inter-African"))
        .singleElement()
        .satisfies(o -> assertThat(o.acronym()).isEqualTo("IAC"));
    assertThat(e.dates()).extracting(DateSpan::start).contains(LocalDate.of(2009, 2, 6));
    assertThat(e.places()).contains("Geneva", "Norway", "Egypt", "Guinea", "Burkina Faso", "Switzerland");
    assertThat(e.people()).isEmpty();

    Event day =
        e.events().stream().filter(ev -> ev.name().equals("International Day of Zero Tolerance for Female Genital Mutilation")).findFirst().orElseThrow();
    assertThat(day.type()).isEqualTo("day");
    assertThat(day.start()).isEqualTo(LocalDate.of(2009, 2, 6));
    assertThat(day.end()).isEqualTo(LocalDate.of(2009, 2, 6));
    assertThat(day.place()).isEqualTo("Geneva");
    assertThat(day.organizations())
        .contains("Gender Issues Coordination", "Inter-Parliamentary Union", "Geneva Cantonal Office for Human Rights");
  }

  @Test
  void resolvesEverySpellingOfUnWomenToOneEntity() {
    List<Entities> entities =
        tag(
            "p2011",
            2011,
            "II. AWARENESS-RAISING ACTIVITIES > Protecting women migrant domestic workers | In collaboration with UN-Women and the"
                + " European Commission–United Nations Joint Migration and Development Initiative, the Unit organized an"
                + " e-discussion on \"Domestic workers count too\", launched on 8 March 2011.",
            "III. INTER-AGENCY INVOLVEMENT > UN-Women | On two occasions, in November 2010 and July 2011, the Unit took part in"
                + " informal briefings with the Under-Secretary-General of UN-Women, Ms. Michelle Bachelet, to discuss"
                + " respective mandates and possible synergies and avenues for collaboration.",
            "The Gender Coordination Unit continued to be an active member of the Inter-Agency Network on Women and"
                + " Gender Equality; it met UN Women and the United Nations Entity for Gender Equality and the Empowerment of"
                + " Women twice.");
    for (Entities e : entities) {
      assertThat(e.organizations()).filteredOn(o -> o.name().equals(UN_WOMEN)).singleElement()
          .satisfies(o -> assertThat(o.acronym()).isEqualTo("UN-Women"));
    }
    // "UN Women" is the acronym spelled without its hyphen, so no alias of its own.
    assertThat(entities.get(2).organizations()).filteredOn(o -> o.name().equals(UN_WOMEN)).singleElement()
        .satisfies(o -> assertThat(o.aliases()).isEmpty());
    assertThat(names(entities.get(0))).contains("EC-UN Joint Migration and Development Initiative", "Gender Coordination Unit");
  }

  @Test
  void michelleBacheletIsAPersonAndNoOrganization() {
    Entities e =
        tag(
                "p2011",
                2011,
                "During the Conference, IOM co-hosted a special event chaired by the IOM Director General and the"
                    + " Under-Secretary-General of UN-Women, Ms. Michelle Bachelet, on \"Integrating migration and"
                    + " remittances into LDC national and regional development planning\".")
            .get(0);
    assertThat(e.people()).containsExactly("Michelle Bachelet");
    assertThat(names(e)).containsExactly("International Organization for Migration", UN_WOMEN);
  }

  @Test
  void peopleWithAndWithoutTitlesAreNeverOrganizations() {
    List<Entities> entities =
        tag(
            "p2009",
            2009,
            "At the request of the United Nations Special Rapporteur on the right to education, Mr. Muñoz Villalobos,"
                + " GIC is contributing to the preparation of his report.",
            "The Unit, in collaboration with the IOM Office in the United Kingdom, facilitated the visit to the United"
                + " Kingdom of Ms. Pernille Frahm, Rapporteur of the Committee on Migration, Refugees and Population of"
                + " the Parliamentary Assembly of the Council of Europe.",
            "Laurent de Boeck, Chief of Mission in Cairo, presented the regional strategy to the donors.");
    assertThat(entities.get(0).people()).containsExactly("Muñoz Villalobos");
    assertThat(entities.get(1).people()).containsExactly("Pernille Frahm");
    assertThat(entities.get(2).people()).containsExactly("Laurent de Boeck");
    assertThat(entities.get(2).places()).containsExactly("Cairo");
    for (Entities e : entities) {
      assertThat(names(e)).noneMatch(n -> n.contains("Villalobos") || n.contains("Frahm") || n.contains("Boeck"));
    }
    assertThat(names(entities.get(1)))
        .contains("Committee on Migration, Refugees and Population", "Parliamentary Assembly of the Council of Europe");
  }

  @Test
  void resolvesTheFundForWomenToUnifemAPredecessorOfUnWomen() {
    Entities e =
        tag(
                "p2009",
                2009,
                "The objective of the retreat, organized by the Resident Coordinator Office in Viet Nam and the United"
                    + " Nations Development Fund for Women, was to assess coherence and effectiveness on delivering as one"
                    + " on gender.")
            .get(0);
    Organization unifem = e.organizations().stream().filter(o -> "UNIFEM".equals(o.acronym())).findFirst().orElseThrow();
    assertThat(unifem.name()).isEqualTo("United Nations Development Fund for Women");
    assertThat(GAZETTEER.predecessors("UN-Women")).extracting(Organization::name).contains(unifem.name());
  }

  @Test
  void anAcronymDefinedEarlierInThePaperResolvesLaterOnes() {
    List<Entities> entities =
        tag(
            "p2013",
            2013,
            "The Unit presented its study at the Centre for Migration Studies (CMS) of the University of Ghana.",
            "Some other paragraph in between.",
            "CMS researchers interviewed 300 returnees in 2013.");
    assertThat(entities.get(2).organizations()).singleElement().satisfies(cms -> {
      assertThat(cms.name()).isEqualTo("Centre for Migration Studies");
      assertThat(cms.acronym()).isEqualTo("CMS");
      assertThat(cms.aliases()).isEmpty();
    });
    assertThat(names(entities.get(0))).contains("Centre for Migration Studies");
    // Without the definition, the bare acronym is nobody.
    assertThat(tag("p2014", 2014, "CMS researchers interviewed 300 returnees.").get(0).organizations()).isEmpty();
  }

  @Test
  void contextualPhrasesStandForTheOrganizationOnlyWhereItIsNamed() {
    List<Entities> named =
        tag(
            "p2011",
            2011,
            "The Gender Coordination Unit continued its work.",
            "In 2011, the Unit contributed to discussions; gender balance within the Organization improved.",
            "The WGGI participated in the organization of a half-day workshop.");
    assertThat(names(named.get(1))).containsExactly("Gender Coordination Unit", "International Organization for Migration");
    assertThat(named.get(1).organizations().get(0).aliases()).containsExactly("the Unit");
    // "the organization of a workshop" is no organization.
    assertThat(names(named.get(2))).containsExactly("Working Group on Gender Issues");

    // "the Unit" needs the paper to name the Gender Coordination Unit; "the Organization" is IOM in every paper.
    List<Entities> unnamed = tag("p2003", 2003, "In 2003, the Unit met twice at the Organization's headquarters.");
    assertThat(names(unnamed.get(0))).containsExactly("International Organization for Migration");
  }

  @Test
  void anEventNamedInAHeadingBelongsToEveryPassageBeneathIt() {
    String heading = "I. AWARENESS-RAISING ACTIVITIES > Capacity Building Workshop for Women Leaders of Diaspora Associations";
    List<Entities> entities =
        tag(
            "p2009",
            2009,
            heading + " | GIC is organizing this workshop in collaboration with the Golda Meir Mount Carmel International"
                + " Training Center, the Ministry of Foreign Affairs Center for International Cooperation (MASHAV), the"
                + " Center for International Migration and Integration, and the Deutsche Gesellschaft fur Technische"
                + " Zusammenarbeit (GTZ). This ten-day workshop that will take place in Haifa, Israel, from 16 to 26"
                + " November 2009 aims to strengthen the capacity of migrant women.",
            heading + " | Participants will come from twelve countries.",
            "I. AWARENESS-RAISING ACTIVITIES > Tostan | Tostan is an international NGO based in Senegal.");
    for (Entities e : entities.subList(0, 2)) {
      assertThat(e.events()).singleElement().satisfies(event -> {
        assertThat(event.name()).isEqualTo("Capacity Building Workshop for Women Leaders of Diaspora Associations");
        assertThat(event.type()).isEqualTo("workshop");
        assertThat(event.start()).isEqualTo(LocalDate.of(2009, 11, 16));
        assertThat(event.end()).isEqualTo(LocalDate.of(2009, 11, 26));
        assertThat(event.place()).isEqualTo("Haifa");
        assertThat(event.organizations())
            .contains("Gender Issues Coordination", "Golda Meir Mount Carmel International Training Center",
                "Ministry of Foreign Affairs Center for International Cooperation", "Deutsche Gesellschaft für Technische Zusammenarbeit");
      });
    }
    assertThat(entities.get(2).events()).isEmpty();
    assertThat(names(entities.get(0))).contains("Deutsche Gesellschaft für Technische Zusammenarbeit");
  }

  @Test
  void datesEachOfTwoEventsInOneSentenceByTheDateThatFollowsIt() {
    Entities e =
        tag(
                "p2009",
                2009,
                "GIC participated in two events organized by the United Nations Conference on Trade and Development:"
                    + " the Expert Meeting on Mainstreaming Gender in Trade Policy, held on 10 and 11 March 2009, and the"
                    + " Public Symposium on the Global Economic Crisis and Development – The Way Forward, held on 18 and"
                    + " 19 May 2009.")
            .get(0);
    assertThat(e.events()).extracting(Event::name, Event::start, Event::end)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Expert Meeting on Mainstreaming Gender in Trade Policy", LocalDate.of(2009, 3, 10), LocalDate.of(2009, 3, 11)),
            org.assertj.core.groups.Tuple.tuple("Public Symposium on the Global Economic Crisis and Development", LocalDate.of(2009, 5, 18), LocalDate.of(2009, 5, 19)));
    assertThat(e.events()).allSatisfy(ev -> assertThat(ev.organizations()).contains("United Nations Conference on Trade and Development"));
    // UNCTAD's name has the shape of an event, but it is an organization.
    assertThat(names(e)).contains("United Nations Conference on Trade and Development");
  }

  @Test
  void readsTheAcronymOfAnOrganizationInsideAnEventName() {
    List<Entities> entities =
        tag(
            "p2009",
            2009,
            "I. AWARENESS > Seventeenth OSCE Economic and Environmental Forum | GIC participated in the second and"
                + " concluding parts of the Seventeenth Organization for Security and Co-operation in Europe (OSCE)"
                + " Economic and Environmental Forum: \u201cMigration management and its linkages\u201d, held in Athens on"
                + " 18 to 20 May 2009.");
    assertThat(entities.get(0).events()).singleElement().satisfies(event -> {
      assertThat(event.name()).isEqualTo("Seventeenth OSCE Economic and Environmental Forum");
      assertThat(event.type()).isEqualTo("forum");
      assertThat(event.place()).isEqualTo("Athens");
      assertThat(event.start()).isEqualTo(LocalDate.of(2009, 5, 18));
      assertThat(event.organizations()).contains("Organization for Security and Co-operation in Europe", "Gender Issues Coordination");
    });
  }

  @Test
  void listsAreDeduplicatedAndInOrderOfFirstMention() {
    Entities e =
        tag("p2009", 2009, "IOM, the ILO and IOM again met in Geneva, then in Geneva and in Bonn; the ILO and UNFPA signed.").get(0);
    assertThat(names(e)).containsExactly("International Organization for Migration", "International Labour Organization", "United Nations Population Fund");
    assertThat(e.places()).containsExactly("Geneva", "Bonn");
  }

  @Test
  void tagsNothingInAnEmptyPaperOrAnEmptyPassage() {
    assertThat(TAGGER.tag(paper("p", 2009), List.of())).isEmpty();
    assertThat(tag("p", 2009, " ")).containsExactly(Entities.NONE);
  }

  @Test
  void the_organization_is_the_papers_own_and_a_cited_symbol_is_no_organization() {
    Paper ilo = new Paper("gb", "gb.txt", "text/plain", new PaperMetadata("Report of the Director-General", 2014, "GB.320/INS/5", "320th Session", "International Labour Organization", null, null), "");
    List<Passage> passages = passages("gb", "The Organization reported to the Standing Committee (EC/67/SC/CRP.10) on its work.");
    List<Entities> entities = TAGGER.tag(ilo, passages);
    assertThat(names(entities.get(0))).containsExactly("International Labour Organization");

    List<Entities> iom = tag("p", 2014, "The Organization reported on its work with the European Commission.");
    assertThat(names(iom.get(0))).containsExactly("International Organization for Migration", "European Commission");
  }
}
