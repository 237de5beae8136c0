package org.councilsearch.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.councilsearch.model.DateSpan;
import org.councilsearch.model.PaperMetadata;
import org.junit.jupiter.api.Test;

/** Metadata through the whole parser, from headers and bodies written the way papers print them. */
class PaperMetadataExtractorTest {
  private final PaperParser parser = new PaperParser();

  private PaperMetadata metadata(String text) {
    return parser.parse(text).metadata();
  }

  @Test
  void reads_symbol_session_place_and_dates_from_the_header() {
    String text = "International Organization for Migration (IOM)\nOrganisation internationale pour les migrations (OIM)\n\n"
        + "CONFERENCE ROOM PAPER/36\n100th Session of the Council\nGeneva, 5–7 December 2011\n\nEnglish only\n\n"
        + "GENDER COORDINATION REPORT 2011\n\nGENDER COORDINATION REPORT 2011\n\nI. INTRODUCTION\n\n1. In 2011, the IOM Unit worked.";
    PaperMetadata m = metadata(text);
    assertThat(m.symbol()).isEqualTo("CRP/36");
    assertThat(m.session()).isEqualTo("100th Session of the Council");
    assertThat(m.meetingPlace()).isEqualTo("Geneva");
    assertThat(m.meetingDates())
        .isEqualTo(new DateSpan("5–7 December 2011", LocalDate.of(2011, 12, 5), LocalDate.of(2011, 12, 7)));
    assertThat(m.title()).isEqualTo("Gender Coordination Report 2011");
    assertThat(m.year()).isEqualTo(2011);
    assertThat(parser.parse(text).segments()).singleElement()
        .satisfies(s -> assertThat(s.section()).containsExactly("I. INTRODUCTION"));
  }

  @Test
  void reads_the_papers_organization_through_the_registry_in_any_language_else_as_printed() {
    assertThat(metadata("ORGANIZACIÓN INTERNACIONAL PARA LAS MIGRACIONES\n\nCONSEJO\n\nINFORME SOBRE ALGO\n\n1. Texto.").organization())
        .isEqualTo("International Organization for Migration");
    assertThat(metadata("Conseil du développement industriel\n\nRAPPORT SUR QUELQUE CHOSE\n\n1. Texte.").organization())
        .isEqualTo("United Nations Industrial Development Organization");
    assertThat(metadata("WFP/EB.2/2021/7-C\n\nREPORT ON SOMETHING\n\n1. Text.").organization())
        .isEqualTo("World Food Programme");
    assertThat(metadata("Northern Fisheries Commission\n\nREPORT ON SOMETHING\n\n1. Text.").organization())
        .isEqualTo("Northern Fisheries Commission");
  }

  @Test
  void reads_other_symbol_shapes_as_printed() {
    assertThat(metadata("MC/2346\n\nREPORT ON SOMETHING\n\n1. Text.").symbol()).isEqualTo("MC/2346");
    assertThat(metadata("C/106/INF/8/Rev.1\n\nREPORT ON SOMETHING\n\n1. Text.").symbol()).isEqualTo("C/106/INF/8/Rev.1");
    assertThat(metadata("MC/INF/290\n\nREPORT ON SOMETHING\n\n1. Text.").symbol()).isEqualTo("MC/INF/290");
  }

  @Test
  void a_symbol_in_the_body_is_not_the_papers_symbol() {
    String text = "GENDER REPORT\n\n1. The Unit revised IN/90: Policy for a Respectful Working Environment, see MC/2117.";
    assertThat(metadata(text).symbol()).isNull();
  }

  @Test
  void a_title_in_capitals_is_title_cased_keeping_the_papers_acronyms() {
    String text = "REPORT BY THE WORKING GROUP ON GENDER ISSUES\nON WGGI-SPONSORED PROJECTS OF IOM\n\n"
        + "I. INTRODUCTION\n\n1. The WGGI of IOM met in 2003. The IOM Council adopted a policy.";
    assertThat(metadata(text).title())
        .isEqualTo("Report by the Working Group on Gender Issues on WGGI-Sponsored Projects of IOM");
  }

  @Test
  void a_title_in_mixed_case_is_kept_as_printed() {
    assertThat(metadata("Gender and Migration: a Review\n\n1. Text of 2010.").title())
        .isEqualTo("Gender and Migration: a Review");
  }

  @Test
  void the_year_comes_from_the_title_when_it_names_one() {
    assertThat(metadata("GENDER COORDINATION REPORT 2009\n\n1. In 2010 and 2010 and 2010 something.").year()).isEqualTo(2009);
  }

  @Test
  void the_year_is_inferred_from_headings_and_sentences_when_the_title_has_none() {
    String text = "REPORT ON GENDER MAINSTREAMING\n\nI. INTRODUCTION\n\n1. A policy was adopted in 1995 and updated in 2002.\n\n"
        + "II. ACTIVITIES IN 2003\n\n2. In 2003, two workshops were held. The programme for 2004 is ready.";
    assertThat(metadata(text).year()).isEqualTo(2003);
  }

  @Test
  void years_after_the_meeting_are_plans_not_the_reporting_year() {
    String text = "CONFERENCE ROOM PAPER/17\nGeneva, 29 November-2 December 2005\n\nWORKING GROUP REPORT\n\n"
        + "1. Projects planned for 2006: 2006, 2006, 2006 and 2006.\n\n2. In 2005, the group met.";
    PaperMetadata m = metadata(text);
    assertThat(m.year()).isEqualTo(2005);
    assertThat(m.meetingDates())
        .isEqualTo(new DateSpan("29 November-2 December 2005", LocalDate.of(2005, 11, 29), LocalDate.of(2005, 12, 2)));
    assertThat(m.meetingPlace()).isEqualTo("Geneva");
  }

  @Test
  void a_paper_without_a_title_is_named_after_the_unit_it_reports_for() {
    String text = " Introduction\n1.\nIn 2012, the Gender Coordination Unit devoted effort.\n2.\nIn 2012, the Gender Coordination Unit "
        + "published.\n3.\nThe Gender Coordination Unit and the Human Resources Management Division met in 2011.";
    PaperMetadata m = metadata(text);
    assertThat(m.year()).isEqualTo(2012);
    assertThat(m.title()).isEqualTo("Gender Coordination Report 2012");
  }

  @Test
  void the_title_falls_back_to_the_first_line_and_then_to_untitled() {
    String longLine = "This paper has no title and begins straight away with a long sentence that goes on and on well past any "
        + "reasonable length for a title.";
    String title = metadata(longLine).title();
    assertThat(title).hasSizeLessThanOrEqualTo(PaperMetadataExtractor.MAX_FALLBACK_TITLE).startsWith("This paper has no title");
    assertThat(longLine).startsWith(title);
    assertThat(metadata("").title()).isEqualTo("Untitled");
    assertThat(metadata(" \n\t\n").title()).isEqualTo("Untitled");
    assertThat(metadata("12.\n\n...").title()).isEqualTo("Untitled");
  }

  @Test
  void nothing_stated_means_null() {
    PaperMetadata m = metadata("1. Just a paragraph without dates.");
    assertThat(m.symbol()).isNull();
    assertThat(m.session()).isNull();
    assertThat(m.meetingPlace()).isNull();
    assertThat(m.meetingDates()).isNull();
    assertThat(m.year()).isNull();
  }

  @Test
  void distribution_notes_are_not_titles_but_a_title_about_distribution_is() {
    PaperMetadata m = metadata("Distr.: General\nOriginal: English\n\nDISTRIBUTION OF AID IN 2010\n\n1. Text.");
    assertThat(m.title()).isEqualTo("Distribution of Aid in 2010");
    assertThat(m.year()).isEqualTo(2010);
  }
}
