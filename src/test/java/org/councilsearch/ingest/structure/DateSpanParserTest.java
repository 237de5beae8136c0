package org.councilsearch.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.councilsearch.model.DateSpan;
import org.junit.jupiter.api.Test;

class DateSpanParserTest {
  private static DateSpan span(String text, int y1, int m1, int d1, int y2, int m2, int d2) {
    return new DateSpan(text, LocalDate.of(y1, m1, d1), LocalDate.of(y2, m2, d2));
  }

  @Test
  void reads_day_ranges_within_a_month() {
    assertThat(DateSpanParser.parse("5–7 December 2011")).contains(span("5–7 December 2011", 2011, 12, 5, 2011, 12, 7));
    assertThat(DateSpanParser.parse("2 and 3 July 2009")).contains(span("2 and 3 July 2009", 2009, 7, 2, 2009, 7, 3));
    assertThat(DateSpanParser.parse("16 to 26 November 2009")).contains(span("16 to 26 November 2009", 2009, 11, 16, 2009, 11, 26));
  }

  @Test
  void reads_ranges_across_months_and_years() {
    assertThat(DateSpanParser.parse("29 November-2 December 2005"))
        .contains(span("29 November-2 December 2005", 2005, 11, 29, 2005, 12, 2));
    assertThat(DateSpanParser.parse("30 December 2011 – 2 January 2012"))
        .contains(span("30 December 2011 – 2 January 2012", 2011, 12, 30, 2012, 1, 2));
  }

  @Test
  void reads_single_days_months_and_us_order() {
    assertThat(DateSpanParser.parse("6 February 2009")).contains(span("6 February 2009", 2009, 2, 6, 2009, 2, 6));
    assertThat(DateSpanParser.parse("Tuesday, 6 Feb. 2009")).contains(span("Tuesday, 6 Feb. 2009", 2009, 2, 6, 2009, 2, 6));
    assertThat(DateSpanParser.parse("March 2009")).contains(span("March 2009", 2009, 3, 1, 2009, 3, 31));
    assertThat(DateSpanParser.parse("December 5-7, 2011")).contains(span("December 5-7, 2011", 2011, 12, 5, 2011, 12, 7));
  }

  @Test
  void rejects_what_is_not_a_whole_valid_date() {
    assertThat(DateSpanParser.parse("31 February 2009")).isEmpty();
    assertThat(DateSpanParser.parse("7–5 December 2011")).isEmpty();
    assertThat(DateSpanParser.parse("GENDER COORDINATION REPORT 2011")).isEmpty();
    assertThat(DateSpanParser.parse("held on 6 February 2009 in Geneva")).isEmpty();
    assertThat(DateSpanParser.parse(null)).isEmpty();
  }

  @Test
  void reads_french_and_spanish_dates() {
    assertThat(DateSpanParser.parse("14 décembre 2012")).contains(span("14 décembre 2012", 2012, 12, 14, 2012, 12, 14));
    assertThat(DateSpanParser.parse("8-12 de mayo de 2017")).contains(span("8-12 de mayo de 2017", 2017, 5, 8, 2017, 5, 12));
    assertThat(DateSpanParser.parse("11 et 12 juillet 2019")).contains(span("11 et 12 juillet 2019", 2019, 7, 11, 2019, 7, 12));
    assertThat(DateSpanParser.parse("1er août 2019")).contains(span("1er août 2019", 2019, 8, 1, 2019, 8, 1));
    assertThat(DateSpanParser.parse("marzo de 2018")).contains(span("marzo de 2018", 2018, 3, 1, 2018, 3, 31));
    assertThat(DateSpanParser.parse("23 a 27 de mayo de 2016")).contains(span("23 a 27 de mayo de 2016", 2016, 5, 23, 2016, 5, 27));
    assertThat(DateSpanParser.parse("12 al 14 de marzo de 2013")).contains(span("12 al 14 de marzo de 2013", 2013, 3, 12, 2013, 3, 14));
    assertThat(DateSpanParser.parse("4 au 6 mai 2010")).contains(span("4 au 6 mai 2010", 2010, 5, 4, 2010, 5, 6));
    assertThat(DateSpanParser.parse("30 juin au 2 juillet 2010")).contains(span("30 juin au 2 juillet 2010", 2010, 6, 30, 2010, 7, 2));
  }
}
