package org.councilsearch.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.councilsearch.model.DateSpan;
import org.councilsearch.model.PaperMetadata;
import org.councilsearch.nlp.LineRoleModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The header and body shapes of paper families other than the bundled papers, read through the whole parser. */
class PaperFamiliesTest {
  private final PaperParser parser = new PaperParser(LineRoleModel.shipped());

  @ParameterizedTest
  @CsvSource({
    "A/AC.96/1120, United Nations High Commissioner for Refugees",
    "EC/62/SC/CRP.7, United Nations High Commissioner for Refugees",
    "GB.312/INS/2, International Labour Organization",
    "GB.301/9/1, International Labour Organization",
    "DP/2012/9, United Nations Development Programme",
    "UNW/2014/3, United Nations Entity for Gender Equality and the Empowerment of Women",
    "EB132/12, World Health Organization",
    "MC/2388, International Organization for Migration",
    "SCPF/102, International Organization for Migration"
  })
  void symbols_of_every_series_are_found_and_name_the_papers_organization(String symbol, String organization) {
    PaperMetadata m = parser.parse(symbol + "\n\nNOTE ON STAFF TRAINING\n\n1. Staff were trained.").metadata();
    assertThat(m.symbol()).isEqualTo(symbol);
    assertThat(m.title()).isEqualTo("Note on Staff Training");
    assertThat(m.organization()).isEqualTo(organization);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Fifty-eighth session|Fifty-eighth session",
        "312th Session|312th Session",
        "Ninth Meeting of the Standing Committee|Ninth Meeting of the Standing Committee",
        "52nd meeting|52nd meeting",
        "Second regular session 2012|Second regular session 2012",
        "THIRTEENTH SESSION|Thirteenth Session"
      })
  void sessions_of_every_shape_are_found(String line, String session) {
    PaperMetadata m = parser.parse("COUNCIL\n" + line + "\n\nUpdate on staff training\n\n1. Staff were trained.").metadata();
    assertThat(m.session()).isEqualTo(session);
    assertThat(m.title()).isEqualTo("Update on staff training");
  }

  @Test
  void a_masthead_two_columns_and_a_distribution_block_never_become_the_title() {
    String text = "UNITED NATIONS\n\nGeneral Assembly\n\nDistr.\nGENERAL\n\nA/AC.96/1120\n3 October 2012\n\n"
        + "Original: ENGLISH\n\nEXECUTIVE COMMITTEE OF THE\nHIGH COMMISSIONER'S PROGRAMME\nSixty-third session\n"
        + "Geneva, 1-5 October 2012\n\nNOTE ON THE FUNDING OF PROTECTION WORK\n\n1. The Office raised funds in 2012.";
    PaperMetadata m = parser.parse(text).metadata();
    assertThat(m.title()).isEqualTo("Note on the Funding of Protection Work");
    assertThat(m.session()).isEqualTo("Sixty-third session");
    assertThat(m.meetingDates()).isEqualTo(new DateSpan("1-5 October 2012", LocalDate.of(2012, 10, 1), LocalDate.of(2012, 10, 5)));
    assertThat(m.year()).isEqualTo(2012);

    String board = "EXECUTIVE BOARD                          EB132/12\n132nd session                            14 December 2012\n"
        + "Provisional agenda item 6.1\n\nMigrant health: progress report\n\nReport by the Secretariat\n\n1. In 2012 the Secretariat met.";
    PaperMetadata w = parser.parse(board).metadata();
    assertThat(w.title()).isEqualTo("Migrant health: progress report");
    assertThat(w.symbol()).isEqualTo("EB132/12");
    assertThat(w.session()).isEqualTo("132nd session");
    assertThat(w.meetingDates()).as("the issue date is not a meeting date").isNull();
  }

  @Test
  void an_office_name_a_session_and_meeting_line_and_a_label_never_become_the_title() {
    String text = "INTERNATIONAL LABOUR OFFICE\n\nGoverning Body\n\n312th Session, Geneva, 2–17 November 2011\n\n"
        + "GB.312/INS/2\n\nInstitutional Section INS\n\nDate: 4 October 2011\nOriginal: English\n\nSECOND ITEM ON THE AGENDA\n\n"
        + "Report of the Director-General\n\n1. Since May 2010, the Office has grown.";
    ParsedPaper paper = parser.parse(text);
    assertThat(paper.metadata().title()).isEqualTo("Report of the Director-General");
    assertThat(paper.metadata().session()).isEqualTo("312th Session");
    assertThat(paper.metadata().meetingPlace()).isEqualTo("Geneva");
    assertThat(paper.metadata().year()).isEqualTo(2011);
    assertThat(paper.metadata().organization()).isEqualTo("International Labour Organization");
    assertThat(paper.segments()).extracting(Segment::text).containsExactly("Since May 2010, the Office has grown.");
  }

  @Test
  void the_year_a_report_is_for_wins_over_the_year_it_was_issued() {
    String text = "MC/2388\nOriginal: English\n2 June 2013\n\n102ND SESSION\n\nREPORT OF THE DIRECTOR GENERAL ON\n"
        + "THE WORK OF THE ORGANIZATION FOR THE YEAR 2012\n\n1. In 2013 the Council will meet. In 2013 it will decide.";
    PaperMetadata m = parser.parse(text).metadata();
    assertThat(m.year()).isEqualTo(2012);
    assertThat(m.title()).isEqualTo("Report of the Director General on the Work of the Organization for the Year 2012");
    assertThat(m.session()).isEqualTo("102nd Session");
  }

  @Test
  void a_newsletter_dated_only_by_its_issue_has_that_year() {
    String text = "MIGRANT HEALTH NEWS\n\nMay 2004\n\nFrom the clinics\n\nNurses from the clinic visited three villages.";
    PaperMetadata m = parser.parse(text).metadata();
    assertThat(m.year()).isEqualTo(2004);
    assertThat(m.title()).isEqualTo("Migrant Health News");
    assertThat(m.meetingDates()).isNull();
  }

  @Test
  void a_session_named_in_the_title_is_the_session_and_the_bracketed_dates_are_the_meeting() {
    String text = "EC/49/SC/CRP.20\n12 March 1999\n\nREPORT OF THE FOURTEENTH MEETING OF THE STANDING COMMITTEE\n\n"
        + "(2-4 February 1999)\n\n1. The meeting was opened.";
    PaperMetadata m = parser.parse(text).metadata();
    assertThat(m.session()).isEqualTo("Fourteenth Meeting of the Standing Committee");
    assertThat(m.meetingDates().start()).isEqualTo(LocalDate.of(1999, 2, 2));
    assertThat(m.year()).isEqualTo(1999);
  }

  @Test
  void numbered_paragraphs_whose_line_breaks_were_lost_are_split_again() {
    String text = "NOTE ON TRAINING\n\n1. The course opened on time and all trainees came. 2. The following modules were"
        + " taught: law, health and protection. 3. See paragraph 2. The trainers will report later.";
    List<Segment> segments = parser.parse(text).segments();
    assertThat(segments).extracting(Segment::number).containsExactly("1", "2", "3");
    assertThat(segments.get(2).text()).isEqualTo("See paragraph 2. The trainers will report later.");
  }

  @Test
  void a_table_of_contents_with_dot_leaders_gives_no_headings_or_passages() {
    String text = "ANNUAL REPORT\n\nCONTENTS\nPage\nINTRODUCTION ........................ 1\n"
        + "I. FIELD WORK …………………… 2\nII. FINANCE . . . . . . . . . . 3\n\nINTRODUCTION\n\n1. The year went well.\n\n"
        + "I. FIELD WORK\n\n2. Missions grew.";
    List<Segment> segments = parser.parse(text).segments();
    assertThat(segments).extracting(Segment::text).containsExactly("The year went well.", "Missions grew.");
    assertThat(segments.get(1).section()).containsExactly("I. FIELD WORK");
  }

  @Test
  void the_session_venue_and_date_lines_of_a_spanish_header_are_metadata_not_passages() {
    String text = "NACIONES UNIDAS                                  CRPS/14/L.6\n\nCOMISIÓN REGIONAL DE PESCA DEL SUR\n\nDécimo cuarto período de sesiones\n"
        + "Lima, 3 a 5 de abril de 2019\n\n20 de febrero de 2019\nOriginal: español\n\n"
        + "INFORME SOBRE LAS VEDAS DE ANCHOVETA\n\n"
        + "1. Durante 2018 la Comisión fijó dos vedas de anchoveta en la zona costera.\n"
        + "2. El 9 de julio de 2018 se reunió en Quito el grupo de trabajo sobre cuotas.";
    ParsedPaper paper = parser.parse(text);
    assertThat(paper.segments()).extracting(Segment::text).noneMatch(t -> t.contains("abril de 2019") || t.contains("febrero de 2019") || t.contains("CRPS/14/L.6"));
    assertThat(paper.segments()).extracting(Segment::number).containsExactly("1", "2");
  }

  @Test
  void a_header_whose_line_breaks_were_lost_gives_its_title_symbol_session_and_year() {
    String text = "INTERNATIONAL RIVER BOARD IRB/EX/7/2 Original: English 12 March 2015 EXECUTIVE COMMITTEE Seventh meeting"
        + " Basel, 2-3 June 2015 WATER QUALITY AT THE GAUGES OF THE UPPER RIVER Note by the Secretariat 1. Readings were"
        + " taken at nine gauges during the spring, and every one of them was sent to the laboratory in Basel within a"
        + " week. 2. All readings were within the limits the Board agreed at its fifth meeting. 3. The Board may wish to"
        + " note the readings and to ask for the autumn readings at its next meeting.";
    ParsedPaper paper = parser.parse(text);
    assertThat(paper.metadata().title()).isEqualTo("Water Quality at the Gauges of the Upper River");
    assertThat(paper.metadata().symbol()).isEqualTo("IRB/EX/7/2");
    assertThat(paper.metadata().session()).isEqualTo("Seventh meeting");
    assertThat(paper.metadata().year()).isEqualTo(2015);
    assertThat(paper.segments()).extracting(Segment::number).containsExactly("1", "2", "3");
  }

  @Test
  void a_run_on_symbol_keeps_the_part_a_space_sets_apart_and_one_among_a_dates_words_is_found() {
    String prefixed = "Reference: ORB 2015/2/L.3 Item: 4 Date: 3 June 2015 Distribution: Public Original: English"
        + " RIVER GAUGES OF THE UPPER VALLEY Note for the Board 1. Readings were taken at nine gauges during the spring,"
        + " and every one of them was sent to the laboratory within a week. 2. All readings were within the limits the"
        + " Board agreed at its fifth meeting. 3. The Board may wish to note the readings.";
    assertThat(parser.parse(prefixed).metadata().symbol()).isEqualTo("ORB 2015/2/L.3");
    String amongDate = "Distribution: limited ORB-2015/BOARD.II/6 Basel, January 2015 Original: English RIVER BOARD"
        + " (Second meeting) RIVER GAUGES OF THE UPPER VALLEY Summary The Board asked for the readings of the gauges."
        + " 1. Readings were taken at nine gauges during the spring, and every one of them was sent to the laboratory"
        + " within a week. 2. All readings were within the limits the Board agreed at its fifth meeting.";
    assertThat(parser.parse(amongDate).metadata().symbol()).isEqualTo("ORB-2015/BOARD.II/6");
  }

  @Test
  void a_title_in_capitals_keeps_only_the_acronyms_its_text_writes_between_words_in_lower_case() {
    String text = "Distribution: limited ORB-2015/BOARD.II/6 Basel, January 2015 Original: English RIVER BOARD (Second"
        + " meeting) RIVER GAUGES OF THE ORB VALLEY Summary The Board asked for the readings of the gauges. 1. The ORB"
        + " took readings at nine gauges during the spring, and every one of them was sent to the laboratory within a"
        + " week. 2. All readings the ORB took were within the limits the Board agreed at its fifth meeting.";
    assertThat(parser.parse(text).metadata().title()).isEqualTo("River Gauges of the ORB Valley");
  }
}
