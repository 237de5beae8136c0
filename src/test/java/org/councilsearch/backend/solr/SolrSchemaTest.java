package org.councilsearch.backend.solr;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.solr.common.SolrInputDocument;
import org.councilsearch.index.FieldedDocument;
import org.councilsearch.index.Schema;
import org.councilsearch.index.SchemaField;
import org.councilsearch.model.Paper;
import org.councilsearch.model.PaperMetadata;
import org.councilsearch.model.Passage;
import org.councilsearch.model.PassageKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configset says what the embedded index does, in Solr's words. */
class SolrSchemaTest {
  private final SolrSchema solr = new SolrSchema(new Schema());

  @Test
  void every_field_of_the_schema_and_every_facet_dimension_is_declared() {
    String schema = solr.files().get(SolrSchema.MANAGED_SCHEMA);
    for (SchemaField field : Schema.FIELDS) {
      assertThat(schema).contains("<field name=\"" + field.name() + "\"");
    }
    for (String dim : Schema.FACET_DIMENSIONS) {
      assertThat(schema).contains("<field name=\"" + SolrSchema.facetField(dim) + "\" type=\"facet\"");
    }
    assertThat(schema)
        .contains("name=\"council-search-v" + Schema.VERSION + "\"")
        .contains("<float name=\"k1\">1.2</float><float name=\"b\">0.3</float>")
        .contains("storeOffsetsWithPositions=\"true\"");
  }

  @Test
  void the_stop_words_are_english_analyzers_own() {
    Set<String> written = new HashSet<>();
    for (String line : solr.files().get(SolrSchema.STOP_WORDS).split("\n")) {
      if (!line.startsWith("#")) {
        written.add(line);
      }
    }
    Set<String> english = new HashSet<>();
    for (Object word : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
      english.add(new String((char[]) word));
    }
    assertThat(written).isEqualTo(english);
  }

  @Test
  void french_and_spanish_text_are_analyzed_by_the_chains_the_embedded_index_builds() {
    String schema = solr.files().get(SolrSchema.MANAGED_SCHEMA);
    assertThat(schema)
        .contains("<field name=\"text_fr\" type=\"french\"")
        .contains("<field name=\"text_es\" type=\"spanish\"")
        .contains(
            "<filter name=\"elision\" ignoreCase=\"true\"/>\n"
                + "      <filter name=\"lowercase\"/>\n"
                + "      <filter name=\"stop\" ignoreCase=\"false\" words=\"lang/stopwords_fr.txt\"/>\n"
                + "      <filter name=\"frenchLightStem\"/>\n"
                + "      <filter name=\"asciiFolding\"/>")
        .contains("<filter name=\"spanishLightStem\"/>");
    assertThat(solr.files().get("lang/stopwords_fr.txt")).contains("\ndu\n").contains("\nles\n");
    assertThat(solr.files().get("lang/stopwords_es.txt")).contains("\nde\n").contains("\nlos\n");
  }

  @Test
  void the_configset_name_changes_with_its_content_and_carries_the_version(@TempDir Path dir)
      throws Exception {
    assertThat(solr.configSetName()).startsWith("council-search-v" + Schema.VERSION + "-");
    assertThat(new SolrSchema(new Schema()).configSetName()).isEqualTo(solr.configSetName());
    assertThat(SolrSchema.versionOf(SolrSchema.schemaName())).isEqualTo(Schema.VERSION);
    assertThat(SolrSchema.versionOf("_default")).isNull();

    solr.write(dir);
    assertThat(Files.readString(dir.resolve("managed-schema.xml")))
        .isEqualTo(solr.files().get(SolrSchema.MANAGED_SCHEMA));
    assertThat(dir.resolve("solrconfig.xml")).exists();
    assertThat(dir.resolve("lang/stopwords_en.txt")).exists();
  }

  @Test
  void a_range_of_days_is_written_as_date_range_field_reads_it() {
    LocalDate march1 = LocalDate.of(2009, 3, 1);
    assertThat(SolrSchema.dayRange(new FieldedDocument.DayRange(march1, march1)))
        .isEqualTo("2009-03-01");
    assertThat(SolrSchema.dayRange(new FieldedDocument.DayRange(march1, LocalDate.of(2009, 3, 31))))
        .isEqualTo("[2009-03-01 TO 2009-03-31]");
  }

  @Test
  void a_passage_written_with_its_vector_carries_the_marker_that_finds_it() {
    Schema schema = new Schema();
    Paper paper = new Paper("p1", "p1.txt", "text/plain", new PaperMetadata("A report", 2010, null, null, null, null, null), "h1");
    Passage passage = new Passage("p1-0", "p1", 0, "1", PassageKind.PARAGRAPH, List.of(), "The board met twice.");
    float[] unit = new float[Schema.VECTOR_DIMENSIONS];
    unit[0] = 1f;
    SolrInputDocument with = solr.document(schema.passageFields(paper, passage, unit));
    SolrInputDocument without = solr.document(schema.passageFields(paper, passage));
    assertThat(with.getFieldValue(Schema.EMBEDDED)).isEqualTo(Schema.EMBEDDED_YES);
    assertThat(with.getFieldValues(Schema.VECTOR)).hasSize(Schema.VECTOR_DIMENSIONS);
    assertThat(without.getFieldNames()).doesNotContain(Schema.EMBEDDED, Schema.VECTOR);
    assertThat(solr.files().get(SolrSchema.MANAGED_SCHEMA))
        .contains("<field name=\"embedded\" type=\"keyword\" indexed=\"true\" stored=\"false\"");
  }
}
