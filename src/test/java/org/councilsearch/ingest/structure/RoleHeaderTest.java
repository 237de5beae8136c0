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
    for (String line : labelled.split("\n", -1)) {
      if (!line.isEmpty()) {
        int tab = line.indexOf('\t');
        out.add(new RoledLine(new PrintedLine(line.substring(tab + 1), 0, row, false), LineRole.of(line.substring(0, tab))));
      }
      row++;
    }
    return out;
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
}
