package org.councilsearch.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.councilsearch.model.DateSpan;
import org.councilsearch.model.Entities;
import org.councilsearch.model.Event;
import org.councilsearch.model.Organization;
import org.councilsearch.model.Paper;
import org.councilsearch.model.PaperMetadata;
import org.councilsearch.model.Passage;
import org.councilsearch.model.PassageKind;

/**
 * The one place that names the index's fields and says how each is built. The writer and every
 * reader share it, so a document written by one version is read back the same way.
 *
 * <p>The index holds two kinds of documents: one per passage (what search ranks) and one per paper
 * (metadata, content hash for incremental reindexing). Both carry {@link #PAPER} so that one delete
 * removes a paper entirely. Thread-safe: immutable.
 */
public final class Schema {
  /** Bumped when fields change meaning; an index written with another version must be rebuilt. */
  public static final String VERSION = "9";

  public static final String TYPE = "type";
  public static final String ID = "id";
  public static final String PAPER = "paper";
  public static final String SOURCE = "source";
  public static final String FORMAT = "format";
  public static final String TITLE = "title";
  public static final String YEAR = "year";
  public static final String SYMBOL = "symbol";
  public static final String SESSION = "session";
  public static final String ISSUER = "issuer";
  public static final String MEETING_PLACE = "meeting_place";
  public static final String MEETING_TEXT = "meeting_text";
  public static final String MEETING_START = "meeting_start";
  public static final String MEETING_END = "meeting_end";
  public static final String HASH = "hash";
  public static final String ORDER = "order";
  public static final String PASSAGES = "passages";
  public static final String NUMBER = "number";
  public static final String KIND = "kind";
  public static final String SECTION = "section";
  /** The paper's title on each of its passages, searched but not stored: a paper is found by its title's words. */
  public static final String PAPER_TITLE = "paper_title";
  public static final String TEXT = "text";
  /** The ISO 639-1 code of the language a paper, or a passage, is written in: "en", "fr", "es". */
  public static final String LANGUAGE = "language";
  /**
   * The passage text again, lowercased but not stemmed, for wildcards: "remittance*" must match
   * "remittances", whose stem "remitt" it would miss.
   */
  public static final String TEXT_WORDS = "text_words";
  /** The fields whose matches a page marks: the text, and its unstemmed copy that wildcards search. */
  public static final Set<String> MARKED = Set.of(TEXT, TEXT_WORDS);
  /** French passages' text again, with French analysis (see {@link LanguageAnalysis}). */
  public static final String TEXT_FR = "text_fr";
  /** Spanish passages' text again, with Spanish analysis. */
  public static final String TEXT_ES = "text_es";
  /** Canonical organization names, lowercased for exact matching; "org:" in queries. */
  public static final String ORG = "org";
  /** Event names, analyzed like text so that "event:workshop" finds every workshop. */
  public static final String EVENT = "event";
  /** Place names, lowercased for exact matching; "place:" in queries. */
  public static final String PLACE = "place";
  public static final String PERSON = "person";
  /** Every date a passage mentions, as a range of epoch days, so "dated in 2009" is one query. */
  public static final String DATES = "dates";
  /**
   * The passage text's meaning as a sentence-embedding vector; added by the vector pass after the
   * passage is searchable by its words, so a passage may lack it for a while.
   */
  public static final String VECTOR = "vector";

  /**
   * "yes" on a passage that holds its {@link #VECTOR}: an indexed term to find passages with and
   * without one, since SolrCloud cannot ask whether a dense vector field exists.
   */
  public static final String EMBEDDED = "embedded";

  /** The one value {@link #EMBEDDED} takes. */
  public static final String EMBEDDED_YES = "yes";

  /**
   * The passage's text as compared for repetition (letters and digits, lower case, hashed): one
   * term counts the passages that say exactly the same, such as a disclaimer on every page.
   */
  public static final String TEXT_KEY = "text_key";

  /** The length of every passage vector: all-MiniLM-L6-v2's 384. */
  public static final int VECTOR_DIMENSIONS = 384;

  /** What tagging found, as JSON, to hand back whole for display and export. */
  public static final String ENTITIES = "entities";

  /** Facet dimensions, counted over whole result sets. */
  public static final String FACET_YEAR = "year";

  public static final String FACET_ORG = "organization";
  public static final String FACET_EVENT_TYPE = "event type";
  public static final String FACET_PLACE = "place";
  public static final String FACET_PAPER = "paper";
  public static final String FACET_LANGUAGE = "language";

  /** Every facet dimension; passages carry them, papers none. */
  public static final List<String> FACET_DIMENSIONS =
      List.of(FACET_YEAR, FACET_ORG, FACET_EVENT_TYPE, FACET_PLACE, FACET_LANGUAGE, FACET_PAPER);

  private static final Set<String> MULTI_VALUED_FACETS =
      Set.of(FACET_ORG, FACET_EVENT_TYPE, FACET_PLACE);

  /**
   * Every field of the index and how it is indexed: the one definition that both the embedded
   * index's documents and the SolrCloud configset ({@link SolrSchema}) are made from.
   */
  public static final List<SchemaField> FIELDS =
      List.of(
          SchemaField.single(TYPE, FieldKind.KEYWORD, false),
          SchemaField.single(ID, FieldKind.KEYWORD, true),
          SchemaField.single(PAPER, FieldKind.TIE_BREAKER, true),
          SchemaField.single(SOURCE, FieldKind.KEYWORD, true),
          SchemaField.single(FORMAT, FieldKind.STORED_STRING, true),
          SchemaField.single(TITLE, FieldKind.TEXT, true),
          SchemaField.single(YEAR, FieldKind.INT, true),
          SchemaField.single(SYMBOL, FieldKind.STORED_STRING, true),
          SchemaField.single(SESSION, FieldKind.STORED_STRING, true),
          SchemaField.single(ISSUER, FieldKind.STORED_STRING, true),
          SchemaField.single(MEETING_PLACE, FieldKind.STORED_STRING, true),
          SchemaField.single(MEETING_TEXT, FieldKind.STORED_STRING, true),
          SchemaField.single(MEETING_START, FieldKind.STORED_STRING, true),
          SchemaField.single(MEETING_END, FieldKind.STORED_STRING, true),
          SchemaField.single(HASH, FieldKind.STORED_STRING, true),
          SchemaField.single(PASSAGES, FieldKind.STORED_INT, true),
          SchemaField.single(ORDER, FieldKind.SORT_INT, true),
          SchemaField.single(KIND, FieldKind.KEYWORD, true),
          SchemaField.single(LANGUAGE, FieldKind.KEYWORD, true),
          SchemaField.single(NUMBER, FieldKind.KEYWORD, true),
          SchemaField.multi(SECTION, FieldKind.TEXT, true),
          SchemaField.single(PAPER_TITLE, FieldKind.TEXT, false),
          SchemaField.single(TEXT, FieldKind.TEXT_WITH_OFFSETS, true),
          SchemaField.single(TEXT_WORDS, FieldKind.WORDS, false),
          SchemaField.single(TEXT_KEY, FieldKind.KEYWORD, false),
          SchemaField.single(TEXT_FR, FieldKind.LANGUAGE_TEXT, false),
          SchemaField.single(TEXT_ES, FieldKind.LANGUAGE_TEXT, false),
          SchemaField.multi(ORG, FieldKind.EXACT_NAME, false),
          SchemaField.multi(EVENT, FieldKind.TEXT, false),
          SchemaField.multi(PLACE, FieldKind.EXACT_NAME, false),
          SchemaField.multi(PERSON, FieldKind.EXACT_NAME, false),
          SchemaField.multi(DATES, FieldKind.DAY_RANGE, false),
          SchemaField.single(VECTOR, FieldKind.VECTOR, false),
          SchemaField.single(EMBEDDED, FieldKind.KEYWORD, false),
          SchemaField.single(ENTITIES, FieldKind.STORED_STRING, true));

  private static final Map<String, SchemaField> BY_NAME = byName(FIELDS);

  public static final String TYPE_PAPER = "paper";
  public static final String TYPE_PASSAGE = "passage";

  /** Commit metadata keys. */
  public static final String COMMIT_SCHEMA = "schema";

  public static final String COMMIT_INDEXED_AT = "indexed_at";

  /**
   * Passage text keeps offsets in the postings so the highlighter needs no re-analysis and no term
   * vectors: cheaper on disk and fast for long passages.
   */
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

  private final Analyzer analyzer;
  private final FacetsConfig facets;

  public Schema() {
    Analyzer english = new EnglishAnalyzer();
    Map<String, Analyzer> perField = new HashMap<>();
    for (SchemaField field : FIELDS) {
      Analyzer analyzer =
          field.kind() == FieldKind.LANGUAGE_TEXT
              ? LanguageAnalysis.ofField(field.name()).analyzer()
              : queryAnalyzer(field.kind());
      if (analyzer != null) {
        perField.put(field.name(), analyzer);
      }
    }
    this.analyzer = new PerFieldAnalyzerWrapper(english, perField);
    this.facets = new FacetsConfig();
    for (String dim : FACET_DIMENSIONS) {
      facets.setMultiValued(dim, MULTI_VALUED_FACETS.contains(dim));
    }
  }

  /** The analyzer that reads a query on a field of {@code kind}, or null for English text. */
  private static Analyzer queryAnalyzer(FieldKind kind) {
    return switch (kind) {
      case KEYWORD, TIE_BREAKER -> new KeywordAnalyzer();
      case EXACT_NAME -> new ExactNameAnalyzer();
      case WORDS -> new StandardAnalyzer(CharArraySet.EMPTY_SET);
      default -> null;
    };
  }

  /** The field called {@code name}. */
  public static SchemaField field(String name) {
    SchemaField field = BY_NAME.get(name);
    if (field == null) {
      throw new IllegalArgumentException("no field " + name + " in the schema");
    }
    return field;
  }

  /**
   * BM25 with weak length normalization (b = 0.3): council passages range from one-line items to
   * long paragraphs, and the default (0.75) let short items outrank the paragraphs that answer.
   * Tuned on the judged queries (see docs/evaluation.md).
   */
  public BM25Similarity similarity() {
    return new BM25Similarity(1.2f, 0.3f);
  }

  /** The facet configuration, the same for writing and counting. */
  public FacetsConfig facets() {
    return facets;
  }

  /**
   * English analysis with stemming and stop words for text fields, each language's own for its
   * passages' field; keywords for the rest.
   */
  public Analyzer analyzer() {
    return analyzer;
  }

  /**
   * Fields that a plain query searches, with their relative weights: a query is searched with
   * English analysis and with each other language's, so "rapport annuel du comité" finds "rapports
   * annuels" in a French passage.
   */
  public Map<String, Float> searchedFields() {
    // Headings and the paper's title make the passages beneath them findable, but a heading or
    // title word alone must not outrank a paragraph that says it. The title's weight was chosen on
    // the tuning judgments (0.15, 0.3, 0.5), then frozen.
    return SEARCHED;
  }

  /** In a fixed order, so that every run adds the fields' scores up alike. */
  private static final Map<String, Float> SEARCHED = searched();

  private static Map<String, Float> searched() {
    Map<String, Float> fields = new LinkedHashMap<>();
    fields.put(TEXT, 1.0f);
    fields.put(SECTION, 0.7f);
    fields.put(PAPER_TITLE, 0.3f);
    for (LanguageAnalysis a : LanguageAnalysis.ALL) {
      fields.put(a.field(), 1.0f);
    }
    return Collections.unmodifiableMap(fields);
  }

  public Query passagesOnly() {
    return new TermQuery(new Term(TYPE, TYPE_PASSAGE));
  }

  /** Passages tagged with at least one event. */
  public Query aboutAnyEvent() {
    return new FieldExistsQuery(EVENT);
  }

  /** The term of the passages whose text is {@code text} up to case, spacing and punctuation. */
  public Term sameText(String text) {
    return new Term(TEXT_KEY, textKey(text));
  }

  /** The {@link #TEXT_KEY} of a text: its letters and digits, lower case, one space between words, hashed. */
  static String textKey(String text) {
    String compared = NOT_A_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(compared.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** Passages that hold their vector, on either engine (see {@link #EMBEDDED}). */
  public Query withVector() {
    return new TermQuery(new Term(EMBEDDED, EMBEDDED_YES));
  }

  public Query papersOnly() {
    return new TermQuery(new Term(TYPE, TYPE_PAPER));
  }

  public Term paperTerm(String paperId) {
    return new Term(PAPER, paperId);
  }

  /** A paper's document in the embedded index. */
  public Document paperDocument(Paper paper, int passageCount) {
    return lucene(paperFields(paper, passageCount));
  }

  /** A passage's document in the embedded index. */
  public Document passageDocument(Paper paper, Passage passage) {
    return lucene(passageFields(paper, passage));
  }

  /** A paper's values, field by field, as either engine stores them. */
  public FieldedDocument paperFields(Paper paper, int passageCount) {
    PaperMetadata meta = paper.metadata();
    FieldedDocument.Builder doc = new FieldedDocument.Builder();
    doc.add(TYPE, TYPE_PAPER);
    doc.add(ID, paper.id());
    doc.add(PAPER, paper.id());
    doc.add(SOURCE, paper.source());
    doc.add(FORMAT, nullToEmpty(paper.format()));
    doc.add(TITLE, meta.title());
    doc.addIfPresent(YEAR, meta.year());
    doc.addIfPresent(SYMBOL, meta.symbol());
    doc.addIfPresent(SESSION, meta.session());
    doc.addIfPresent(ISSUER, meta.organization());
    doc.addIfPresent(MEETING_PLACE, meta.meetingPlace());
    DateSpan meeting = meta.meetingDates();
    if (meeting != null) {
      doc.add(MEETING_TEXT, meeting.text());
      doc.add(MEETING_START, meeting.start().toString());
      doc.add(MEETING_END, meeting.end().toString());
    }
    doc.add(HASH, paper.contentHash());
    doc.addIfPresent(LANGUAGE, meta.language());
    doc.add(PASSAGES, passageCount);
    return doc.build();
  }

  /** A passage's values, field by field, as either engine stores them. */
  public FieldedDocument passageFields(Paper paper, Passage passage) {
    return passageFields(paper, passage, null);
  }

  /** A passage's values with its text's vector, or without one when {@code vector} is null. */
  public FieldedDocument passageFields(Paper paper, Passage passage, float[] vector) {
    FieldedDocument.Builder doc = new FieldedDocument.Builder();
    doc.add(TYPE, TYPE_PASSAGE);
    doc.add(ID, passage.id());
    doc.add(PAPER, paper.id());
    doc.add(ORDER, passage.order());
    doc.add(KIND, passage.kind().name());
    doc.addIfPresent(LANGUAGE, passage.language());
    doc.addIfPresent(NUMBER, passage.number());
    for (String heading : passage.section()) {
      doc.add(SECTION, heading);
    }
    doc.addIfPresent(PAPER_TITLE, paper.metadata().title());
    doc.add(TEXT, passage.text());
    doc.add(TEXT_WORDS, passage.text());
    doc.add(TEXT_KEY, textKey(passage.text()));
    LanguageAnalysis analysis = LanguageAnalysis.of(passage.language());
    if (analysis != null) {
      doc.add(analysis.field(), passage.text());
    }
    if (vector != null) {
      doc.add(VECTOR, vector);
      doc.add(EMBEDDED, EMBEDDED_YES);
    }
    doc.addIfPresent(YEAR, paper.metadata().year());
    addEntities(doc, passage.entities());
    doc.facet(FACET_PAPER, paper.id());
    if (passage.language() != null) {
      doc.facet(FACET_LANGUAGE, passage.language());
    }
    if (paper.metadata().year() != null) {
      doc.facet(FACET_YEAR, paper.metadata().year().toString());
    }
    return doc.build();
  }

  private static void addEntities(FieldedDocument.Builder doc, Entities entities) {
    if (entities.equals(Entities.NONE)) {
      return;
    }
    Set<String> facetValues = new HashSet<>();
    for (Organization org : entities.organizations()) {
      doc.add(ORG, exact(org.name()));
      if (facetValues.add("o" + org.name())) {
        doc.facet(FACET_ORG, org.name());
      }
    }
    for (Event event : entities.events()) {
      doc.add(EVENT, event.name());
      if (facetValues.add("t" + event.type())) {
        doc.facet(FACET_EVENT_TYPE, event.type());
      }
    }
    for (String place : entities.places()) {
      doc.add(PLACE, exact(place));
      if (facetValues.add("p" + place)) {
        doc.facet(FACET_PLACE, place);
      }
    }
    for (String person : entities.people()) {
      doc.add(PERSON, exact(person));
    }
    for (DateSpan date : entities.dates()) {
      doc.add(DATES, new FieldedDocument.DayRange(date.start(), date.end()));
    }
    try {
      doc.add(ENTITIES, JSON.writeValueAsString(entities));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Lucene document of {@code fields}, each value indexed as its field's kind says. */
  public Document lucene(FieldedDocument fields) {
    Document doc = new Document();
    for (FieldedDocument.Value v : fields.values()) {
      addLucene(doc, v.field(), v.value());
    }
    if (fields.facets().isEmpty()) {
      return doc;
    }
    for (FieldedDocument.FacetValue f : fields.facets()) {
      doc.add(new SortedSetDocValuesFacetField(f.dimension(), f.value()));
    }
    try {
      return facets.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void addLucene(Document doc, SchemaField field, Object value) {
    String name = field.name();
    Field.Store store = field.stored() ? Field.Store.YES : Field.Store.NO;
    switch (field.kind()) {
      case KEYWORD, EXACT_NAME -> doc.add(new StringField(name, (String) value, store));
      case TIE_BREAKER -> {
        doc.add(new StringField(name, (String) value, store));
        doc.add(new SortedDocValuesField(name, new BytesRef((String) value)));
      }
      case TEXT, WORDS, LANGUAGE_TEXT -> doc.add(new TextField(name, (String) value, store));
      case TEXT_WITH_OFFSETS -> doc.add(new Field(name, (String) value, TEXT_WITH_OFFSETS));
      case INT -> {
        int n = (Integer) value;
        doc.add(new IntPoint(name, n));
        if (field.stored()) {
          doc.add(new StoredField(name, n));
        }
        doc.add(new NumericDocValuesField(name, n));
      }
      case SORT_INT -> {
        int n = (Integer) value;
        if (field.stored()) {
          doc.add(new StoredField(name, n));
        }
        doc.add(new NumericDocValuesField(name, n));
      }
      case DAY_RANGE -> {
        FieldedDocument.DayRange days = (FieldedDocument.DayRange) value;
        doc.add(
            new LongRange(
                name,
                new long[] {days.start().toEpochDay()},
                new long[] {days.end().toEpochDay()}));
      }
      case STORED_STRING -> doc.add(new StoredField(name, (String) value));
      case STORED_INT -> doc.add(new StoredField(name, (Integer) value));
      case VECTOR ->
          doc.add(new KnnFloatVectorField(name, (float[]) value, VectorSimilarityFunction.DOT_PRODUCT));
    }
  }

  /** How organization, place and person names are indexed and queried: case-blind, whole. */
  public static String exact(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  public Paper paperFrom(Document doc) {
    DateSpan meeting = null;
    if (doc.get(MEETING_START) != null) {
      meeting =
          new DateSpan(
              doc.get(MEETING_TEXT),
              LocalDate.parse(doc.get(MEETING_START)),
              LocalDate.parse(doc.get(MEETING_END)));
    }
    return new Paper(
        doc.get(ID),
        doc.get(SOURCE),
        emptyToNull(doc.get(FORMAT)),
        new PaperMetadata(
            doc.get(TITLE),
            year(doc),
            doc.get(SYMBOL),
            doc.get(SESSION),
            doc.get(ISSUER),
            doc.get(MEETING_PLACE),
            meeting,
            doc.get(LANGUAGE)),
        doc.get(HASH));
  }

  public Passage passageFrom(Document doc) {
    List<String> section = new ArrayList<>(Arrays.asList(doc.getValues(SECTION)));
    return new Passage(
        doc.get(ID),
        doc.get(PAPER),
        doc.getField(ORDER).numericValue().intValue(),
        doc.get(NUMBER),
        PassageKind.valueOf(doc.get(KIND)),
        section,
        doc.get(TEXT),
        entitiesFrom(doc),
        doc.get(LANGUAGE));
  }

  private static Entities entitiesFrom(Document doc) {
    String json = doc.get(ENTITIES);
    if (json == null) {
      return Entities.NONE;
    }
    try {
      return JSON.readValue(json, Entities.class);
    } catch (IOException e) {
      throw new UncheckedIOException("stored entities cannot be read; rebuild the index with --full", e);
    }
  }

  static Integer year(Document doc) {
    IndexableField year = doc.getField(YEAR);
    return year == null ? null : year.numericValue().intValue();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static Map<String, SchemaField> byName(List<SchemaField> fields) {
    Map<String, SchemaField> byName = new HashMap<>();
    for (SchemaField f : fields) {
      byName.put(f.name(), f);
    }
    return Map.copyOf(byName);
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
