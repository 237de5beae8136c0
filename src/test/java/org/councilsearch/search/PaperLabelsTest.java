package org.councilsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.councilsearch.model.Paper;
import org.councilsearch.model.PaperMetadata;
import org.councilsearch.model.SearchResult.FacetCount;
import org.junit.jupiter.api.Test;

/** The paper facet tells papers of one title apart, by year first. */
class PaperLabelsTest {
  private static Paper paper(String id, String title, Integer year, String symbol) {
    return new Paper(id, id + ".txt", "text/plain", new PaperMetadata(title, year, symbol, null, null, null, null), null);
  }

  @Test
  void papers_of_one_title_are_told_apart_by_year_then_symbol() {
    Map<String, Paper> papers =
        Map.of(
            "a", paper("a", "Report on Gender Issues", 2003, "MC/INF/1"),
            "b", paper("b", "Report on Gender Issues", 2005, "MC/INF/2"),
            "c", paper("c", "Gender Coordination Report 2009", 2009, null),
            "d", paper("d", "Annual Report", 2011, "C/1"),
            "e", paper("e", "Annual Report", 2011, "C/2"));
    List<FacetCount> byId =
        List.of("a", "b", "c", "d", "e").stream().map(id -> new FacetCount(id, id, 1)).toList();
    List<String> labels =
        PaperLabels.label(byId, papers::get).stream().map(FacetCount::label).toList();
    assertThat(labels)
        .containsExactly(
            "Report on Gender Issues (2003)",
            "Report on Gender Issues (2005)",
            "Gender Coordination Report 2009",
            "Annual Report (2011), C/1",
            "Annual Report (2011), C/2");
  }
}
