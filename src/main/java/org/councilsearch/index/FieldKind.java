package org.councilsearch.index;

/**
 * How one field of the index is indexed, in words that both back ends understand: the embedded
 * Lucene documents ({@link Schema}) and the SolrCloud configset ({@link SolrSchema}) are made from
 * the same {@link SchemaField} list, so the two cannot drift apart.
 */
public enum FieldKind {
  /** One untokenized term, exactly as given: ids, paper ids, kinds, sources, paragraph numbers. */
  KEYWORD,
  /**
   * A keyword that also orders passages of equal score (the paper id, then {@link #SORT_INT}
   * order), so that ties come in the same order however the index was built, by however many
   * workers.
   */
  TIE_BREAKER,
  /** A name as one lowercased term ({@link ExactNameAnalyzer}): organizations, places, people. */
  EXACT_NAME,
  /** English text ({@code EnglishAnalyzer}): possessives dropped, lowercased, stop words, Porter. */
  TEXT,
  /** English text whose postings keep offsets, so the highlighter need not analyze it again. */
  TEXT_WITH_OFFSETS,
  /**
   * Text of one language other than English, analyzed as the {@link LanguageAnalysis} of the
   * field's name says: French or Spanish stop words, elision, light stemming, accents folded.
   */
  LANGUAGE_TEXT,
  /** Lowercased words, not stemmed and without stop words, for wildcards. */
  WORDS,
  /** A whole number for range queries and sorting. */
  INT,
  /** A whole number for sorting only. */
  SORT_INT,
  /** Ranges of days, found by a range that intersects them. */
  DAY_RANGE,
  /** Text kept for display, not searchable. */
  STORED_STRING,
  /** A number kept for display, not searchable. */
  STORED_INT,
  /**
   * A unit-length vector of {@link Schema#VECTOR_DIMENSIONS} floats, found by its nearest
   * neighbours (HNSW) under dot product, which for unit vectors is cosine similarity.
   */
  VECTOR
}
