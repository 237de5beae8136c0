package org.councilsearch.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleHeaderTest {
  /** Lines and their roles as a labelled paper writes them: "role TAB text", blank lines empty. */
  private static List<RoledLine> lines(String labelled) {
    List<RoledLine> out = new ArrayList<>();
    int row = 0;
    int page = 0;
    for (String line : labelled.split("\n", -1)) {
      if (line.equals("\f")) {
        page++;
        row = 0;
        continue;
      }
      if (!line.isEmpty()) {
        int tab = line.indexOf('\t');
        out.add(new RoledLine(new PrintedLine(line.substring(tab + 1), page, row, false), LineRole.of(line.substring(0, tab))));
      }
      row++;
    }
    return out;
  }

  @Test
  void a_symbol_line_cut_out_of_a_run_on_line_gives_the_symbol_without_its_neighbours_words() {
    RoledLine runOn = new RoledLine(new PrintedLine("FOR AGENDA SM/19/142", 0, 1, true), LineRole.SYMBOL);
    RoledLine title = new RoledLine(new PrintedLine("Water quality at the gauges", 0, 2, true), LineRole.TITLE);
    assertThat(RoleHeader.of(List.of(runOn, title)).symbol()).isEqualTo("SM/19/142");
    RoledLine printed = new RoledLine(new PrintedLine("CX/CAC 19/42/9", 0, 1, false), LineRole.SYMBOL);
    assertThat(RoleHeader.of(List.of(printed, title)).symbol()).isEqualTo("CX/CAC 19/42/9");
  }

  @Test
  void a_run_on_title_loses_the_agenda_reference_and_the_author_line_its_cut_left_on_it() {
    assertThat(runOnTitle("Provisional agenda item 14.2 Water quality at the gauges of the upper river")).isEqualTo("Water quality at the gauges of the upper river");
    assertThat(runOnTitle("Point 3 de l'ordre du jour provisoire Qualité de l'eau aux jauges du fleuve")).isEqualTo("Qualité de l'eau aux jauges du fleuve");
    assertThat(runOnTitle("WATER QUALITY AT THE GAUGES OF THE UPPER RIVER (Prepared by the River Secretariat)")).isEqualTo("WATER QUALITY AT THE GAUGES OF THE UPPER RIVER");
    assertThat(runOnTitle("Calidad del agua en las estaciones del río Presentado por la Secretaría")).isEqualTo("Calidad del agua en las estaciones del río");
    assertThat(runOnTitle("STATUS OF THE GAUGES AWAITING REPAIR (Provisional Agenda Item 12)")).isEqualTo("STATUS OF THE GAUGES AWAITING REPAIR");
    // Words of the title itself stay: an agenda word without a number, a report the title names.
    assertThat(runOnTitle("Provisional programme of work for the gauges")).isEqualTo("Provisional programme of work for the gauges");
    assertThat(runOnTitle("Water quality at the gauges: Report by the Secretariat")).isEqualTo("Water quality at the gauges: Report by the Secretariat");
  }

  @Test
  void a_run_on_session_loses_the_body_before_its_ordinal_and_the_place_number_or_symbol_after_it() {
    assertThat(runOnSession("River Gauges Board Sixty-sixth session")).isEqualTo("Sixty-sixth session");
    assertThat(runOnSession("Twelfth session Basel")).isEqualTo("Twelfth session");
    assertThat(runOnSession("Twelfth  session  Basel")).isEqualTo("Twelfth session");
    assertThat(runOnSession("Thirty-Fifth Ordinary Session 4")).isEqualTo("Thirty-Fifth Ordinary Session");
    assertThat(runOnSession("66th meeting RGB/67/SC/CRP.12")).isEqualTo("66th meeting");
    assertThat(runOnSession("(Second meeting) Basel")).isEqualTo("Second meeting");
    assertThat(runOnSession("XLVIII Reunión Ordinaria Santo Domingo")).isEqualTo("XLVIII Reunión Ordinaria");
    assertThat(runOnSession("Deuxième session ordinaire de l'année 2016 Bâle")).isEqualTo("Deuxième session ordinaire de l'année 2016");
    // What goes on with the session stays: small words, the names they bring in, a body's words.
    assertThat(runOnSession("Forty-eighth Ordinary Session of the RGB Council of Ministers")).isEqualTo("Forty-eighth Ordinary Session of the RGB Council of Ministers");
    assertThat(runOnSession("The 51st River Ministers' Meeting")).isEqualTo("The 51st River Ministers' Meeting");
    assertThat(runOnSession("30th meeting of the River Charter Conference")).isEqualTo("30th meeting of the River Charter Conference");
    assertThat(runOnSession("110e session du Conseil des ministres RGB")).isEqualTo("110e session du Conseil des ministres RGB");
  }

  private static String runOnSession(String line) {
    return RoleHeader.of(List.of(new RoledLine(new PrintedLine(line, 0, 1, true), LineRole.SESSION))).session();
  }

  private static String runOnTitle(String line) {
    return RoleHeader.of(List.of(new RoledLine(new PrintedLine(line, 0, 1, true), LineRole.TITLE))).title();
  }

  @Test
  void a_title_printed_twice_on_one_run_on_line_is_read_once() {
    assertThat(RoleHeader.of(lines("title\tWATER QUALITY REPORT 2015 WATER QUALITY REPORT 2015\n")).title()).isEqualTo("WATER QUALITY REPORT 2015");
    assertThat(RoleHeader.of(lines("title\tReport on the report\n")).title()).isEqualTo("Report on the report");
  }

  @Test
  void a_title_on_two_lines_is_joined_and_a_title_printed_twice_counts_once() {
    RoleHeader header = RoleHeader.of(lines("title\tPlanting schedule for the\ntitle\tnorthern valleys\n\ntitle\tPLANTING SCHEDULE\ntitle\tPLANTING SCHEDULE\n"));
    assertThat(header.title()).isEqualTo("Planting schedule for the northern valleys");
  }

  @Test
  void a_lone_line_taken_for_a_title_loses_to_the_title_block() {
    RoleHeader header = RoleHeader.of(lines("title\tEnglish only\n\ntitle\tWater quality at the gauges\ntitle\tof the upper river\n"));
    assertThat(header.title()).isEqualTo("Water quality at the gauges of the upper river");
  }

  @Test
  void a_numbered_heading_under_the_title_is_not_part_of_it() {
    RoleHeader header = RoleHeader.of(lines("title\tReport on Orchard Cooperation 1997\ntitle\tI. Introduction\n"));
    assertThat(header.title()).isEqualTo("Report on Orchard Cooperation 1997");
    assertThat(RoleHeader.of(lines("title\tReport on Orchard\ntitle\tCooperation 1997\n")).title()).isEqualTo("Report on Orchard Cooperation 1997");
  }

  @Test
  void the_symbol_is_read_from_its_cell_and_a_conference_room_paper_is_a_crp() {
    assertThat(RoleHeader.of(lines("symbol\tEXECUTIVE BOARD                         EB139/5\n")).symbol()).isEqualTo("EB139/5");
    assertThat(RoleHeader.of(lines("symbol\tCONFERENCE ROOM PAPER/36\n")).symbol()).isEqualTo("CRP/36");
    assertThat(RoleHeader.of(lines("symbol\tEB 2016/117/R.3\n")).symbol()).isEqualTo("EB 2016/117/R.3");
  }

  @Test
  void a_symbol_led_by_a_number_or_labelled_in_french_or_spanish_or_set_beside_the_date_is_read() {
    assertThat(RoleHeader.of(lines("symbol\tExecutive Board                         212 EX/9\n")).symbol()).isEqualTo("212 EX/9");
    assertThat(RoleHeader.of(lines("title\tSignatura:      EB 2020/131/R.7\n")).symbol()).isEqualTo("EB 2020/131/R.7");
    assertThat(RoleHeader.of(lines("title\tCote du document : EB 2020/131/R.7\n")).symbol()).isEqualTo("EB 2020/131/R.7");
    assertThat(RoleHeader.of(lines("date\tDate: 25 October 2019                WFP/EB.2/2019/5-C\n")).symbol())
        .isEqualTo("WFP/EB.2/2019/5-C");
  }

  @Test
  void a_session_line_taken_for_a_symbol_line_gives_no_symbol() {
    assertThat(RoleHeader.of(lines("symbol\t          166.a SESIÓN DEL COMITÉ EJECUTIVO\n")).symbol()).isNull();
    assertThat(RoleHeader.of(lines("symbol\tSC69 Doc. 31.2\n")).symbol()).isEqualTo("SC69 Doc. 31.2");
  }

  @Test
  void a_running_head_gives_the_symbol_when_the_page_breaks_were_lost_but_a_sentence_citing_one_does_not() {
    String front = "masthead\tCOMITÉ PERMANENTE DE PROGRAMAS Y FINANZAS\npara-start\t1. El portal recibió visitas.\n";
    assertThat(RoleHeader.of(lines(front + "furniture\tCRP/15\nfurniture\tPágina 2\n")).symbol()).isEqualTo("CRP/15");
    assertThat(RoleHeader.of(lines(front + "furniture\tsee the last update, EC/67/SC/CRP.10, page 2\n")).symbol()).isNull();
  }

  @Test
  void the_session_is_printed_without_its_dates_and_place() {
    assertThat(RoleHeader.of(lines("session\t139th session                         20 May 2016\n")).session()).isEqualTo("139th session");
    assertThat(RoleHeader.of(lines("session\tHundred and third session, Geneva, 4-6 May 2010\n")).session()).isEqualTo("Hundred and third session");
    // Two columns joined by one space, as some PDF conversions give them: the issue date is no part of the session.
    assertThat(RoleHeader.of(lines("session\t139th session 20 May 2016\n")).session()).isEqualTo("139th session");
    assertThat(RoleHeader.of(lines("session\tTrente-deuxième session ordinaire 14 mars 2018\n")).session()).isEqualTo("Trente-deuxième session ordinaire");
  }

  @Test
  void nothing_after_the_first_paragraph_is_header() {
    RoleHeader header = RoleHeader.of(lines("symbol\tIRB/EX/7/2\npara-start\t1. Readings were taken.\ntitle\tA body line taken for a title\nsession\t(b)\n"));
    assertThat(header.symbol()).isEqualTo("IRB/EX/7/2");
    assertThat(header.title()).isNull();
    assertThat(header.session()).isNull();
  }

  @Test
  void meeting_dates_come_from_the_venue_line_and_the_masthead_is_kept_as_printed() {
    RoleHeader header = RoleHeader.of(lines("masthead\tWORLD ORCHARD ORGANIZATION\nvenue\tLisbon, 10-12 April 2012\ndate\t4 March 2012\n"));
    assertThat(header.meetingDates().start()).hasToString("2012-04-10");
    assertThat(header.issued().start()).hasToString("2012-03-04");
    assertThat(header.masthead()).isEqualTo("WORLD ORCHARD ORGANIZATION");
  }

  @Test
  void a_symbol_keeps_its_number_after_a_word_its_brackets_and_its_leading_session_number() {
    assertThat(RoleHeader.of(lines("symbol\tRIVER/CR/di 2245\n")).symbol()).isEqualTo("RIVER/CR/di 2245");
    assertThat(RoleHeader.of(lines("symbol\tRB/JD/Doc. 118 (71)\n")).symbol()).isEqualTo("RB/JD/Doc. 118 (71)");
    assertThat(RoleHeader.of(lines("symbol\tCM/1324 (XLIII)\n")).symbol()).isEqualTo("CM/1324 (XLIII)");
    assertThat(RoleHeader.of(lines("symbol\tORB/PCB (44)/19.7\n")).symbol()).isEqualTo("ORB/PCB (44)/19.7");
    assertThat(RoleHeader.of(lines("symbol\t86 SG/11\n")).symbol()).isEqualTo("86 SG/11");
    assertThat(RoleHeader.of(lines("symbol\t2019/SOM1/014\n")).symbol()).isEqualTo("2019/SOM1/014");
    assertThat(RoleHeader.of(lines("symbol\tRIVER / CD / 2018 / 07\n")).symbol()).isEqualTo("RIVER / CD / 2018 / 07");
  }

  @Test
  void a_symbol_whose_parts_are_set_apart_by_spaces_or_brackets_is_read_whole() {
    assertThat(RoleHeader.of(lines("symbol\tAgenda Item 9                         OX/RIV 19/42/9\n")).symbol()).isEqualTo("OX/RIV 19/42/9");
    assertThat(RoleHeader.of(lines("symbol\tCONSEIL                               ORCHARD 2019 C.D. (98) 7\n")).symbol()).isEqualTo("ORCHARD 2019 C.D. (98) 7");
    assertThat(RoleHeader.of(lines("symbol\tBRD/2019/06 DOC 07\n")).symbol()).isEqualTo("BRD/2019/06 DOC 07");
    assertThat(RoleHeader.of(lines("symbol\t                 OR/110/Doc. nº 5\n")).symbol()).isEqualTo("OR/110/Doc. nº 5");
    assertThat(RoleHeader.of(lines("symbol\tORCH/XLVIII RM/DT 4\n")).symbol()).isEqualTo("ORCH/XLVIII RM/DT 4");
    assertThat(RoleHeader.of(lines("symbol\tCOUNCIL - 18th session                C XVIII/7\n")).symbol()).isEqualTo("C XVIII/7");
    assertThat(RoleHeader.of(lines("symbol\tOfficial No.: C.412.1929.V.\n")).symbol()).isEqualTo("C.412.1929.V");
    assertThat(RoleHeader.of(lines("symbol\tORCH CM 2019/ACOM:31\n")).symbol()).isEqualTo("ORCH CM 2019/ACOM:31");
    assertThat(RoleHeader.of(lines("symbol\tORCH/C/12 15 May 2019\n")).symbol()).isEqualTo("ORCH/C/12");
  }

  @Test
  void a_date_with_slashes_a_page_mark_or_names_joined_by_a_slash_are_no_symbol() {
    assertThat(RoleHeader.of(lines("symbol\tPrinted: 6/14/2019 11:02 AM\n")).symbol()).isNull();
    assertThat(RoleHeader.of(lines("symbol\tORCHARD/RIVER\nsymbol\tOR/C/12\n")).symbol()).isEqualTo("OR/C/12");
    assertThat(RoleHeader.of(lines("title\tA plan\npara-start\t1. Text.\n\f\nfurniture\t- 2 -\n")).symbol()).isNull();
    assertThat(RoleHeader.of(lines("title\tA plan\npara-start\t1. Text.\n\f\nfurniture\tOR/C/12      Page 2\n")).symbol()).isEqualTo("OR/C/12");
  }

  @Test
  void a_title_goes_on_over_the_lines_printed_right_under_it_whatever_their_role() {
    RoleHeader letter = RoleHeader.of(lines("session\tLetter dated 2 May 2019 from the Permanent Representative\npara-cont\tof Freedonia to the Orchard Board addressed to\npara-cont\tthe Chair of the Board\n\npara-start\t1. I have the honour to transmit the report.\n"));
    assertThat(letter.title()).isEqualTo("Letter dated 2 May 2019 from the Permanent Representative of Freedonia to the Orchard Board addressed to the Chair of the Board");
    assertThat(letter.session()).isNull();
    RoleHeader bracket = RoleHeader.of(lines("title\tProgress on the orchard strategy\nother\t(FY17-FY23)\n"));
    assertThat(bracket.title()).isEqualTo("Progress on the orchard strategy (FY17-FY23)");
    RoleHeader sentence = RoleHeader.of(lines("title\tFollow-up to the\npara-cont\tDelegates will find attached a note on the follow-up.\n"));
    assertThat(sentence.title()).isEqualTo("Follow-up to the");
  }

  @Test
  void a_label_or_a_session_printed_with_the_title_is_not_part_of_it() {
    RoleHeader decision = RoleHeader.of(lines("title\tDECISION No. 1341\ntitle\tDATES OF THE ANNUAL REVIEW\n"));
    assertThat(decision.title()).isEqualTo("DATES OF THE ANNUAL REVIEW");
    RoleHeader part = RoleHeader.of(lines("title\tReport of the Secretary-General\ntitle\tPart II: Administrative matters\n"));
    assertThat(part.title()).isEqualTo("Report of the Secretary-General");
    RoleHeader session = RoleHeader.of(lines("title\tTrente-deuxième session ordinaire du Conseil des Ministres\ntitle\tRAPPORT SUR LES VERGERS\n"));
    assertThat(session.title()).isEqualTo("RAPPORT SUR LES VERGERS");
    assertThat(session.session()).isEqualTo("Trente-deuxième session ordinaire du Conseil des Ministres");
  }

  @Test
  void a_session_line_in_parts_gives_the_part_naming_the_session() {
    assertThat(RoleHeader.of(lines("session\tCOUNCIL — 214TH SESSION\n")).session()).isEqualTo("214TH SESSION");
    assertThat(RoleHeader.of(lines("session\tLXIV Reunión Ordinaria del Comité Regional\n")).session()).isEqualTo("LXIV Reunión Ordinaria del Comité Regional");
    assertThat(RoleHeader.of(lines("session\tJune 2007\n")).session()).isNull();
  }

  @Test
  void masthead_lines_next_to_each_other_are_kept_as_runs_of_cells() {
    RoleHeader header = RoleHeader.of(lines("masthead\tGREEN\nmasthead\tORCHARD      ORCHARD\nmasthead\tFUND         FONDS\n\nmasthead\tLOGO\n"));
    assertThat(header.mastheadRuns()).containsExactly(List.of("GREEN", "ORCHARD", "FUND"), List.of("GREEN", "ORCHARD", "FONDS"), List.of("LOGO"));
  }

  @Test
  void a_masthead_set_in_spaced_type_is_read_with_its_spacing_closed_up() {
    assertThat(RoleHeader.of(lines("masthead\t                ORCHARD   OF   NATIONS\n")).mastheadRuns()).containsExactly(List.of("ORCHARD OF NATIONS"));
    assertThat(RoleHeader.of(lines("masthead\tO R C H A R D   O F   N A T I O N S\n")).masthead()).isEqualTo("ORCHARD OF NATIONS");
    assertThat(RoleHeader.of(lines("body\t                 C O U N C I L\n")).organizationLines()).containsExactly("COUNCIL");
    assertThat(RoleHeader.of(lines("masthead\tORCHARD UNION          UNION DES VERGERS\n")).mastheadRuns())
        .containsExactly(List.of("ORCHARD UNION"), List.of("UNION DES VERGERS"));
  }

  @Test
  void a_body_named_with_a_year_is_its_session_and_an_ordinal_title_line_without_a_session_noun_stays_in_the_title() {
    RoleHeader itu = RoleHeader.of(lines("masthead\tORCHARD UNION\nbody\tCouncil 2019\nsymbol\tDocument C19/45-E\ntitle\tREVIEW OF THE ORCHARDS\n"));
    assertThat(itu.session()).isEqualTo("Council 2019");
    RoleHeader plan = RoleHeader.of(lines("title\tSTRATEGIC PLAN 2017–2020:\ntitle\tFIRST ANNUAL PROGRESS REPORT\n"));
    assertThat(plan.title()).isEqualTo("STRATEGIC PLAN 2017–2020: FIRST ANNUAL PROGRESS REPORT");
    assertThat(plan.session()).isNull();
  }

  @Test
  void symbols_of_shapes_no_list_holds_are_read_from_their_line() {
    assertThat(RoleHeader.of(lines("symbol\tCM(2019)61\n")).symbol()).isEqualTo("CM(2019)61");
    assertThat(RoleHeader.of(lines("symbol\t                              G.B.173/7/12\n")).symbol()).isEqualTo("G.B.173/7/12");
    assertThat(RoleHeader.of(lines("symbol\tDOCUMENTO SAC-08-05\n")).symbol()).isEqualTo("SAC-08-05");
    assertThat(RoleHeader.of(lines("symbol\tDocument No. 4521-E\n")).symbol()).isEqualTo("4521-E");
    assertThat(RoleHeader.of(lines("symbol\tCCDEC 2019 12 GEN\n")).symbol()).isEqualTo("CCDEC 2019 12 GEN");
    assertThat(RoleHeader.of(lines("symbol\t                              7345/12\n")).symbol()).isEqualTo("7345/12");
    assertThat(RoleHeader.of(lines("symbol\tConsejo 2017\n")).symbol()).isNull();
    assertThat(RoleHeader.of(lines("symbol\tPage 2 of 5\n")).symbol()).isNull();
  }

  @Test
  void the_symbol_the_running_heads_repeat_wins_over_one_cited_above_it() {
    String paper = "symbol\t(ORC/2019/24)\nsymbol\tORC/2019/31\ntitle\tGrafting trials\npara-start\t1. The trials went on.\n\f\nfurniture\tORC/2019/31\n";
    assertThat(RoleHeader.of(lines(paper)).symbol()).isEqualTo("ORC/2019/31");
  }

  @Test
  void a_symbol_and_an_issue_date_printed_side_by_side_on_a_line_of_another_role_are_read() {
    RoleHeader header = RoleHeader.of(lines("body\tOrchard Committee\nsession\tWO(2012)45                         22 mars 2012\ntitle\tGrafting trials\n"));
    assertThat(header.symbol()).isEqualTo("WO(2012)45");
    assertThat(header.issued().start()).hasToString("2012-03-22");
  }

  @Test
  void a_memo_s_fields_are_no_title_but_its_subject_is() {
    String memo = "title\tTO:          Orchard Committee\ntitle\tFROM:        Secretary\ntitle\tSUBJECT:\ntitle\t             GRAFTING TRIALS IN THE\ntitle\t             NORTHERN VALLEYS\n";
    assertThat(RoleHeader.of(lines(memo)).title()).isEqualTo("GRAFTING TRIALS IN THE NORTHERN VALLEYS");
  }

  @Test
  void a_masthead_line_taken_for_prose_does_not_end_the_header_above_the_symbol() {
    String paper = "masthead\tWORLD ORCHARD ORGANIZATION\npara-cont\tFounded in 1950 as the Orchard Council\nsymbol\tWOO/12/3\nsession\tTwelfth session\ntitle\tPruning rules\n";
    RoleHeader header = RoleHeader.of(lines(paper));
    assertThat(header.symbol()).isEqualTo("WOO/12/3");
    assertThat(header.session()).isEqualTo("Twelfth session");
    assertThat(header.title()).isEqualTo("Pruning rules");
  }

  @Test
  void a_web_page_s_menu_and_links_read_as_running_text_do_not_end_the_header_above_the_symbol() {
    String paper = "masthead\tSkip to content\nheading\tMember states\npara-cont\tSite map\n"
        + "para-cont\tMinutes of the third meeting of the Lake Fisheries Board (Kampala, 2-4 May 2001)\nheading\tBoard meetings\n"
        + "para-cont\tMinutes of the third meeting of the Lake Fisheries Board (Kampala, 2-4 May 2001)\n"
        + "symbol\tLFB/3/9\ndate\t4 May 2001\nsession\tThird meeting\ntitle\tMINUTES OF THE THIRD MEETING\npara-start\t1. The Board met in Kampala.\n";
    RoleHeader header = RoleHeader.of(lines(paper));
    assertThat(header.symbol()).isEqualTo("LFB/3/9");
    assertThat(header.session()).isEqualTo("Third meeting");
    assertThat(header.title()).isEqualTo("MINUTES OF THE THIRD MEETING");
  }

  @Test
  void a_short_sentence_with_no_header_line_under_it_ends_the_header() {
    String paper = "symbol\tLFB/3/9\ntitle\tMinutes of the third meeting\npara-cont\tIt rained.\npara-cont\tNets\n"
        + "para-cont\tBoats\npara-cont\tOars\nsession\tFourth meeting\n";
    RoleHeader header = RoleHeader.of(lines(paper));
    assertThat(header.symbol()).isEqualTo("LFB/3/9");
    assertThat(header.session()).isNull();
  }

  @Test
  void a_place_and_date_is_no_title_and_a_title_s_first_line_given_another_role_is_kept() {
    String paper = "label\tDecision of the Committee on the\ntitle\tpruning of old trees\n\ntitle\tLisbon, 10 December 2019\n";
    assertThat(RoleHeader.of(lines(paper)).title()).isEqualTo("Decision of the Committee on the pruning of old trees");
  }

  @Test
  void a_header_read_as_masthead_alone_is_the_title() {
    RoleHeader header = RoleHeader.of(lines("masthead\tHARBOUR WORKS REVIEW OF THE\nmasthead\tEASTERN PORTS\nmasthead\tI.\nheading\tINTRODUCTION\npara-start\t1. The works began.\n"));
    assertThat(header.title()).isEqualTo("HARBOUR WORKS REVIEW OF THE EASTERN PORTS");
  }

  @Test
  void without_a_title_line_the_lines_under_the_last_fact_are_the_title() {
    RoleHeader header = RoleHeader.of(lines("body\tAssembly of Parties\nsession\tNinth meeting\nsymbol\tAP/9/4\n\nlabel\tRevision of the ferry tariffs\n\nheading\tA. Background\npara-start\t1. The tariffs date from 2001.\n"));
    assertThat(header.title()).isEqualTo("Revision of the ferry tariffs");
    assertThat(header.session()).isEqualTo("Ninth meeting");
  }

  @Test
  void a_date_line_with_a_place_and_days_is_the_meeting_and_a_bracketed_date_note_starts_no_body() {
    RoleHeader header = RoleHeader.of(lines("symbol\tAP/9/5\ndate\tLisbon, 4-6 May 2010\ntitle\tFERRY SAFETY\npara-cont\t(Adopted at the 12th meeting on 6 May 2010)\ntitle\tand rescue at sea\npara-start\t1. The Parties agreed.\n"));
    assertThat(header.meetingDates().start()).isEqualTo(java.time.LocalDate.of(2010, 5, 4));
    assertThat(header.meetingPlace()).isEqualTo("Lisbon");
    assertThat(header.issued()).isNull();
    assertThat(header.frontLines()).extracting(RoledLine::text).contains("(Adopted at the 12th meeting on 6 May 2010)");
  }

  @Test
  void a_session_in_a_cell_beside_the_symbol_is_read() {
    RoleHeader header = RoleHeader.of(lines("masthead\tFERRY UNION\nsymbol\tSeventh Session        FU-7/3\ntitle\tTariffs\npara-start\t1. The Parties agreed.\n"));
    assertThat(header.session()).isEqualTo("Seventh Session");
  }

  @Test
  void lines_of_a_paper_starting_with_its_body_are_no_header() {
    List<RoledLine> front = lines("masthead\tBackground\nmasthead\tTwo ferries were bought.\n");
    assertThat(RoleHeader.headerMask(front, null)).containsExactly(false, false);
    List<RoledLine> withFacts = lines("masthead\tFERRY UNION\nsymbol\tFU-7/3\nmasthead\tI. Background\n");
    assertThat(RoleHeader.headerMask(withFacts, null)).containsExactly(true, true, false);
  }
}
