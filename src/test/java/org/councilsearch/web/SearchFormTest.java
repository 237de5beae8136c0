package org.councilsearch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilsearch.search.BadQueryException;
import org.councilsearch.search.SearchRequest;
import org.junit.jupiter.api.Test;

class SearchFormTest {
  private static SearchForm form(String... pairs) {
    Map<String, List<String>> query = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      query.put(pairs[i], List.of(pairs[i + 1]));
    }
    return SearchForm.parse(query, 10);
  }

  @Test
  void reads_the_search_with_its_filters_and_page() {
    SearchRequest r =
        form("q", " FGM 2009 ", "year", "2009", "org", "UN-Women", "lang", "es", "page", "3", "size", "5")
            .request();
    assertThat(r.query()).isEqualTo("FGM 2009");
    assertThat(r.fromYear()).isEqualTo(2009);
    assertThat(r.toYear()).isEqualTo(2009);
    assertThat(r.organization()).isEqualTo("UN-Women");
    assertThat(r.language()).isEqualTo("es");
    assertThat(r.limit()).isEqualTo(5);
    assertThat(r.offset()).isEqualTo(10);
  }

  @Test
  void blank_values_count_as_absent() {
    SearchRequest r = form("q", "gender", "year", "", "org", "  ").request();
    assertThat(r.fromYear()).isNull();
    assertThat(r.organization()).isNull();
  }

  @Test
  void refuses_malformed_and_out_of_bound_values_with_a_reason() {
    assertThatThrownBy(() -> form("q", "a", "page", "0"))
        .isInstanceOf(BadQueryException.class)
        .hasMessageContaining("page");
    assertThatThrownBy(() -> form("q", "a", "page", "1e9"))
        .isInstanceOf(BadQueryException.class)
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> form("q", "a", "size", "101")).isInstanceOf(BadQueryException.class);
    assertThatThrownBy(() -> form("q", "a", "page", "1000", "size", "100"))
        .isInstanceOf(BadQueryException.class)
        .hasMessageContaining("too deep");
    assertThatThrownBy(() -> form("q", "a", "from", "2012", "to", "2003"))
        .isInstanceOf(BadQueryException.class);
    assertThatThrownBy(() -> form("q", "x".repeat(1001)))
        .isInstanceOf(BadQueryException.class)
        .hasMessageContaining("1000");
    assertThatThrownBy(() -> form("q", "a", "place", "x".repeat(201)))
        .isInstanceOf(BadQueryException.class);
    assertThatThrownBy(() -> form("year", "2009").request()).isInstanceOf(BadQueryException.class);
  }

  @Test
  void links_add_and_remove_filters_and_go_back_to_the_first_page() {
    SearchForm f = form("q", "white ribbons & more", "page", "2", "year", "2009");
    assertThat(f.link("/search"))
        .isEqualTo("/search?q=white%20ribbons%20%26%20more&year=2009&page=2");
    assertThat(f.with("org", "UN Women").link("/search"))
        .isEqualTo("/search?q=white%20ribbons%20%26%20more&year=2009&org=UN%20Women");
    assertThat(f.without("year").link("/search"))
        .isEqualTo("/search?q=white%20ribbons%20%26%20more");
    assertThat(f.onPage(3).link("/search")).endsWith("&page=3");
  }

  @Test
  void the_last_page_offered_is_one_that_can_be_asked_for() {
    for (int size : new int[] {1, 3, 7, 10, 100}) {
      int pages = SearchPageBuilder.pages(1_000_000, size);
      assertThat(pages).isPositive();
      SearchForm last = form("q", "a", "size", String.valueOf(size), "page", String.valueOf(pages));
      assertThat(last.request().offset()).isLessThanOrEqualTo(SearchRequest.MAX_OFFSET);
    }
    assertThat(SearchPageBuilder.pages(0, 10)).isZero();
    assertThat(SearchPageBuilder.pages(21, 10)).isEqualTo(3);
  }
}
