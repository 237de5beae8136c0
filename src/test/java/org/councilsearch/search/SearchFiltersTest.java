package org.councilsearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchFiltersTest {
  @Test
  void filters_become_the_search_the_api_runs_for_the_same_parameters() {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("to", "2011");
    given.put("ORG", " UN-Women ");
    given.put("from", "2009");
    given.put("place", "");
    SearchFilters f = SearchFilters.of(given);
    assertThat(f.values()).containsExactly(Map.entry("from", "2009"), Map.entry("to", "2011"), Map.entry("org", "UN-Women"));
    SearchRequest r = f.request("gender", 10, 0);
    assertThat(r.fromYear()).isEqualTo(2009);
    assertThat(r.toYear()).isEqualTo(2011);
    assertThat(r.organization()).isEqualTo("UN-Women");
    assertThat(SearchFilters.of(Map.of("year", "2005")).request("q", 1, 0).toYear()).isEqualTo(2005);
  }

  @Test
  void an_unknown_key_or_a_bad_year_is_named() {
    assertThatThrownBy(() -> SearchFilters.of(Map.of("language", "fr")))
        .isInstanceOf(BadQueryException.class)
        .hasMessage("'language' is not a filter; the filters are year, from, to, org, event, event-type, place, doc, lang, literal");
    assertThatThrownBy(() -> SearchFilters.of(Map.of("lang", "French")))
        .hasMessage("lang takes a language code such as en, fr or es, not 'french'");
    assertThat(SearchFilters.of(Map.of("lang", "FR")).request("q", 1, 0).language()).isEqualTo("fr");
    assertThatThrownBy(() -> SearchFilters.of(Map.of("from", "last year")))
        .hasMessage("from must be a year such as 2009, not 'last year'");
    assertThatThrownBy(() -> SearchFilters.of(Map.of("from", "2012", "to", "2009")))
        .hasMessage("from (2012) is after to (2009)");
  }
}
