package org.councilsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.councilsearch.model.Interpretation;
import org.councilsearch.model.Interpretation.Expansion;
import org.junit.jupiter.api.Test;

/** The reading of a query in the few words a phone shows on one line. */
class ReadingBriefTest {
  private static Interpretation reading(
      Integer from, Integer to, List<Expansion> expansions, String partner, List<String> predecessors) {
    return new Interpretation(
        "words", from, to, from == null && to == null ? null : "years", expansions, List.of(), partner,
        predecessors, false, "the whole sentence");
  }

  @Test
  void a_year_and_an_acronym() {
    Expansion fgm = new Expansion("FGM", List.of("female genital mutilation"), "subjects");
    assertThat(ReadingBrief.of(reading(2009, 2009, List.of(fgm), null, List.of())))
        .isEqualTo("2009 first; FGM or female genital mutilation");
  }

  @Test
  void a_partner_with_many_names_and_predecessors() {
    Expansion names = new Expansion("UN-Women", List.of("United Nations Entity ...", "UN Women", "UNWomen"), "organizations");
    assertThat(ReadingBrief.of(reading(null, null, List.of(names), "United Nations Entity ...", List.of("UNIFEM"))))
        .isEqualTo("UN-Women or 3 other names; collaborations, then predecessors");
  }

  @Test
  void open_ended_and_closed_year_ranges() {
    assertThat(ReadingBrief.of(reading(2011, null, List.of(), null, List.of()))).isEqualTo("from 2011 first");
    assertThat(ReadingBrief.of(reading(null, 2005, List.of(), null, List.of()))).isEqualTo("up to 2005 first");
    assertThat(ReadingBrief.of(reading(2005, 2009, List.of(), null, List.of()))).isEqualTo("2005–2009 first");
  }

  @Test
  void nothing_read_gives_no_brief() {
    assertThat(ReadingBrief.of(reading(null, null, List.of(), null, List.of()))).isNull();
  }
}
