package org.councilsearch.backend.solr;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.AnalysisResponseBase.AnalysisPhase;
import org.apache.solr.client.solrj.response.AnalysisResponseBase.TokenInfo;
import org.apache.solr.client.solrj.response.FieldAnalysisResponse;
import org.councilsearch.index.FieldKind;
import org.councilsearch.index.Schema;
import org.councilsearch.model.DateSpan;
import org.councilsearch.model.Entities;
import org.councilsearch.model.Event;
import org.councilsearch.model.Organization;
import org.councilsearch.model.Paper;
import org.councilsearch.model.PaperMetadata;
import org.councilsearch.model.Passage;
import org.councilsearch.model.PassageKind;
import org.councilsearch.support.SolrCloud;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The generated configset loads into a real SolrCloud, and Solr analyzes and stores a passage as
 * the embedded index does: same terms for every analyzed field, same facet values, and the date
 * range found by a range that only overlaps it.
 */
@Tag("solrcloud")
@ExtendWith(SolrCloud.Shared.class)
class SolrSchemaIT {
  private static final String TRICKY =
      "The Secretary-General's report on UN-Women's remittances (A/64/588), 2009–2010: the"
          + " committees' “café” naïve O'Neil at www.example.org, 3.5% of U.S.A. funds and"
          + " resolution 1325(2000) were Re-examined; THE Council's wishes of the States.";

  private final Schema schema = new Schema();
  private final SolrSchema solr = new SolrSchema(schema);

  @Test
  void a_passage_analyzes_and_reads_back_as_in_the_embedded_index(SolrCloud cloud) throws Exception {
    String collection = "schema_check";
    cloud.createCollection(collection);
    try {
      var client = cloud.client();
      assertThat(new SchemaRequest.SchemaName().process(client, collection).getSchemaName())
          .isEqualTo(SolrSchema.schemaName());

      for (String field : List.of(Schema.TEXT, Schema.TEXT_WORDS, Schema.SECTION, Schema.EVENT,
          Schema.TITLE, Schema.ORG, Schema.PLACE)) {
        assertThat(solrTerms(client, collection, field, TRICKY))
            .as("terms of %s", field)
            .isEqualTo(luceneTerms(field, TRICKY));
      }

      Paper paper =
          new Paper("p1", "p1.pdf", "pdf", new PaperMetadata("Report", 2009, "A/64/588", null, null, null, null), "hash1");
      Entities entities =
          new Entities(
              List.of(new Organization("UN-Women", null, List.of())),
              List.of(new DateSpan("March 2009", java.time.LocalDate.of(2009, 3, 1),
                  java.time.LocalDate.of(2009, 3, 31))),
              List.of(new Event("Beijing Conference", "conference", null, null, null, List.of())),
              List.of("Geneva"),
              List.of());
      Passage passage =
          new Passage("p1-1", "p1", 1, "12", PassageKind.PARAGRAPH, List.of("Funding"), TRICKY,
              entities);
      client.add(collection, solr.document(schema.paperFields(paper, 1)));
      client.add(collection, solr.document(schema.passageFields(paper, passage)));
      client.commit(collection);

      assertThat(count(client, collection, "text:remitt AND text_words:remittances")).isEqualTo(1);
      assertThat(count(client, collection, "org:\"un-women\" AND place:geneva")).isEqualTo(1);
      assertThat(count(client, collection, "dates:[2009-03-15 TO 2009-04-15]")).isEqualTo(1);
      assertThat(count(client, collection, "dates:[2009-04-01 TO 2009-04-15]")).isZero();
      assertThat(count(client, collection,
          SolrSchema.facetField(Schema.FACET_ORG) + ":\"UN-Women\" AND "
              + SolrSchema.facetField(Schema.FACET_EVENT_TYPE) + ":conference AND "
              + SolrSchema.facetField(Schema.FACET_YEAR) + ":2009")).isEqualTo(1);
      var doc = client.query(collection, new SolrQuery("id:p1-1").setFields("*")).getResults().get(0);
      assertThat(doc.getFieldValue(Schema.TEXT)).isEqualTo(TRICKY);
      assertThat(doc.getFieldValue(Schema.ORDER)).isEqualTo(1);
    } finally {
      cloud.delete(collection);
    }
  }

  private static long count(org.apache.solr.client.solrj.SolrClient client, String collection,
      String query) throws Exception {
    return client.query(collection, new SolrQuery(query).setRows(0)).getResults().getNumFound();
  }

  private List<String> luceneTerms(String field, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    String value = Schema.field(field).kind() == FieldKind.EXACT_NAME ? Schema.exact(text) : text;
    try (TokenStream ts = schema.analyzer().tokenStream(field, value)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    }
    return terms;
  }

  private static List<String> solrTerms(org.apache.solr.client.solrj.SolrClient client,
      String collection, String field, String text) throws Exception {
    String value =
        Schema.field(field).kind() == FieldKind.EXACT_NAME ? Schema.exact(text) : text;
    FieldAnalysisResponse response =
        new FieldAnalysisRequest().addFieldName(field).setFieldValue(value).setQuery(value)
            .process(client, collection);
    AnalysisPhase last = null;
    for (AnalysisPhase phase : response.getFieldNameAnalysis(field).getIndexPhases()) {
      last = phase;
    }
    List<String> terms = new ArrayList<>();
    for (TokenInfo token : last.getTokens()) {
      terms.add(token.getText());
    }
    return terms;
  }
}
