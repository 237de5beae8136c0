package org.councilsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates read as people write them, with the ISO days kept for attributes. */
class ReadableDateTest {
  private static ReadableDate of(String start, String end) {
    return ReadableDate.of(LocalDate.parse(start), LocalDate.parse(end));
  }

  @Test
  void a_single_day() {
    ReadableDate d = of("2011-02-25", "2011-02-25");
    assertThat(d.text()).isEqualTo("25 February 2011");
    assertThat(d.fromDatetime()).isEqualTo("2011-02-25");
    assertThat(d.to()).isNull();
    assertThat(d.iso()).isEqualTo("2011-02-25");
  }

  @Test
  void days_in_one_month_share_the_month_and_year() {
    ReadableDate d = of("2008-11-19", "2008-11-21");
    assertThat(d.text()).isEqualTo("19–21 November 2008");
    assertThat(d.from()).isEqualTo("19");
    assertThat(d.to()).isEqualTo("21 November 2008");
    assertThat(d.fromDatetime()).isEqualTo("2008-11-19");
    assertThat(d.toDatetime()).isEqualTo("2008-11-21");
    assertThat(d.iso()).isEqualTo("2008-11-19 to 2008-11-21");
  }

  @Test
  void days_across_two_months_share_the_year_and_a_spaced_dash() {
    ReadableDate d = of("2008-11-30", "2008-12-02");
    assertThat(d.text()).isEqualTo("30 November – 2 December 2008");
    assertThat(d.from()).isEqualTo("30 November");
  }

  @Test
  void days_across_two_years_name_both_years() {
    assertThat(of("2008-12-30", "2009-01-02").text()).isEqualTo("30 December 2008 – 2 January 2009");
  }

  @Test
  void a_whole_year_is_the_year() {
    ReadableDate d = of("1999-01-01", "1999-12-31");
    assertThat(d.text()).isEqualTo("1999");
    assertThat(d.fromDatetime()).isEqualTo("1999");
    assertThat(d.separator()).isNull();
    assertThat(d.iso()).isEqualTo("1999-01-01 to 1999-12-31");
  }

  @Test
  void whole_years_are_a_range_of_years() {
    ReadableDate d = of("2005-01-01", "2009-12-31");
    assertThat(d.text()).isEqualTo("2005–2009");
    assertThat(d.toDatetime()).isEqualTo("2009");
  }

  @Test
  void a_whole_month_is_the_month_and_year() {
    ReadableDate d = of("2007-06-01", "2007-06-30");
    assertThat(d.text()).isEqualTo("June 2007");
    assertThat(d.fromDatetime()).isEqualTo("2007-06");
    assertThat(of("2008-02-01", "2008-02-29").text()).as("a leap February").isEqualTo("February 2008");
  }

  @Test
  void whole_months_are_a_range_of_months() {
    assertThat(of("2007-06-01", "2007-08-31").text()).isEqualTo("June–August 2007");
    ReadableDate across = of("2008-11-01", "2009-02-28");
    assertThat(across.text()).isEqualTo("November 2008 – February 2009");
    assertThat(across.fromDatetime()).isEqualTo("2008-11");
    assertThat(across.toDatetime()).isEqualTo("2009-02");
  }

  @Test
  void a_part_of_a_month_is_days_not_a_month() {
    assertThat(of("2009-03-01", "2009-03-30").text()).isEqualTo("1–30 March 2009");
    assertThat(of("2009-01-01", "2009-12-30").text()).isEqualTo("1 January – 30 December 2009");
  }

  @Test
  void an_end_missing_or_before_the_start_leaves_the_start_day() {
    assertThat(of("2009-03-02", "2009-03-01").text()).isEqualTo("2 March 2009");
    assertThat(ReadableDate.of(LocalDate.parse("2009-03-02"), null).iso()).isEqualTo("2009-03-02");
  }
}
