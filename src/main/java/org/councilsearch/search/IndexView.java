package org.councilsearch.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.councilsearch.model.Paper;
import org.councilsearch.model.Passage;
import org.councilsearch.model.SearchResult.FacetCount;

/**
 * The execution side of a search on one view of the index: it runs the Lucene queries that query
 * understanding built (they are the one description of what matches and how it scores) and reads
 * back what is stored. Everything that decides what a query means stays out of it. A view is used
 * by one thread for one piece of work, unless it {@linkplain #sharedByThreads says otherwise}; the
 * handles it returns are valid only within it.
 */
public interface IndexView {
  /** A ranked passage: the view's handle on it and its score. */
  record Ranked(int doc, float score) {}

  /** Everything a query matches, counted: the exact total and the facet values per dimension. */
  record Counted(long total, Map<String, List<FacetCount>> byDimension) {}

  /** What one page of results needs of a query: its best passages, and all it matches counted. */
  record Matches(List<Ranked> top, Counted counted) {}

  /**
   * The {@code wanted} best passages for {@code query}, best first; equal scores in the order the
   * engine breaks ties.
   */
  List<Ranked> rank(Query query, int wanted) throws IOException;

  /**
   * The {@code wanted} best passages for {@code query} as {@link #rank} gives them, the exact
   * number of documents it matches and, for each of {@code dimensions}, its most frequent values
   * (labelled by value), most frequent first and equal counts by value. {@code highlighted} is the
   * query whose matches the page will mark ({@link #highlight}): a backend may mark the top now.
   */
  Matches find(Query query, int wanted, List<FacetDimension> dimensions, Query highlighted) throws IOException;

  /** Candidates the nearest-neighbour search explores at least (HNSW's beam), on either engine. */
  int NEAREST_CANDIDATES = 100;

  /**
   * Up to how many documents the nearest passages are found by comparing every one, on either
   * engine: exact, so both engines find the same passages, whatever their graphs look like.
   */
  int NEAREST_EXACT_UP_TO = 20_000;

  /**
   * The {@code k} passages among those {@code filter} matches whose vectors are nearest to {@code
   * vector}, nearest first, scored by similarity; passages without a vector are not found.
   */
  List<Ranked> nearest(float[] vector, int k, Query filter) throws IOException;

  /**
   * Whether a second thread may use this view while the first does (to find the nearest passages
   * while the words' ranking runs); a handle one thread got is then valid in the other.
   */
  default boolean sharedByThreads() {
    return false;
  }

  /** The number of documents {@code query} matches. */
  long count(Query query) throws IOException;

  /**
   * How many documents hold {@code term}, deleted ones not yet merged away included, so never fewer
   * than its query matches; -1 where the engine cannot tell without a search.
   */
  default long atMost(Term term) throws IOException {
    return -1;
  }

  /**
   * Indexed words near {@code word} in spelling, a word no passage has, with how many passages have
   * each: Lucene's direct spell checker on {@link org.councilsearch.index.Schema#TEXT_WORDS}, at
   * most two edits away, sharing the first letter, with the settings below, on either engine (the
   * caller chooses among them, so that both engines choose alike).
   */
  Map<String, Long> spelledLike(String word) throws IOException;

  /** How many words near in spelling are asked for. */
  int SPELLING_CANDIDATES = 10;

  /**
   * How alike a correction must be: four letters in five kept, so one edit from a word of five
   * letters or more, two only from one of ten or more.
   */
  float SPELLING_ACCURACY = 0.8f;

  /** Words shorter than this are never corrected: too many words are near a short one. */
  int SPELLING_MIN_LENGTH = 5;

  /** For each of {@code docs}, whether {@code query} matches it. */
  boolean[] matches(Query query, List<Ranked> docs) throws IOException;

  /**
   * The passage text of each of {@code docs} with what {@code query} matches marked {@code
   * <mark>...</mark>}, everything else HTML-escaped; at most two passages joined by " … "; null
   * where the text has nothing to show.
   *
   * @param passages the passages of {@code docs}, in that order, as {@link #passages} read them:
   *     a backend that marks the text itself does not read it again
   */
  List<String> highlight(Query query, List<Ranked> docs, List<Passage> passages) throws IOException;

  /** The stored passages of {@code docs}, in that order. */
  List<Passage> passages(List<Ranked> docs) throws IOException;

  /** Every passage {@code query} matches, in its paper's order. */
  List<Passage> passages(Query query) throws IOException;

  /** The papers with these ids; ids of no paper are left out. */
  Map<String, Paper> papers(Collection<String> ids) throws IOException;

  /** The paper with this id or, failing that, this source file name. */
  Optional<Paper> paper(String idOrSource) throws IOException;

  /** Every indexed paper, in no particular order. */
  List<Paper> papers() throws IOException;

  /**
   * What tells this state of the index from another: the same object (by {@code equals}) for as
   * long as nothing is committed, or null where the engine cannot say (then what was computed on
   * the papers must be checked against them).
   */
  default Object generation() {
    return null;
  }
}
