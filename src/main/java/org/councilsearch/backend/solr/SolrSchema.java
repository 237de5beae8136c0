package org.councilsearch.backend.solr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.solr.common.SolrInputDocument;
import org.councilsearch.index.FieldKind;
import org.councilsearch.index.FieldedDocument;
import org.councilsearch.index.LanguageAnalysis;
import org.councilsearch.index.Schema;
import org.councilsearch.search.IndexView;
import org.councilsearch.index.SchemaField;

/**
 * The SolrCloud side of {@link Schema}: the configset (managed-schema.xml, solrconfig.xml and the
 * stop words) and the Solr documents, both made from {@link Schema#FIELDS}, so a collection holds
 * what the embedded index holds, analyzed the same way.
 *
 * <p>How each kind of field maps, and why it matches the embedded index:
 *
 * <ul>
 *   <li>English text is {@code EnglishAnalyzer}'s chain spelled out as factories (standard
 *       tokenizer, English possessive, lowercase, its stop words, Porter stemmer); the stop word
 *       file is written from {@code EnglishAnalyzer}'s own set. Position gaps are 0, as Lucene's.
 *   <li>French and Spanish text is each {@link LanguageAnalysis}'s chain, written from its factory
 *       names and parameters, with its stop word files.
 *   <li>Exact names are one lowercased term (the index's {@code ExactNameAnalyzer}); like Lucene's string
 *       fields they keep no norms and no frequencies.
 *   <li>Every text field type ranks with the project's BM25 parameters ({@link
 *       Schema#similarity()}), read from the similarity itself.
 *   <li>Dates mentioned are a {@code DateRangeField} at day precision: a range query on it finds
 *       the ranges it intersects, as {@code LongRange.newIntersectsQuery} does on epoch days.
 *   <li>Each facet dimension is a string field with doc values ({@link #facetField(String)})
 *       holding the same values as the embedded index's facet field.
 * </ul>
 *
 * <p>The schema's name carries {@link Schema#VERSION}, so a collection built by another version is
 * recognised ({@link #versionOf(String)}). Thread-safe: immutable.
 */
public final class SolrSchema {
  /** The prefix of the schema's name and of the uploaded configset's name. */
  static final String NAME_PREFIX = "council-search-v";

  static final String STOP_WORDS = "lang/stopwords_en.txt";

  /**
   * What a translated phrase holds for each position a stop word left empty ("director general
   * of IOM" is "director general _ iom"); the phrase fields' query analysis drops it and leaves
   * the position empty, as the embedded index's phrase has it.
   */
  static final String PHRASE_GAP = "_";

  static final String PHRASE_GAPS = "lang/phrase_gap.txt";
  static final String MANAGED_SCHEMA = "managed-schema.xml";
  static final String SOLRCONFIG = "solrconfig.xml";

  /** The field that routes a document to its shard: a paper and its passages share one. */
  public static final String ROUTE_FIELD = Schema.PAPER;

  private final Map<String, String> files;

  public SolrSchema(Schema schema) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put(MANAGED_SCHEMA, managedSchema(schema.similarity()));
    f.put(SOLRCONFIG, solrConfig());
    f.put(STOP_WORDS, stopWords());
    f.putAll(LanguageAnalysis.files());
    f.put(PHRASE_GAPS, "# Written by `council-search solr-config`: an empty position in a phrase.\n" + PHRASE_GAP + "\n");
    this.files = Map.copyOf(f);
  }

  /** The name the schema carries: it says which schema version the collection was built with. */
  public static String schemaName() {
    return NAME_PREFIX + Schema.VERSION;
  }

  /** The schema version in a schema's name, or null when the name is not one of ours. */
  static String versionOf(String schemaName) {
    if (schemaName == null || !schemaName.startsWith(NAME_PREFIX)) {
      return null;
    }
    return schemaName.substring(NAME_PREFIX.length());
  }

  /** The Solr field that holds the values of facet dimension {@code dimension}. */
  static String facetField(String dimension) {
    return "facet_" + dimension.replace(' ', '_');
  }

  /** The configset's files, by their path inside the configset. */
  Map<String, String> files() {
    return files;
  }

  /**
   * The name to upload the configset under: the schema version and a digest of its files, so a
   * changed configset never overwrites one that a live collection uses.
   */
  public String configSetName() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String name : new TreeSet<>(files.keySet())) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update(files.get(name).getBytes(StandardCharsets.UTF_8));
      }
      return schemaName() + "-" + HexFormat.of().formatHex(digest.digest()).substring(0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** Writes the configset's files under {@code dir}, creating it when needed. */
  public void write(Path dir) throws IOException {
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = dir.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
    }
  }

  /** The Solr document holding the same values as the embedded index's document. */
  SolrInputDocument document(FieldedDocument fields) {
    SolrInputDocument doc = new SolrInputDocument();
    for (FieldedDocument.Value v : fields.values()) {
      Object value = v.value();
      if (value instanceof FieldedDocument.DayRange days) {
        value = dayRange(days);
      } else if (value instanceof float[] vector) {
        value = floats(vector);
      }
      doc.addField(v.field().name(), value);
    }
    for (FieldedDocument.FacetValue f : fields.facets()) {
      doc.addField(facetField(f.dimension()), f.value());
    }
    return doc;
  }

  /** A vector as DenseVectorField takes it: a list of floats. */
  static List<Float> floats(float[] vector) {
    List<Float> floats = new ArrayList<>(vector.length);
    for (float f : vector) {
      floats.add(f);
    }
    return floats;
  }

  /** A range of days in DateRangeField's syntax; one day is written as that day alone. */
  static String dayRange(FieldedDocument.DayRange days) {
    if (days.start().equals(days.end())) {
      return days.start().toString();
    }
    return "[" + days.start() + " TO " + days.end() + "]";
  }

  private static String managedSchema(BM25Similarity similarity) {
    String bm25 =
        String.format(
            Locale.ROOT,
            "    <similarity class=\"solr.BM25SimilarityFactory\">"
                + "<float name=\"k1\">%s</float><float name=\"b\">%s</float>"
                + "<bool name=\"discountOverlaps\">%s</bool></similarity>%n",
            similarity.getK1(),
            similarity.getB(),
            similarity.getDiscountOverlaps());
    StringBuilder s = new StringBuilder();
    s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<!-- Written by `council-search solr-config` from the project's one schema"
            + " definition (index/Schema.FIELDS). Do not edit: regenerate it. -->\n")
        .append("<schema name=\"").append(schemaName()).append("\" version=\"1.6\">\n")
        .append("  <uniqueKey>").append(Schema.ID).append("</uniqueKey>\n")
        .append("  <!-- Each field type says how it ranks; all text ranks as the embedded index."
            + " -->\n")
        .append("  <similarity class=\"solr.SchemaSimilarityFactory\"/>\n\n");
    s.append("  <fieldType name=\"keyword\" class=\"solr.StrField\" omitNorms=\"true\"/>\n");
    s.append("  <fieldType name=\"exact_name\" class=\"solr.TextField\" omitNorms=\"true\""
            + " omitTermFreqAndPositions=\"true\" positionIncrementGap=\"0\">\n")
        .append("    <analyzer><tokenizer name=\"keyword\"/><filter name=\"lowercase\"/></analyzer>\n")
        .append(bm25)
        .append("  </fieldType>\n");
    for (String type : List.of("english", "english_offsets")) {
      s.append("  <fieldType name=\"").append(type).append("\" class=\"solr.TextField\"")
          .append(" positionIncrementGap=\"0\"")
          .append(type.endsWith("offsets") ? " storeOffsetsWithPositions=\"true\"" : "")
          .append(">\n")
          .append("    <analyzer type=\"index\">\n")
          .append("      <tokenizer name=\"standard\"/>\n")
          .append("      <filter name=\"englishPossessive\"/>\n")
          .append("      <filter name=\"lowercase\"/>\n")
          .append("      <filter name=\"stop\" words=\"").append(STOP_WORDS)
          .append("\" ignoreCase=\"false\"/>\n")
          .append("      <filter name=\"porterStem\"/>\n")
          .append("    </analyzer>\n")
          // Council Search sends terms it has analyzed already (stemmed): a second stemming
          // would change them, so queries are only split on spaces, gaps kept.
          .append("    <analyzer type=\"query\">\n")
          .append("      <tokenizer name=\"whitespace\"/>\n")
          .append("      <filter name=\"stop\" words=\"").append(PHRASE_GAPS)
          .append("\" ignoreCase=\"false\"/>\n")
          .append("    </analyzer>\n")
          .append(bm25)
          .append("  </fieldType>\n");
    }
    for (LanguageAnalysis language : LanguageAnalysis.ALL) {
      s.append("  <fieldType name=\"").append(language.solrType()).append("\" class=\"solr.TextField\"")
          .append(" positionIncrementGap=\"0\">\n")
          .append("    <analyzer type=\"index\">\n")
          .append("      <tokenizer name=\"").append(LanguageAnalysis.TOKENIZER).append("\"/>\n");
      for (LanguageAnalysis.Filter filter : language.filters()) {
        s.append("      <filter name=\"").append(filter.name()).append('"');
        new TreeMap<>(filter.params()).forEach((k, v) -> s.append(' ').append(k).append("=\"").append(v).append('"'));
        s.append("/>\n");
      }
      s.append("    </analyzer>\n")
          .append("    <analyzer type=\"query\">\n")
          .append("      <tokenizer name=\"whitespace\"/>\n")
          .append("      <filter name=\"stop\" words=\"").append(PHRASE_GAPS)
          .append("\" ignoreCase=\"false\"/>\n")
          .append("    </analyzer>\n")
          .append(bm25)
          .append("  </fieldType>\n");
    }
    s.append("  <fieldType name=\"words\" class=\"solr.TextField\" positionIncrementGap=\"0\">\n")
        .append("    <analyzer><tokenizer name=\"standard\"/><filter name=\"lowercase\"/></analyzer>\n")
        .append(bm25)
        .append("  </fieldType>\n");
    s.append("  <fieldType name=\"int\" class=\"solr.IntPointField\" docValues=\"true\"/>\n")
        .append("  <fieldType name=\"sort_int\" class=\"solr.IntPointField\" indexed=\"false\""
            + " docValues=\"true\"/>\n")
        .append("  <fieldType name=\"day_range\" class=\"solr.DateRangeField\"/>\n")
        .append("  <fieldType name=\"stored_string\" class=\"solr.StrField\" indexed=\"false\""
            + " docValues=\"false\"/>\n")
        .append("  <fieldType name=\"stored_int\" class=\"solr.IntPointField\" indexed=\"false\""
            + " docValues=\"false\"/>\n")
        .append("  <fieldType name=\"vector\" class=\"solr.DenseVectorField\" vectorDimension=\""
            + Schema.VECTOR_DIMENSIONS + "\" similarityFunction=\"dot_product\"/>\n")
        .append("  <fieldType name=\"facet\" class=\"solr.StrField\" docValues=\"true\""
            + " omitNorms=\"true\"/>\n")
        .append("  <fieldType name=\"version\" class=\"solr.LongPointField\" indexed=\"false\""
            + " stored=\"false\" docValues=\"true\"/>\n\n");
    for (SchemaField field : Schema.FIELDS) {
      s.append(String.format(
          Locale.ROOT,
          "  <field name=\"%s\" type=\"%s\" indexed=\"%s\" stored=\"%s\" multiValued=\"%s\"%s/>%n",
          field.name(),
          solrType(field),
          indexed(field.kind()),
          field.stored(),
          field.multiValued(),
          field.name().equals(Schema.ID) || field.name().equals(Schema.TYPE)
              ? " required=\"true\""
              : ""));
    }
    for (String dim : Schema.FACET_DIMENSIONS) {
      s.append(String.format(
          Locale.ROOT,
          "  <field name=\"%s\" type=\"facet\" indexed=\"true\" stored=\"false\""
              + " multiValued=\"true\"/>%n",
          facetField(dim)));
    }
    s.append("  <!-- Solr's own: optimistic concurrency and replication. -->\n")
        .append("  <field name=\"_version_\" type=\"version\"/>\n")
        .append("</schema>\n");
    return s.toString();
  }

  private static String solrType(SchemaField field) {
    return switch (field.kind()) {
      case LANGUAGE_TEXT -> LanguageAnalysis.ofField(field.name()).solrType();
      case KEYWORD, TIE_BREAKER -> "keyword";
      case EXACT_NAME -> "exact_name";
      case TEXT -> "english";
      case TEXT_WITH_OFFSETS -> "english_offsets";
      case WORDS -> "words";
      case INT -> "int";
      case SORT_INT -> "sort_int";
      case DAY_RANGE -> "day_range";
      case STORED_STRING -> "stored_string";
      case STORED_INT -> "stored_int";
      case VECTOR -> "vector";
    };
  }

  private static boolean indexed(FieldKind kind) {
    return switch (kind) {
      case SORT_INT, STORED_STRING, STORED_INT -> false;
      default -> true;
    };
  }

  private static String solrConfig() {
    return String.format(
        Locale.ROOT,
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Written by `council-search solr-config`. Do not edit: regenerate it. -->
        <config>
          <luceneMatchVersion>9.12</luceneMatchVersion>
          <dataDir>${solr.data.dir:}</dataDir>
          <directoryFactory name="DirectoryFactory"
                            class="${solr.directoryFactory:solr.NRTCachingDirectoryFactory}"/>
          <schemaFactory class="ManagedIndexSchemaFactory">
            <bool name="mutable">false</bool>
            <str name="managedSchemaResourceName">managed-schema.xml</str>
          </schemaFactory>
          <indexConfig>
            <ramBufferSizeMB>64</ramBufferSizeMB>
            <lockType>${solr.lock.type:native}</lockType>
          </indexConfig>
          <!-- council-search commits once at the end of a run, so readers see a run's papers all
               at once; the hard commits here only make the log durable, they open no searcher. -->
          <updateHandler class="solr.DirectUpdateHandler2">
            <updateLog>
              <str name="dir">${solr.ulog.dir:}</str>
            </updateLog>
            <autoCommit>
              <maxTime>${solr.autoCommit.maxTime:60000}</maxTime>
              <openSearcher>false</openSearcher>
            </autoCommit>
          </updateHandler>
          <!-- Term statistics over the whole collection, not per shard, so that scores match those
               of one embedded index whatever shard a passage lives on. -->
          <statsCache class="org.apache.solr.search.stats.ExactStatsCache"/>
          <query>
            <maxBooleanClauses>${solr.max.booleanClauses:1024}</maxBooleanClauses>
            <filterCache size="512" initialSize="512" autowarmCount="0"/>
            <queryResultCache size="512" initialSize="512" autowarmCount="0"/>
            <documentCache size="512" initialSize="512" autowarmCount="0"/>
            <enableLazyFieldLoading>true</enableLazyFieldLoading>
            <useColdSearcher>false</useColdSearcher>
          </query>
          <requestDispatcher>
            <requestParsers multipartUploadLimitInKB="-1" formdataUploadLimitInKB="-1"/>
            <httpCaching never304="true"/>
          </requestDispatcher>
          <!-- The embedded index's spell checker (IndexView.spelledLike), with its settings. -->
          <searchComponent name="spellcheck" class="solr.SpellCheckComponent">
            <lst name="spellchecker">
              <str name="name">default</str>
              <str name="field">%s</str>
              <str name="classname">solr.DirectSolrSpellChecker</str>
              <str name="distanceMeasure">internal</str>
              <float name="accuracy">%s</float>
              <int name="maxEdits">2</int>
              <int name="minPrefix">1</int>
              <int name="maxInspections">5</int>
              <int name="minQueryLength">%d</int>
              <float name="maxQueryFrequency">0.01</float>
            </lst>
          </searchComponent>
          <requestHandler name="/select" class="solr.SearchHandler">
            <lst name="defaults">
              <str name="echoParams">explicit</str>
              <int name="rows">10</int>
            </lst>
            <arr name="last-components">
              <str>spellcheck</str>
            </arr>
          </requestHandler>
        </config>
        """,
        Schema.TEXT_WORDS,
        IndexView.SPELLING_ACCURACY,
        IndexView.SPELLING_MIN_LENGTH);
  }

  private static String stopWords() {
    List<String> words = new ArrayList<>();
    for (Object word : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
      words.add(new String((char[]) word));
    }
    words.sort(null);
    return "# EnglishAnalyzer's stop words, written by `council-search solr-config`.\n"
        + String.join("\n", words)
        + "\n";
  }
}
