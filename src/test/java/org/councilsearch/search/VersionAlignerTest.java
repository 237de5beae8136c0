package org.councilsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.councilsearch.model.Paper;
import org.councilsearch.model.PaperMetadata;
import org.councilsearch.model.PaperVersion;
import org.councilsearch.model.ParagraphVersion;
import org.councilsearch.model.Passage;
import org.councilsearch.model.PassageKind;
import org.junit.jupiter.api.Test;

class VersionAlignerTest {
  private final VersionAligner aligner = new VersionAligner();

  /** A paper whose passages carry these numbers (null for a heading) and texts. */
  private static VersionAligner.Source paper(String id, String symbol, String language, String... numberAndText) {
    Paper paper =
        new Paper(id, id + ".txt", "text/plain", new PaperMetadata("T", 2010, symbol, null, null, null, null), "h");
    List<Passage> passages = new ArrayList<>();
    for (int i = 0; i < numberAndText.length; i += 2) {
      String number = numberAndText[i];
      passages.add(
          new Passage(
              id + "-" + (i / 2),
              id,
              i / 2,
              number,
              number == null ? PassageKind.TEXT : PassageKind.PARAGRAPH,
              List.of(),
              numberAndText[i + 1]));
    }
    return new VersionAligner.Source(paper, language, passages);
  }

  private static String words(int n, String fill) {
    return (fill + " ").repeat(n).strip();
  }

  @Test
  void symbols_meet_up_to_a_language_suffix() {
    assertThat(VersionAligner.symbolKey("MC/2346-F")).isEqualTo("MC/2346");
    assertThat(VersionAligner.symbolKey("mc/2346 (S)")).isEqualTo("MC/2346");
    assertThat(VersionAligner.symbolKey("CL  150/3-E")).isEqualTo("CL 150/3");
    assertThat(VersionAligner.symbolKey("GB.320/INS/5")).isEqualTo("GB.320/INS/5");
    assertThat(VersionAligner.symbolKey("A/64/588")).isEqualTo("A/64/588");
    assertThat(VersionAligner.symbolKey(" ")).isNull();
  }

  @Test
  void one_symbol_printed_differently_in_each_version_has_one_key() {
    assertThat(VersionAligner.symbolKey("EC/72/SC/CRP.9/Rév.1")).isEqualTo(VersionAligner.symbolKey("EC/72/SC/CRP.9/Rev.1"));
    assertThat(VersionAligner.symbolKey("WFP / EB.2 / 2019 / 5\u2013C")).isEqualTo("WFP/EB.2/2019/5-C");
    assertThat(VersionAligner.symbolKey("MC/2521 (F)")).isEqualTo("MC/2521");
    assertThat(VersionAligner.symbolKey("CWG-FHR 14/3\u2013F")).isEqualTo("CWG-FHR 14/3");
    assertThat(VersionAligner.symbolKey("212 EX/9")).isNotEqualTo(VersionAligner.symbolKey("211 EX/9"));
  }

  @Test
  void three_versions_link_paragraph_by_paragraph_when_their_numbering_agrees() {
    VersionLinks links =
        aligner.link(
            List.of(
                paper("en", "MC/1", "en", null, "Report", "1", "In 2009 the Council met.", "2", "It adopted the plan."),
                paper("fr", "MC/1-F", "fr", null, "Rapport", "1", "En 2009 le Conseil s'est réuni.", "2", "Il a adopté le plan."),
                paper("es", "MC/1-S", "es", null, "Informe", "1", "En 2009 el Consejo se reunió.", "2", "Aprobó el plan."),
                paper("solo", "MC/2", "fr", "1", "Un seul texte.")));

    assertThat(links.paperVersions("en"))
        .containsExactly(new PaperVersion("es", "es"), new PaperVersion("fr", "fr"));
    assertThat(links.passageVersions("en-2"))
        .containsExactly(new ParagraphVersion("es-2", "es", "es", "2"), new ParagraphVersion("fr-2", "fr", "fr", "2"));
    assertThat(links.passageVersions("fr-0")).extracting(ParagraphVersion::id).containsExactly("en-0", "es-0");
    assertThat(links.paperVersions("solo")).isEmpty();
    assertThat(links.passageVersions("solo-0")).isEmpty();
    assertThat(links.notes("en")).isEmpty();
    assertThat(links.disagreements()).isEmpty();
    assertThat(links.groups()).isEqualTo(1);
    assertThat(links.papersWithVersionIn("es")).containsExactlyInAnyOrder("en", "fr", "es");
  }

  @Test
  void a_paragraph_split_in_two_is_said_and_the_paragraphs_after_it_are_linked_by_content() {
    VersionLinks links =
        aligner.link(
            List.of(
                paper(
                    "en", "C/7", "en",
                    "1", words(30, "alpha") + " 1998",
                    "2", words(60, "beta") + " 2004 and 2005",
                    "3", words(20, "gamma") + " 12 million",
                    "4", words(40, "delta") + " 2011"),
                paper(
                    "fr", "C/7", "fr",
                    "1", words(33, "alpha") + " 1998",
                    "2", words(32, "beta") + " 2004",
                    "3", words(33, "beta") + " 2005",
                    "4", words(22, "gamma") + " 12 millions",
                    "5", words(44, "delta") + " 2011")));

    assertThat(links.passageVersions("en-0")).extracting(ParagraphVersion::id).containsExactly("fr-0");
    assertThat(links.passageVersions("en-1")).extracting(ParagraphVersion::id).containsExactly("fr-1");
    assertThat(links.passageVersions("fr-2")).extracting(ParagraphVersion::id).containsExactly("en-1");
    assertThat(links.passageVersions("en-2")).extracting(ParagraphVersion::paragraph).containsExactly("4");
    assertThat(links.passageVersions("en-3")).extracting(ParagraphVersion::paragraph).containsExactly("5");
    assertThat(links.notes("en"))
        .containsExactly(
            "numbering differs from the French version: ¶2 is ¶2–3 there; ¶3–4 are ¶4–5 there"
                + " (other paragraphs are linked by content)");
    assertThat(links.notes("fr")).singleElement().asString().startsWith("numbering differs from the English version: ¶2–3 is ¶2 there");
  }

  @Test
  void two_papers_of_one_language_under_one_symbol_are_not_linked() {
    VersionLinks links =
        aligner.link(
            List.of(
                paper("a", "X/1", "en", "1", "One."),
                paper("b", "X/1", "en", "1", "One, revised."),
                paper("c", "X/1-F", "fr", "1", "Un.")));

    assertThat(links.paperVersions("c")).isEmpty();
    assertThat(links.notes("a")).containsExactly("not linked to its other language versions: 2 papers in English share the symbol X/1");
  }

  @Test
  void a_paragraph_a_version_adds_is_left_unlinked_and_the_paragraphs_after_it_follow_their_figures() {
    VersionLinks links =
        aligner.link(
            List.of(
                paper("en", "MC/9", "en",
                    "1", "At 30 September 2019, outstanding assessed contributions to the Administrative Part of the Budget"
                        + " of the Organization amounted to 4.2 million Swiss francs.",
                    "2", "Eleven Member States were subject to Article 4 of the Constitution, two fewer than at the same date in 2018.",
                    "3", "Three Member States concluded payment plans with the Administration in the first half of 2019.",
                    "4", "The Council is invited to urge Member States in arrears to settle their contributions in full."),
                paper("fr", "MC/9 (F)", "fr",
                    "1", "Au 30 septembre 2019, les contributions assignées non acquittées à la partie administrative du budget"
                        + " de l'Organisation s'élevaient à 4,2 millions de francs suisses.",
                    "2", "Onze États Membres relevaient de l'article 4 de la Constitution, soit deux de moins qu'à la même date en 2018.",
                    "3", "Le présent rapport est également publié en anglais et en espagnol ; en cas de divergence, la version"
                        + " originale fait foi.",
                    "4", "Trois États Membres ont conclu un plan de remboursement avec l'Administration au premier semestre 2019.",
                    "5", "Le Conseil est invité à exhorter les États Membres redevables d'arriérés à s'acquitter intégralement"
                        + " de leurs contributions.")));

    assertThat(links.passageVersions("en-1")).extracting(ParagraphVersion::paragraph).containsExactly("2");
    assertThat(links.passageVersions("fr-2")).isEmpty();
    assertThat(links.passageVersions("en-2")).extracting(ParagraphVersion::paragraph).containsExactly("4");
    assertThat(links.notes("fr")).singleElement().asString().contains("¶3 has no match there");
  }

  @Test
  void a_version_that_prints_no_symbol_is_linked_by_its_figures_and_not_to_another_paper_of_its_session() {
    VersionLinks links =
        aligner.link(
            List.of(
                paper("plan", "CE166/8", "en",
                    "1", "The plan covered 2018-2020 and set a target of 70 per cent in 23 countries.",
                    "2", "With support, 17 countries introduced screening.",
                    "3", "Coverage reached 58 per cent of girls in 2019."),
                paper("other", "CE166/9", "en",
                    "1", "Six countries limited trans-fatty acids since 2020.",
                    "2", "Eleven countries drafted regulations and 240 inspectors were trained in 2019.",
                    "3", "The Committee is invited to take note."),
                paper("plan-es", null, "es",
                    "1", "El plan abarcó 2018-2020 y fijó la meta del 70 % en 23 países.",
                    "2", "Con apoyo, 17 países introdujeron el tamizaje.",
                    "3", "La cobertura alcanzó al 58 % de las niñas en 2019."),
                paper("lone-fr", null, "fr",
                    "1", "Le Comité s'est réuni en 2019.",
                    "2", "Il a pris note du rapport.")));

    assertThat(links.paperVersions("plan")).containsExactly(new PaperVersion("plan-es", "es"));
    assertThat(links.passageVersions("plan-es-2")).extracting(ParagraphVersion::id).containsExactly("plan-2");
    assertThat(links.paperVersions("other")).isEmpty();
    assertThat(links.paperVersions("lone-fr")).isEmpty();
    assertThat(links.notes("plan-es"))
        .containsExactly("prints no symbol: linked to the English version CE166/8 by its year and the figures its paragraphs share");
  }
}
