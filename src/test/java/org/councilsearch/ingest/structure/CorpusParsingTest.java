package org.councilsearch.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilsearch.model.PassageKind.ANNEX_ITEM;
import static org.councilsearch.model.PassageKind.ITEM;
import static org.councilsearch.model.PassageKind.PARAGRAPH;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.councilsearch.eval.RunOnCopy;
import org.councilsearch.model.DateSpan;
import org.councilsearch.model.PaperMetadata;
import org.councilsearch.model.PassageKind;
import org.councilsearch.nlp.LineRoleModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parses the five real papers of the bundled corpus and checks what a reader would notice. */
class CorpusParsingTest {
  private static final Path CORPUS = Path.of("corpus");
  private static final PaperParser PARSER = new PaperParser(LineRoleModel.shipped());

  private static final String REPORT_2009 = "000_4e715c5eda85927c.txt";
  private static final String REPORT_2011 = "001_cedc7a1f39cda02c.txt";
  private static final String REPORT_2012 = "002_9ed3d41a67c1374e.txt";
  private static final String WGGI_2003 = "003_c199febe08e1a6b0.txt";
  private static final String WGGI_2005 = "004_38af1ad5968c2c51.txt";

  private static final String WGGI_TITLE =
      "Report by the Working Group on Gender Issues on Gender Mainstreaming in the Organization";

  static Stream<String> papers() {
    return Stream.of(REPORT_2009, REPORT_2011, REPORT_2012, WGGI_2003, WGGI_2005);
  }

  private static ParsedPaper parse(String file) {
    try {
      return PARSER.parse(Files.readString(CORPUS.resolve(file), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Segment paragraph(ParsedPaper paper, String number) {
    List<Segment> found =
        paper.segments().stream()
            .filter(s -> s.kind() == PARAGRAPH && number.equals(s.number()))
            .toList();
    assertThat(found).as("paragraph %s", number).hasSize(1);
    return found.get(0);
  }

  private static List<Segment> items(ParsedPaper paper, String number) {
    return paper.segments().stream()
        .filter(s -> s.kind() == ITEM && number.equals(s.number()))
        .toList();
  }

  private static Segment containing(ParsedPaper paper, String words) {
    List<Segment> found = paper.segments().stream().filter(s -> s.text().contains(words)).toList();
    assertThat(found).as("segments containing %s", words).hasSize(1);
    return found.get(0);
  }

  private static final String IOM = "International Organization for Migration";

  @Test
  void metadata_of_every_paper() {
    assertThat(parse(REPORT_2009).metadata())
        .isEqualTo(new PaperMetadata("Gender Coordination Report 2009", 2009, null, null, IOM, null, null));
    assertThat(parse(REPORT_2011).metadata())
        .isEqualTo(
            new PaperMetadata(
                "Gender Coordination Report 2011",
                2011,
                "CRP/36",
                "100th Session of the Council",
                IOM,
                "Geneva",
                new DateSpan("5–7 December 2011", LocalDate.of(2011, 12, 5), LocalDate.of(2011, 12, 7))));
    assertThat(parse(REPORT_2012).metadata())
        .isEqualTo(new PaperMetadata("Gender Coordination Report 2012", 2012, null, null, IOM, null, null));
    assertThat(parse(WGGI_2003).metadata()).isEqualTo(new PaperMetadata(WGGI_TITLE, 2003, null, null, IOM, null, null));
    assertThat(parse(WGGI_2005).metadata())
        .isEqualTo(
            new PaperMetadata(
                WGGI_TITLE,
                2005,
                "CRP/17",
                "90th Session of the Council",
                IOM,
                "Geneva",
                new DateSpan(
                    "29 November-2 December 2005", LocalDate.of(2005, 11, 29), LocalDate.of(2005, 12, 2))));
  }

  @ParameterizedTest
  @MethodSource("papers")
  void no_passage_keeps_markup_glyphs_or_line_breaks(String file) {
    ParsedPaper paper = parse(file);
    assertThat(paper.segments()).isNotEmpty();
    for (Segment s : paper.segments()) {
      assertThat(s.text())
          .as("%s: %s", file, s.text())
          .isNotBlank()
          .isEqualTo(s.text().strip())
          .doesNotContain("**", "###", "<sup>", "</sup>", "•", "½", "\uF0B7", "-\n", "\n", "  ", "’ s ")
          .doesNotContain("partici- pants", "partici-pants");
      for (String heading : s.section()) {
        assertThat(heading).as("%s heading", file).isNotBlank().doesNotContain("**", "#", "<sup>", "•", "\n", "  ");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("papers")
  void title_lines_and_header_are_not_passages_or_headings(String file) {
    ParsedPaper paper = parse(file);
    for (Segment s : paper.segments()) {
      assertThat(s.text()).doesNotStartWith("GENDER COORDINATION REPORT").doesNotContain("English only");
      assertThat(s.section()).noneMatch(h -> h.startsWith("REPORT BY") || h.startsWith("GENDER COORDINATION"));
    }
  }

  @Test
  void report_2009_has_all_32_paragraphs_in_order_with_their_first_words() {
    ParsedPaper paper = parse(REPORT_2009);
    List<String> firstWords =
        List.of(
            "In 2009, the", "In the course", "In order to", "In Geneva, on", "GIC is still",
            "The Swiss Committee", "GIC is organizing", "GIC participated in", "GIC participated in",
            "With the United", "GIC participated in", "GIC participated in", "GIC continued to",
            "In 2009, GIC", "GIC and the", "IOM uses the", "GIC participated in", "GIC actively took",
            "Tostan is an", "GIC participated in", "IOM and UN-INSTRAW", "IOM and the", "At the request",
            "In order to", "On 10 March", "On 9 March", "GIC has launched", "In 2009, GIC",
            "Building on the", "GIC regularly monitors", "This year, GIC", "In January 2009,");
    List<Segment> paragraphs = paper.segments().stream().filter(s -> s.kind() == PARAGRAPH).toList();
    assertThat(paragraphs).extracting(Segment::number)
        .containsExactlyElementsOf(Stream.iterate(1, i -> i + 1).limit(32).map(String::valueOf).toList());
    for (int i = 0; i < 32; i++) {
      assertThat(paragraphs.get(i).text()).as("paragraph %d", i + 1).startsWith(firstWords.get(i));
    }
  }

  @Test
  void report_2009_paragraph_4_reads_as_one_clean_paragraph() {
    Segment p4 = paragraph(parse(REPORT_2009), "4");
    assertThat(p4.text())
        .startsWith("In Geneva, on 6 February 2009, GIC marked the sixth International Day of Zero Tolerance")
        .contains("Inter-Parliamentary Union (IPU)")
        .endsWith("widely disseminated among key stakeholders.")
        .doesNotContain("\n");
    assertThat(p4.section())
        .containsExactly(
            "I. AWARENESS-RAISING ACTIVITIES ON GENDER AND MIGRATION",
            "Addressing female genital mutilation in the context of migration",
            "Panel discussion");
  }

  @Test
  void report_2009_section_paths() {
    ParsedPaper paper = parse(REPORT_2009);
    String awareness = "I. AWARENESS-RAISING ACTIVITIES ON GENDER AND MIGRATION";
    assertThat(paragraph(paper, "1").section()).containsExactly("INTRODUCTION");
    assertThat(paragraph(paper, "2").section())
        .containsExactly(awareness, "Addressing female genital mutilation in the context of migration");
    assertThat(paragraph(paper, "3").section())
        .containsExactly(awareness, "Addressing female genital mutilation in the context of migration", "Information sheet");
    assertThat(paragraph(paper, "6").section())
        .containsExactly(
            awareness,
            "Addressing female genital mutilation in the context of migration",
            "Expert Meeting on Human Rights and the Abandonment of Female Genital Mutilation/Cutting in Countries of "
                + "Prevalence and among Immigrant Communities");
    assertThat(paragraph(paper, "7").section())
        .containsExactly(awareness, "Capacity Building Workshop for Women Leaders of Diaspora Associations");
    assertThat(paragraph(paper, "10").section())
        .containsExactly(
            awareness,
            "Global Consultation on Migration, Remittances and Development: Responding to the Global Economic "
                + "Crisis from a Gender Perspective");
    assertThat(paragraph(paper, "13").section())
        .containsExactly("II. INTER-AGENCY INVOLVEMENT", "Inter-Agency Network on Women and Gender Equality");
    assertThat(paragraph(paper, "24").section()).containsExactly("IV. THE GENDER FOCAL POINT NETWORK");
    assertThat(paragraph(paper, "26").section())
        .containsExactly("V. SENSITIZATION OF STAFF ON GENDER ISSUES", "International Women’s Day");
    assertThat(paragraph(paper, "31").section())
        .containsExactly("VII. GENDER IN HUMAN RESOURCES", "Statistics tell the story – Data on gender and human resources");
  }

  @Test
  void report_2009_items_belong_to_their_paragraph() {
    ParsedPaper paper = parse(REPORT_2009);
    List<Segment> items = items(paper, "26");
    assertThat(items).hasSize(4);
    assertThat(items.get(0).text())
        .isEqualTo("The distribution of white ribbons to all male staff members to sensitize colleagues on "
            + "violence against women and men’s role in fighting this phenomenon.");
    assertThat(items.get(1).text()).startsWith("A self-defence initiation course");
    assertThat(items.get(3).text()).endsWith("“Women and men united to end violence against women and girls”.");
    List<Segment> ongoing = paper.segments().stream().filter(s -> s.section().equals(List.of("VIII. ONGOING ACTIVITIES"))).toList();
    assertThat(ongoing).hasSize(4).allSatisfy(s -> {
      assertThat(s.kind()).isEqualTo(ITEM);
      assertThat(s.number()).isNull();
    });
    assertThat(ongoing.get(0).text()).contains("as a non-voting ex-officio member");
    assertThat(ongoing.get(2).text()).contains("including, as a pilot, to some permanent missions in Geneva.");
  }

  @Test
  void report_2009_hyphenation_is_repaired() {
    ParsedPaper paper = parse(REPORT_2009);
    assertThat(paragraph(paper, "14").text()).contains("the update of the inter-agency inventory on violence against women");
    assertThat(paragraph(paper, "19").text()).contains("It has been pre-selected, but");
    assertThat(paragraph(paper, "24").text()).contains("devote time to gender-related activities");
    assertThat(paragraph(paper, "32").text()).contains("on short-, mid- and long-term measures");
  }

  @Test
  void report_2011_structure() {
    ParsedPaper paper = parse(REPORT_2011);
    assertThat(paragraph(paper, "1").section()).containsExactly("I. INTRODUCTION");
    assertThat(paragraph(paper, "5").section())
        .containsExactly(
            "II. AWARENESS-RAISING ACTIVITIES ON GENDER AND MIGRATION",
            "Capacity Building Workshop for Women Leaders of Diaspora Associations");
    assertThat(paragraph(paper, "12").section()).containsExactly("III. INTER-AGENCY INVOLVEMENT", "UN-Women");
    assertThat(paragraph(paper, "20").section())
        .containsExactly("VI. GENDER IN HUMAN RESOURCES", "Prevention of sexual exploitation and abuse");
    assertThat(items(paper, "3")).extracting(Segment::text)
        .containsExactly(
            "Violence and discrimination affecting migrant women and girls;",
            "Gender, migration and development, including women’s labour migration, remittances and capacity-building "
                + "for women in diaspora associations;",
            "Female genital mutilation in the context of migration;",
            "Prevention of sexual exploitation and abuse.");
    assertThat(items(paper, "10")).hasSize(8);
    assertThat(paragraph(paper, "7").text()).contains("the book entitled Crushed hopes: Underemployment and Deskilling");
    assertThat(paper.segments().stream().filter(s -> s.kind() == PARAGRAPH)).hasSize(24);
  }

  @Test
  void report_2012_paragraph_numbers_alone_on_their_lines() {
    ParsedPaper paper = parse(REPORT_2012);
    assertThat(paper.segments().stream().filter(s -> s.kind() == PARAGRAPH).map(Segment::number))
        .containsExactlyElementsOf(Stream.iterate(1, i -> i + 1).limit(19).map(String::valueOf).toList());
    assertThat(paragraph(paper, "1").text())
        .isEqualTo("In 2012, the Gender Coordination Unit devoted great effort to three main initiatives:");
    assertThat(paragraph(paper, "2").text()).startsWith("Throughout the year").endsWith("gender focal point network.");
    assertThat(items(paper, "1")).extracting(Segment::text)
        .containsExactly(
            "(a) Improving the knowledge base on skilled migrant women’s underemployment;",
            "(b) Prevention of sexual exploitation and abuse (PSEA);",
            "(c) The system-wide action plan on gender equality and the empowerment of women.");
    assertThat(paragraph(paper, "6").text()).contains("approximately 7,000 staff members had been trained worldwide");
  }

  @Test
  void report_2012_section_paths() {
    ParsedPaper paper = parse(REPORT_2012);
    assertThat(paragraph(paper, "1").section()).containsExactly("Introduction");
    assertThat(paragraph(paper, "3").section()).containsExactly("Publications on skilled migrant women’s underemployment");
    assertThat(paragraph(paper, "4").section())
        .containsExactly(
            "Other awareness-raising activities on gender and migration",
            "Addressing female genital mutilation in the context of migration");
    assertThat(paragraph(paper, "10").section())
        .containsExactly("Inter-agency involvement", "Inter-Agency Network on Women and Gender Equality");
    assertThat(paragraph(paper, "11").section()).containsExactly("Inter-agency involvement", "ORIGIN");
    assertThat(paragraph(paper, "13").section())
        .containsExactly(
            "Inter-agency involvement",
            "Inter-Agency Standing Committee Task Force on Protection from Sexual Exploitation and Abuse");
    assertThat(paragraph(paper, "14").section()).containsExactly("Gender in human resources");
    assertThat(paragraph(paper, "19").section()).containsExactly("Ongoing activities");
  }

  @Test
  void wggi_2003_structure() {
    ParsedPaper paper = parse(WGGI_2003);
    assertThat(paragraph(paper, "1").section()).containsExactly("I. INTRODUCTION");
    assertThat(paragraph(paper, "3").section()).containsExactly("II. ACTIVITIES IN 2003", "Training");
    assertThat(paragraph(paper, "6").text()).startsWith("The second workshop was held in October 2003 in Istanbul");
    assertThat(paragraph(paper, "9").section()).containsExactly("II. ACTIVITIES IN 2003", "Recent Achievements");
    assertThat(paragraph(paper, "11").section()).containsExactly("III. WEAKNESSES");
    assertThat(paragraph(paper, "14").section()).containsExactly("IV. CONCLUSIONS");
    assertThat(paragraph(paper, "14").text()).endsWith("States, migrants and staff.");
    assertThat(items(paper, "3")).extracting(Segment::text)
        .containsExactly(
            "increase sensitivity to gender issues in general;",
            "provide hands-on insight into gender mainstreaming from a regional perspective;",
            "gain new insights on issues and challenges for professional women in the public sector.");
    assertThat(items(paper, "6")).extracting(Segment::text)
        .satisfiesExactly(
            t -> assertThat(t).startsWith("(i) IOM’s brochure on gender policy"),
            t -> assertThat(t).startsWith("(ii) A set of responses"),
            t -> assertThat(t).isEqualTo("(iii) An assessment of the 1998-2003 WGGI Plan of Action and drafting of the next "
                + "guidelines for 2003 to 2008."));
    assertThat(paper.segments().stream().filter(s -> s.kind() == PARAGRAPH).map(Segment::number))
        .containsExactlyElementsOf(Stream.iterate(1, i -> i + 1).limit(14).map(String::valueOf).toList());
  }

  @Test
  void wggi_2003_annex_and_questionnaire() {
    ParsedPaper paper = parse(WGGI_2003);
    String annex = "Annex I: STATUS REPORT ON THE RESULTS OF WGGI-SPONSORED PROJECTS";
    Segment funding = containing(paper, "WGGI funding: USD 10,000");
    assertThat(funding.kind()).isEqualTo(ANNEX_ITEM);
    assertThat(funding.section())
        .containsExactly(
            annex,
            "A. Organization of gender sensitivity training sessions for IOM personnel and local counterparts dealing "
                + "with Internally Displaced Persons (IDPs) in Colombia");
    Segment chapters = containing(paper, "Chapter Two: Labour migration");
    assertThat(chapters.section().get(1)).startsWith("B. Sponsorship of a book on the “Feminization of Migration");
    Segment question = containing(paper, "Would you consider the project successful");
    assertThat(question.number()).isEqualTo("7");
    assertThat(question.kind()).isEqualTo(ANNEX_ITEM);
    assertThat(question.section()).containsExactly(annex, "QUESTIONNAIRE");
  }

  @Test
  void wggi_2005_structure_from_markdown() {
    ParsedPaper paper = parse(WGGI_2005);
    assertThat(paragraph(paper, "1").section()).containsExactly("I. INTRODUCTION");
    assertThat(paragraph(paper, "1").text()).contains("to update the policy brochure on \"Gender Mainstreaming in IOM\" to reflect");
    assertThat(paragraph(paper, "3").section()).containsExactly("II. ACTIVITIES IN 2005", "Awareness raising");
    assertThat(paragraph(paper, "5").section()).containsExactly("II. ACTIVITIES IN 2005", "New activities");
    assertThat(paragraph(paper, "6").section()).containsExactly("III. PROJECTED ACTIVITIES FOR 2006");
    assertThat(paragraph(paper, "6").text()).contains("in fields such as gender and remittances, indigenous peoples");
    assertThat(paragraph(paper, "7").section()).containsExactly("CONCLUSIONS");
    assertThat(paragraph(paper, "7").text()).endsWith("the continuing support of its leadership and the Member States is needed.");
    assertThat(items(paper, "5")).extracting(Segment::text)
        .contains("A fact sheet was issued on the history of International Women's Day.",
            "Include migration and gender issues in country PRSPs;");
    assertThat(containing(paper, "Quarterly publication of the Gender and Migration News Bulletin").section())
        .containsExactly("Update on Human Resources Initiatives, Projects and Publications", "Ongoing Activities");
  }

  @Test
  void wggi_2005_annex_items() {
    ParsedPaper paper = parse(WGGI_2005);
    String annex = "Annex: STATUS REPORT ON THE RESULTS OF WGGI-SPONSORED PROJECTS IN 2005";
    Segment first = containing(paper, "WGGI funding: USD 10,000");
    assertThat(first.kind()).isEqualTo(ANNEX_ITEM);
    assertThat(first.number()).isEqualTo("1");
    assertThat(first.section()).hasSize(2);
    assertThat(first.section().get(0)).isEqualTo(annex);
    assertThat(first.section().get(1))
        .startsWith("1. “Identification and assessment of rural women in Tunisia: Innovative actions and entrepreneurial success”")
        .endsWith("(IOM Tunis)");
    Segment fourth = containing(paper, "WGGI funding: USD 20,000");
    assertThat(fourth.kind()).isEqualTo(ANNEX_ITEM);
    assertThat(fourth.number()).isEqualTo("4");
    assertThat(fourth.section())
        .containsExactly(annex, "4. Production of an Anglophone Caribbean HIV/AIDS Soap Opera: Reaching Vulnerable Populations (MRF Washington, D.C.)");
    assertThat(containing(paper, "The helpline is a partnership between IOM and LifeLine").number()).isEqualTo("2");
  }

  @Test
  void wggi_2005_every_annex_item_has_its_passages() {
    ParsedPaper paper = parse(WGGI_2005);
    List<String> numbers = new ArrayList<>();
    for (Segment s : paper.segments()) {
      if (s.kind() == ANNEX_ITEM && !numbers.contains(s.number())) {
        numbers.add(s.number());
      }
    }
    assertThat(numbers).containsExactly("1", "2", "3", "4");
    assertThat(paper.segments().stream().filter(s -> s.kind() == ANNEX_ITEM && "2".equals(s.number())))
        .hasSize(6)
        .allSatisfy(s -> assertThat(s.section().get(1)).startsWith("2. Support to IOM-Southern African Counter-Trafficking"));
    PassageKind fullReports = containing(paper, "Full reports can be made available upon request.").kind();
    assertThat(fullReports).isEqualTo(PassageKind.TEXT);
  }

  /**
   * A copy converted with every line break lost (each page one line, as some PDF conversions and
   * web copies give it) is still read paragraph by paragraph, under the paper's own numbers.
   */
  @ParameterizedTest
  @MethodSource("papers")
  void a_copy_that_lost_its_line_breaks_keeps_the_numbered_paragraphs(String file) throws IOException {
    String text = Files.readString(CORPUS.resolve(file), StandardCharsets.UTF_8);
    List<String> printed = numbers(PARSER.parse(text));
    List<String> read = numbers(PARSER.parse(RunOnCopy.of(text)));
    assertThat(printed).hasSizeGreaterThan(20);
    assertThat(printed).as("numbers the run-on copy lost").filteredOn(n -> !read.contains(n)).hasSizeLessThanOrEqualTo(printed.size() / 20);
    assertThat(read).as("numbers the run-on copy invented").isSubsetOf(printed);
  }

  /**
   * The same copies keep the header a reader cites: title, year, symbol and session as the paper
   * printed gives them. Not the Markdown paper, whose marks ("##", "**") run into its lines.
   */
  @ParameterizedTest
  @ValueSource(strings = {REPORT_2009, REPORT_2011, REPORT_2012, WGGI_2003})
  void a_copy_that_lost_its_line_breaks_keeps_the_title_year_symbol_and_session(String file) throws IOException {
    String text = Files.readString(CORPUS.resolve(file), StandardCharsets.UTF_8);
    PaperMetadata printed = PARSER.parse(text).metadata();
    PaperMetadata runOn = PARSER.parse(RunOnCopy.of(text)).metadata();
    assertThat(runOn.title()).isEqualTo(printed.title());
    assertThat(runOn.year()).isEqualTo(printed.year());
    assertThat(runOn.symbol()).isEqualTo(printed.symbol());
    assertThat(runOn.session()).isEqualTo(printed.session());
  }

  private static List<String> numbers(ParsedPaper paper) {
    return paper.segments().stream().filter(s -> s.number() != null).map(Segment::number).toList();
  }
}
