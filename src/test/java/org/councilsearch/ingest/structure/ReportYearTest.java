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
}
