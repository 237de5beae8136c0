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

/**
 * What a query naming an organization, or typed with a French or Spanish word's accents, matches:
 * the passages of the organization's own papers, and English passages that spell the word without
 * accents. On two small papers of our own, of two organizations.
 */
class OrganizationAndAccentMatchingTest {
  @TempDir static Path tmp;
  static Services.Searching open;

  @BeforeAll
  static void indexTwoPapers() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(
        corpus.resolve("undp-plans.txt"),
        """
        United Nations                                                  DP/2031/7
        Executive Board of the United Nations
        Development Programme

        Annual session 2031

        Annual report of the Administrator for 2030

        I. Introduction

        1. The Board may wish to take note of the plans for the period from 2031 to 2032.

        2. In 2030 the Administrator visited twelve country offices.
        """,
        StandardCharsets.UTF_8);
    Files.writeString(
        corpus.resolve("who-plans.txt"),
        """
        WORLD HEALTH ORGANIZATION                                        EB201/4

        Report by the Director-General

        I. Plans

        1. The plans for the period from 2031 to 2032 cover three regions.

        2. The Ebola response team met in Geneva in 2030.
        """,
        StandardCharsets.UTF_8);
    open = SmallIndex.of(corpus, tmp.resolve("index"), false);
  }

  @AfterAll
  static void close() throws Exception {
    open.close();
  }

  private static SearchResult search(String query) {
    return open.search().search(SearchRequest.of(query, 10));
  }

  @Test
  void an_organization_named_in_a_query_is_met_by_the_papers_it_issued() {
    // The UNDP paper's paragraph says "the plans", not "UNDP": it is still UNDP's plans; the WHO
    // paper's plans are not.
    SearchResult r = search("UNDP plans");
    assertThat(r.total()).isEqualTo(1);
    assertThat(r.hits().get(0).text()).startsWith("The Board may wish to take note of the plans");
    assertThat(r.hits()).filteredOn(h -> h.text().startsWith("The plans for the period")).allMatch(h -> "missing: UNDP".equals(h.note()));
  }

  @Test
  void a_word_typed_with_accents_finds_an_english_passage_that_spells_it_without() {
    // "ébola" as a Spanish or French query spells it; English analysis keeps accents.
    SearchResult r = search("ébola");
    assertThat(r.total()).isEqualTo(1);
    assertThat(r.hits().get(0).text()).isEqualTo("The Ebola response team met in Geneva in 2030.");
    assertThat(search("Ebola").hits().get(0).text()).isEqualTo(r.hits().get(0).text());
  }
}
