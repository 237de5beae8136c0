package org.councilsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.councilsearch.app.Services;
import org.councilsearch.model.Hit;
import org.councilsearch.model.SearchResult;
import org.councilsearch.support.SmallIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A word of a query counts once in a passage, whichever analysis finds it there: a French passage,
 * searched with English and with French analysis, is not worth twice an English one for a word
 * both print. On two small papers of our own, one in French and one in English.
 */
class WordsInEveryAnalysisTest {
  @TempDir static Path tmp;
  static Services.Searching open;

  @BeforeAll
  static void indexTwoPapers() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(
        corpus.resolve("rapport-2031.txt"),
        """
        RAPPORT SUR LA SANTÉ DES MIGRANTS 2031

        I. Activités

        1. La campagne de vaccination des enfants a commencé dans les centres d'accueil du pays.

        2. Les équipes ont visité les écoles de la région pour informer les familles.
        """,
        StandardCharsets.UTF_8);
    Files.writeString(
        corpus.resolve("report-2031.txt"),
        """
        REPORT ON THE HEALTH OF MIGRANTS 2031

        I. Activities

        1. The vaccination campaign for children began in the reception centres of the country.

        2. The teams visited the schools of the region to inform the families.
        """,
        StandardCharsets.UTF_8);
    open = SmallIndex.of(corpus, tmp.resolve("index"), false);
  }

  @AfterAll
  static void close() throws Exception {
    open.close();
  }

  @Test
  void a_french_passage_is_not_worth_twice_an_english_one_for_a_word_both_print() {
    SearchResult r = open.search().searchWords(SearchRequest.of("vaccination", 10));
    List<Hit> hits = r.hits().subList(0, (int) r.total());
    assertThat(hits).extracting(Hit::language).containsExactlyInAnyOrder("fr", "en");
    float french = hits.stream().filter(h -> "fr".equals(h.language())).findFirst().orElseThrow().score();
    float english = hits.stream().filter(h -> "en".equals(h.language())).findFirst().orElseThrow().score();
    assertThat(french).isLessThan(1.5f * english);
  }
}
