package org.councilsearch.backend.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.util.QueryBuilder;
import org.councilsearch.index.Schema;
import org.junit.jupiter.api.Test;

class SolrQueriesTest {
  private final Schema schema = new Schema();

  @Test
  void a_phrase_keeps_the_positions_its_stop_words_left_empty_and_its_slop() {
    PhraseQuery phrase = (PhraseQuery) new QueryBuilder(schema.analyzer()).createPhraseQuery(Schema.TEXT, "the Director General of the IOM", 2);
    SolrQueries solr = new SolrQueries("q");
    String q = solr.translate(phrase);
    assertThat(q).isEqualTo("{!lucene v=$q1}");
    assertThat(solr.params()).containsEntry("q1", "text:\"_ director gener _ _ iom\"~2");
  }

  @Test
  void terms_are_sent_as_they_are_and_booleans_keep_their_minimum_to_match() {
    BooleanQuery concepts =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Schema.TEXT, "migrat")), Occur.SHOULD)
            .add(new BoostQuery(new TermQuery(new Term(Schema.SECTION, "women")), 0.7f), Occur.SHOULD)
            .add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Schema.ORG, "un-women"))), 100f), Occur.SHOULD)
            .add(schema.passagesOnly(), Occur.FILTER)
            .setMinimumNumberShouldMatch(2)
            .build();
    SolrQueries solr = new SolrQueries("q");
    String q = solr.translate(concepts);
    assertThat(q).startsWith("{!bool should=$").contains(" filter=$").endsWith(" mm=2}");
    assertThat(solr.params()).containsValue("migrat").containsValue("un-women");
    assertThat(solr.params().values())
        .anySatisfy(v -> assertThat(v).matches("\\{!term f=text v=\\$q\\d+\\}"))
        .anySatisfy(v -> assertThat(v).matches("\\{!term f=org v=\\$q\\d+\\}"))
        .anySatisfy(v -> assertThat(v).matches("_query_:\"\\{!query v=\\$q\\d+\\}\"\\^=100\\.0"))
        .anySatisfy(v -> assertThat(v).matches("_query_:\"\\{!query v=\\$q\\d+\\}\"\\^0\\.7"));
  }

  @Test
  void ranges_disjunctions_and_facet_terms_have_their_solr_forms() {
    SolrQueries solr = new SolrQueries("q");
    solr.translate(IntPoint.newRangeQuery(Schema.YEAR, 2005, Integer.MAX_VALUE));
    solr.translate(LongRange.newIntersectsQuery(Schema.DATES, new long[] {14245}, new long[] {14609}));
    String facet = solr.translate(new TermQuery(DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, Schema.FACET_EVENT_TYPE, "workshop")));
    String dmq = solr.translate(new DisjunctionMaxQuery(java.util.List.of(new TermQuery(new Term(Schema.TEXT, "a")), new TermQuery(new Term(Schema.TEXT, "b"))), 0f));
    assertThat(solr.params())
        .containsValue("year:[2005 TO *]")
        .containsValue("dates:[2009-01-01 TO 2009-12-31]")
        .containsValue("workshop");
    assertThat(facet).startsWith("{!term f=" + SolrSchema.facetField(Schema.FACET_EVENT_TYPE) + " v=$");
    assertThat(dmq).startsWith("{!maxscore tie=0.0 v=$");
  }

  @Test
  void a_main_query_with_a_phrase_asks_every_shard_for_the_phrase_fields_statistics() {
    SolrQueries solr = new SolrQueries("q");
    String q = solr.translateMain(new PhraseQuery(Schema.TEXT, "white", "ribbon"));
    assertThat(q).matches("\\{!bool must=\\$q\\d+ should=\\$q\\d+\\}");
    assertThat(solr.params()).containsValue(SolrSchema.PHRASE_GAP);
    assertThat(solr.params().values()).anySatisfy(v -> assertThat(v).matches("\\{!term f=text v=\\$q\\d+\\}"));
    assertThat(new SolrQueries("q").translateMain(new TermQuery(new Term(Schema.TEXT, "white")))).isEqualTo("{!term f=text v=$q1}");
  }

  @Test
  void highlighting_asks_the_text_for_what_its_unstemmed_copy_matched() {
    SolrQueries solr = new SolrQueries("h", Map.of(Schema.TEXT_WORDS, Schema.TEXT));
    solr.translate(new org.apache.lucene.search.WildcardQuery(new Term(Schema.TEXT_WORDS, "remitt*")));
    assertThat(solr.params()).containsValue("text:remitt*");
  }

  @Test
  void a_query_the_project_never_builds_is_refused_by_name() {
    assertThatThrownBy(() -> new SolrQueries("q").translate(new RegexpQuery(new Term(Schema.TEXT, "wom[ae]n"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RegexpQuery");
  }
}
