package org.councilsearch.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportYearTest {
  @Test
  void a_year_in_the_title_decides() {
    assertThat(ReportYear.inTitle("GENDER COORDINATION REPORT 2011")).isEqualTo(2011);
  }

  @Test
  void the_last_year_of_a_period_in_a_title_is_not_the_papers_year() {
    assertThat(ReportYear.inTitle("Migration strategy 2015–2019")).isNull();
    assertThat(ReportYear.inTitle("Plan for 2010-2015: progress")).isNull();
  }

  @Test
  void a_year_in_a_title_gives_way_to_the_meeting_unless_it_is_the_year_reported_on() {
    assertThat(ReportYear.inTitle("Report on the implementation in 2018 of the pruning policy", 2019)).isNull();
    assertThat(ReportYear.inTitle("Pruning targets for 2020 and 2021", 2019)).isNull();
    assertThat(ReportYear.inTitle("Report of the Director on the work of the Orchard for the year 2014", 2015)).isEqualTo(2014);
    assertThat(ReportYear.inTitle("Rapport sur l'exécution du budget de l'exercice 2013", 2014)).isEqualTo(2013);
    assertThat(ReportYear.inTitle("Arrears of contributions: situation at 30 September 2018", 2019)).isEqualTo(2018);
    assertThat(ReportYear.inTitle("ORCHARD COORDINATION REPORT 2011", 2012)).isEqualTo(2011);
    assertThat(ReportYear.inTitle("Report on the implementation in 2018 of the pruning policy", null)).isEqualTo(2018);
  }
}
