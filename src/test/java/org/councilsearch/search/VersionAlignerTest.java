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
}
