package org.councilsearch.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.councilsearch.nlp.LineRoleModel;
import org.junit.jupiter.api.Test;

class RunOnLinesTest {
  private static final RunOnLines SHIPPED = new RunOnLines(LineRoleModel.shipped().breaks());

  @Test
  void a_printed_line_is_left_whole() {
    assertThat(SHIPPED.split("1. The Board met in Basel. It heard the report.")).containsExactly("1. The Board met in Basel. It heard the report.");
  }

  @Test
  void a_header_whose_breaks_were_lost_is_cut_back_into_its_printed_lines() {
    String line =
        "INTERNATIONAL RIVER BOARD IRB/EX/7/2 Original: English Seventh meeting WATER QUALITY AT THE GAUGES"
            + " Note by the Secretariat 1. Readings were taken at nine gauges during the spring. All were within"
            + " the agreed limits. 2. The Board may wish to note the readings and ask for more.";
    List<String> pieces = SHIPPED.split(line);
    // The symbol starts a line; its language note may stay on it, as printed headers sometimes set
    // them ("IRB/EX/7/2   Original: English"): the symbol read from such a line is the same
    // (PaperFamiliesTest reads this header).
    assertThat(pieces)
        .contains("INTERNATIONAL RIVER BOARD", "WATER QUALITY AT THE GAUGES")
        .anyMatch(p -> p.startsWith("IRB/EX/7/2"))
        .anyMatch(p -> p.startsWith("Seventh meeting"))
        .anyMatch(p -> p.startsWith("1. Readings"))
        .anyMatch(p -> p.startsWith("2. The Board"));
    assertThat(String.join(" ", pieces)).isEqualTo(line);
  }

  @Test
  void a_paragraph_number_is_not_cut_from_its_text_nor_an_abbreviation_from_its_number() {
    String line = ("1. The report (see para. 4 and No. 12 of the list) was read. ").repeat(5).strip();
    List<String> pieces = SHIPPED.split(line);
    assertThat(pieces).noneMatch(p -> p.equals("1.") || p.endsWith("para.") || p.endsWith("No."));
  }

  @Test
  void a_field_label_starts_a_line_but_the_last_word_of_a_longer_label_stays_with_its_first() {
    String line =
        "Reference: ORB 2015/2/L.3 Item: 4 Date: 3 June 2015 Agenda item: 6 Distribution: Public Original: English"
            + " RIVER GAUGES OF THE UPPER VALLEY 1. Readings were taken at nine gauges during the spring. All were"
            + " within the agreed limits. 2. The Board may wish to note the readings and ask for more.";
    List<String> pieces = SHIPPED.split(line);
    assertThat(pieces)
        .anyMatch(p -> p.startsWith("Item: 4"))
        .anyMatch(p -> p.startsWith("Original: English"))
        .anyMatch(p -> p.contains("Agenda item: 6"))
        .noneMatch(p -> p.contains("2015/2/L.3 Item"));
  }

  @Test
  void a_model_that_knows_no_breaks_reads_a_long_line_whole() {
    String line = "INTERNATIONAL RIVER BOARD IRB/EX/7/2 Original: English Seventh meeting ".repeat(4).strip();
    assertThat(new RunOnLines(BreakModel.NONE).split(line)).containsExactly(line);
  }
}
