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
 * Which passages a query matches and counts: concepts with their other forms, asking words,
 * phrases, explicit syntax, years and the relaxed fallback, on two small papers of our own.
 */
class MatchingTest {
  @TempDir static Path tmp;
  static Services.Searching open;

  @BeforeAll
  static void indexTwoPapers() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    write(
        corpus.resolve("report-2010.txt"),
        "GENDER COORDINATION REPORT 2010",
        "1. The Unit ran a training course on female genital mutilation for health staff in Dakar.",
        "2. The Unit ran a training course on budgets for finance staff.",
        "3. UN Women provided funding for a shelter for migrant women in Accra.",
        "4. The Unit appointed forty new focal points in country offices.",
        "5. The white ribbons campaign asked male staff to speak out against violence.",
        "6. Ribbons in white and red decorated the hall during the campaign launch.",
        "7. The rotation policy now helps a spouse find employment at the new duty station.",
        "8. The rotation policy was revised to shorten postings in hardship locations.");
    write(
        corpus.resolve("report-2011.txt"),
        "GENDER COORDINATION REPORT 2011",
        "1. A second training course on female genital mutilation was held for nurses.",
        "2. The white ribbons were handed out at the entrance of the conference hall.",
        "3. Volunteers painted murals about migration on the walls of the youth centre.");
    write(
        corpus.resolve("informe-2012.txt"),
        "INFORME DE LA UNIDAD 2012",
        "1. La Junta tomó nota de los planes de formación para el personal de las oficinas regionales.",
        "2. Las oficinas regionales abrieron un albergue para mujeres migrantes en la frontera norte.");
    open = SmallIndex.of(corpus, tmp.resolve("index"), false);
  }

  @AfterAll
  static void close() throws Exception {
    open.close();
  }

  private static void write(Path file, String title, String... paragraphs) throws Exception {
    Files.writeString(file, title + "\n\nI. ACTIVITIES\n\n" + String.join("\n\n", paragraphs) + "\n", StandardCharsets.UTF_8);
  }

  private static SearchResult search(String query) {
    return open.search().search(SearchRequest.of(query, 10));
  }

  private static List<String> counted(SearchResult r) {
    return r.hits().stream().limit(r.total()).map(Hit::text).toList();
  }

  @Test
  void an_acronym_and_its_long_form_are_one_concept_and_every_concept_is_required() {
    SearchResult r = search("FGM training");
    assertThat(r.total()).isEqualTo(2);
    assertThat(counted(r)).allMatch(t -> t.contains("female genital mutilation") && t.contains("training"));
    // The budget course has only one of the two concepts: shown after the matches, not counted.
    Hit near = r.hits().stream().filter(h -> h.text().contains("budgets")).findFirst().orElseThrow();
    assertThat(r.hits().indexOf(near)).isGreaterThanOrEqualTo(2);
    assertThat(near.note()).isEqualTo("missing: FGM");
    assertThat(r.interpreted().relaxed()).isNull();
  }

  @Test
  void an_organization_is_found_under_its_other_names() {
    SearchResult r = search("UN-Women funding");
    assertThat(r.total()).isEqualTo(1);
    assertThat(r.hits().get(0).text()).startsWith("UN Women provided funding");
  }

  @Test
  void words_that_only_ask_are_never_required() {
    SearchResult r = search("how many focal points");
    assertThat(r.total()).isEqualTo(1);
    assertThat(r.hits().get(0).text()).contains("forty new focal points");
  }

  @Test
  void a_stop_word_of_the_querys_language_is_scored_but_never_required() {
    // "del" is no concept of a Spanish query: the passage says "de los planes ... para el personal".
    SearchResult r = search("planes del personal");
    assertThat(r.total()).isEqualTo(1);
    assertThat(r.hits().get(0).text()).contains("los planes de formación para el personal");
    assertThat(r.hits().get(0).note()).isNull();
  }

  @Test
  void beyond_three_concepts_three_quarters_are_required() {
    // Four concepts: three must be there. The revised-postings passage has two.
    SearchResult r = search("rotation policy spouse employment");
    assertThat(r.total()).isEqualTo(1);
    assertThat(r.hits().get(0).text()).contains("helps a spouse find employment");
    assertThat(r.hits().get(1).note()).isEqualTo("missing: spouse, employment");
  }

  @Test
  void a_quoted_phrase_is_one_concept_matched_as_a_phrase() {
    SearchResult r = search("\"white ribbons\" campaign");
    assertThat(r.total()).isEqualTo(1);
    assertThat(r.hits().get(0).text()).contains("white ribbons campaign");
  }

  @Test
  void explicit_operators_keep_their_lucene_meaning() {
    assertThat(search("budgets OR murals").total()).isEqualTo(2);
    assertThat(search("ribbons NOT campaign").total()).isEqualTo(1);
    assertThat(search("+ribbons hall").total()).isEqualTo(3);
  }

  @Test
  void a_word_found_only_in_a_heading_leaves_the_others_marked_in_the_text() {
    // Every passage sits under the heading "ACTIVITIES"; only the text is marked.
    SearchResult r = search("activities AND murals");
    assertThat(r.hits()).singleElement().satisfies(h -> assertThat(h.snippet()).contains("<mark>murals</mark>").doesNotContain("<mark>activities"));
    assertThat(search("FGM training").hits().get(0).snippet())
        .contains("<mark>female genital mutilation</mark>")
        .contains("<mark>training</mark>");
  }

  @Test
  void a_year_ranks_first_but_is_not_a_concept_to_require() {
    SearchResult r = search("female genital mutilation 2011");
    assertThat(r.total()).isEqualTo(2);
    assertThat(r.hits().get(0).year()).isEqualTo(2011);
    assertThat(r.hits().get(1).year()).isEqualTo(2010);
  }

  @Test
  void when_no_passage_has_every_concept_the_match_is_relaxed_once_and_says_so() {
    SearchResult r = search("ribbons murals campaign");
    String note =
        "no passage has all of \"ribbons\", \"murals\" and \"campaign\"; showing passages with most of them,"
            + " the rarer counting more";
    assertThat(r.interpreted().relaxed()).isEqualTo(note);
    assertThat(r.interpreted().summary()).isEqualTo(note);
    assertThat(r.total()).isEqualTo(2);
    assertThat(counted(r)).allMatch(t -> t.contains("campaign") && t.contains("ibbons"));
    assertThat(r.hits().get(0).note()).isEqualTo("missing: murals");
    // The page is filled after them with passages that have one of the concepts, uncounted.
    assertThat(r.hits().subList(2, r.hits().size())).isNotEmpty().allMatch(h -> h.note().startsWith("missing: "));
  }

  @Test
  void a_relaxed_match_asks_for_the_rare_concept_before_the_common_one() {
    // "Unit" is in four passages, "murals" in one, and none has both: the one with murals has
    // the most of what is asked; the Unit passages only fill the page after it, uncounted.
    SearchResult r = search("Unit murals");
    assertThat(r.total()).isEqualTo(1);
    assertThat(r.hits().get(0).text()).contains("murals");
    assertThat(r.hits().get(0).note()).isEqualTo("missing: Unit");
    assertThat(r.hits().subList(1, r.hits().size())).allMatch(h -> "missing: murals".equals(h.note()));
  }

  @Test
  void a_word_no_passage_has_does_not_keep_the_relaxed_match_from_the_others() {
    SearchResult r = search("murals qwxzv");
    assertThat(r.total()).isEqualTo(1);
    assertThat(counted(r)).singleElement().asString().contains("murals");
    assertThat(r.interpreted().relaxed()).contains("showing passages with one of them").endsWith("; \"qwxzv\" is in no passage");
  }

  @Test
  void a_paper_is_found_by_its_titles_words_and_a_passage_that_says_them_comes_first() {
    // "Coordination" is only in the papers' titles: the murals passage of the 2011 report has
    // every word asked for, so it matches without relaxing.
    SearchResult r = search("coordination murals");
    assertThat(r.total()).isEqualTo(1);
    assertThat(r.interpreted().relaxed()).isNull();
    assertThat(counted(r)).singleElement().asString().contains("murals");
    // A word of the titles alone finds every passage of those papers, none of the others.
    assertThat(search("coordination").total()).isEqualTo(11);
  }

  @Test
  void a_misspelled_word_gets_the_indexed_word_nearest_it_suggested_and_the_search_is_as_typed() {
    SearchResult r = search("rotaton policy");
    assertThat(r.interpreted().didYouMean()).isEqualTo("rotation policy");
    assertThat(r.interpreted().relaxed()).as("searched as typed").endsWith("\"rotaton\" is in no passage");
    assertThat(search("Hardsip").interpreted().didYouMean()).as("one word alone").isEqualTo("hardship");
    assertThat(search("rotation policy").interpreted().didYouMean()).as("nothing misspelled").isNull();
  }

  @Test
  void nothing_is_suggested_for_a_literal_query_a_short_word_or_a_word_far_from_any() {
    assertThat(open.search().search(SearchRequest.of("rotaton", 10).literally()).interpreted().didYouMean()).isNull();
    assertThat(search("hal").interpreted().didYouMean()).isNull();
    assertThat(search("murals qwxzv").interpreted().didYouMean()).isNull();
  }

  @Test
  void a_relaxed_match_that_finds_nothing_says_that_too() {
    SearchResult r = search("ribbons murals budgets");
    assertThat(r.total()).isZero();
    assertThat(r.interpreted().relaxed())
        .isEqualTo("no passage has all of \"ribbons\", \"murals\" and \"budgets\", nor most of them");
  }

  @Test
  void one_concept_is_never_relaxed() {
    SearchResult r = search("hardship");
    assertThat(r.total()).isEqualTo(1);
    assertThat(search("lighthouse").interpreted().relaxed()).isNull();
  }
}
