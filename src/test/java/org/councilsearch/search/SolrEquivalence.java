package org.councilsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.councilsearch.model.Hit;
import org.councilsearch.model.SearchResult;

/**
 * What "the same answer" means between the embedded index and a SolrCloud collection: the same
 * total, the same facet counts, the same reading of the query, and the same ranked passages with
 * the same scores, where passages of equal score may come in either order (each engine breaks ties
 * by its own document order, which differs between two indexes of the same papers).
 */
final class SolrEquivalence {
  /** Scores summed in another order differ in the last bits of a float; no more. */
  static final double SCORE_TOLERANCE = 1e-4;

  private SolrEquivalence() {}

  /**
   * Checks that {@code solr} answers as {@code embedded} on the first {@code shown} hits; both
   * results must hold at least one hit more, so that a tie cut by the page end is seen.
   */
  static void assertSame(String query, SearchResult embedded, SearchResult solr, int shown) {
    assertThat(solr.total()).as("total of %s", query).isEqualTo(embedded.total());
    assertThat(solr.facets()).as("facets of %s", query).isEqualTo(embedded.facets());
    assertThat(solr.interpreted()).as("reading of %s", query).isEqualTo(embedded.interpreted());
    List<Hit> a = embedded.hits();
    List<Hit> b = solr.hits();
    assertThat(b).as("hits of %s", query).hasSameSizeAs(a);
    int n = Math.min(shown, a.size());
    for (int i = 0; i < n; i++) {
      assertThat((double) b.get(i).score())
          .as("score of hit %d of %s", i + 1, query)
          .isCloseTo(a.get(i).score(), org.assertj.core.data.Offset.offset(tolerance(a.get(i).score())));
    }
    for (List<Integer> run : ties(a, n)) {
      int last = run.get(run.size() - 1);
      if (last >= n - 1 && last + 1 < a.size() && close(a.get(last).score(), a.get(last + 1).score())) {
        continue; // the page end cuts this tie: either engine may show other members of it
      }
      Set<String> inA = new LinkedHashSet<>();
      Set<String> inB = new LinkedHashSet<>();
      for (int i : run) {
        inA.add(a.get(i).id());
        inB.add(b.get(i).id());
      }
      assertThat(inB).as("passages ranked %d-%d of %s", run.get(0) + 1, last + 1, query).isEqualTo(inA);
      for (int i : run) {
        Hit same = b.stream().filter(h -> h.id().equals(a.get(i).id())).findFirst().orElseThrow();
        assertThat(same.snippet()).as("snippet of %s for %s", same.id(), query).isEqualTo(a.get(i).snippet());
        assertThat(same.note()).as("note of %s for %s", same.id(), query).isEqualTo(a.get(i).note());
      }
    }
  }

  /** Runs of consecutive hits (by index) with equal scores, singletons included. */
  private static List<List<Integer>> ties(List<Hit> hits, int n) {
    List<List<Integer>> runs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (i > 0 && close(hits.get(i - 1).score(), hits.get(i).score())) {
        runs.get(runs.size() - 1).add(i);
      } else {
        runs.add(new ArrayList<>(List.of(i)));
      }
    }
    return runs;
  }

  private static boolean close(float x, float y) {
    return Math.abs(x - y) <= tolerance(x);
  }

  private static double tolerance(float score) {
    return SCORE_TOLERANCE * Math.max(1, Math.abs(score));
  }
}
