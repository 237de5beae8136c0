package org.councilsearch.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ResultCsvTest {
  private static List<CSVRecord> readBack(String csv) throws Exception {
    try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
      return p.getRecords();
    }
  }

  @Test
  void cells_a_spreadsheet_would_run_as_formulas_are_read_back_as_text() throws Exception {
    StringWriter out = new StringWriter();
    try (ResultCsv csv = ResultCsv.to(out, List.of("a", "b", "c", "d", "e", "f", "g"))) {
      csv.row("=HYPERLINK(\"http://x.invalid\",\"click\")", "+1+2", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", "safe = text");
    }
    CSVRecord row = readBack(out.toString()).get(0);
    assertThat(row.values())
        .containsExactly(
            "'=HYPERLINK(\"http://x.invalid\",\"click\")", "'+1+2", "'-2+3", "'@SUM(A1)", "'\tTAB", "'\rCR", "safe = text");
  }

  @Test
  void commas_quotes_and_line_breaks_stay_inside_their_cell() throws Exception {
    StringWriter out = new StringWriter();
    try (ResultCsv csv = ResultCsv.to(out, ResultCsv.SEARCH_COLUMNS)) {
      csv.row("gender, \"equality\"", 1, "Title\nwith a break", null, 2009, "4", "c", "/documents/x", "“quoted” text");
    }
    List<CSVRecord> rows = readBack(out.toString());
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("query")).isEqualTo("gender, \"equality\"");
    assertThat(rows.get(0).get("title")).isEqualTo("Title\nwith a break");
    assertThat(rows.get(0).get("symbol")).isEmpty();
    assertThat(rows.get(0).get("year")).isEqualTo("2009");
    assertThat(out.toString()).startsWith("query,rank,title,symbol,year,paragraph,citation,link,snippet\r\n");
  }

  @Test
  void plain_values_are_left_as_they_are() {
    assertThat(CsvCells.neutralize("UN-Women")).isEqualTo("UN-Women");
    assertThat(CsvCells.neutralize("")).isEmpty();
    assertThat(CsvCells.neutralize(null)).isEmpty();
    assertThat(CsvCells.neutralize("2009")).isEqualTo("2009");
  }
}
