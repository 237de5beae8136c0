package org.councilsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.councilsearch.app.Services;
import org.councilsearch.model.SearchResult;
import org.councilsearch.support.SmallIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a year asked for orders the passages of the years asked, on one small paper of our own. */
class YearRankingTest {
  @TempDir static Path tmp;
  static Services.Searching open;

  @BeforeAll
  static void indexOnePaper() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(
        corpus.resolve("strategy.txt"),
        """
        MEDIUM-TERM STRATEGY 2031

        I. Strategy

        1. The strategy was discussed with member states.

        2. After long consultations with member states and regional offices, the strategy for 2031
        was adopted by the Board at its annual session.
        """,
        StandardCharsets.UTF_8);
    open = SmallIndex.of(corpus, tmp.resolve("index"), true);
  }

  @AfterAll
  static void close() throws Exception {
    open.close();
  }

  @Test
  void among_the_passages_of_the_years_asked_those_that_print_the_year_come_first() {
    // Both paragraphs are of a paper on 2031; the longer one says "the strategy for 2031".
    SearchResult r = open.search().search(SearchRequest.of("strategy 2031", 10));
    assertThat(r.interpreted().fromYear()).isEqualTo(2031);
    assertThat(r.total()).isEqualTo(2);
    assertThat(r.hits().get(0).text()).startsWith("After long consultations");
  }
}
