package org.councilsearch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilsearch.search.SearchRequest;
import org.junit.jupiter.api.Test;

class HttpTargetTest {
  @Test
  void a_request_becomes_the_apis_query_parameters_with_every_filter() {
    SearchRequest r = new SearchRequest("FGM & \"white ribbon\"", 2005, 2009, "UN-Women", null, "meeting", "Geneva", "p1", "fr", true, 10, 0);
    assertThat(HttpTarget.parameters(r))
        .isEqualTo("q=FGM+%26+%22white+ribbon%22&from=2005&to=2009&org=UN-Women&event-type=meeting&place=Geneva&doc=p1&lang=fr&literal=1&size=10");
  }

  @Test
  void a_plain_query_sends_only_its_words_and_size() {
    assertThat(HttpTarget.parameters(SearchRequest.of("IPU 2012", 10))).isEqualTo("q=IPU+2012&size=10");
  }
}
