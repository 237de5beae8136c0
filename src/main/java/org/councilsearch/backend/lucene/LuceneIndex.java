package org.councilsearch.backend.lucene;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.councilsearch.index.Schema;
import org.councilsearch.model.Paper;
import org.councilsearch.model.Passage;
import org.councilsearch.search.IndexView;
import org.councilsearch.search.PassageIndex;
import org.councilsearch.search.ReaderCache;

/**
 * The embedded Lucene index as a {@link PassageIndex}. What does not depend on one search (the
 * facet ordinals, the highlighter's set-up, papers read) and the results of repeated searches
 * are kept per index reader, as Solr's caches are per searcher, and dropped when a newer commit
 * is opened. Thread-safe.
 */
final class LuceneIndex implements PassageIndex {
  private final ReadableIndex index;
  private final Schema schema;
  private final FacetCounter facets;
  final ReaderCache<TopKey, TopDocs> tops;
  final ReaderCache<Query, IndexView.Counted> counted;
  final ReaderCache<List<Integer>, List<Passage>> pages;
  final ReaderCache<PageKey, List<String>> snippets;
  private volatile PageHighlighter highlighting;
  private volatile PaperCache papers = new PaperCache(null, new ConcurrentHashMap<>());

  record TopKey(Query query, int wanted) {}

  /** A page of hits, by the query its words are marked for and its passages. */
  record PageKey(Query marked, List<Integer> docs) {}

  /**
   * Papers already read, valid for one index reader (one commit). A search dresses its hits and
   * labels up to 20 paper facets, and each lookup is a query plus a stored-document read: 18% of
   * search time in a profile of the query benchmark. Bounded by the number of papers, a few MB
   * for 10,000.
   */
  private record PaperCache(IndexReader reader, Map<String, Paper> papers) {}

  /**
   * @param cachedSearches how many searches' ranked tops, totals and facet counts, and pages of
   *     read and highlighted passages, to keep per index reader (0 computes every search afresh)
   */
  LuceneIndex(ReadableIndex index, Schema schema, int cachedSearches) {
    this.index = index;
    this.schema = schema;
    this.facets = new FacetCounter(schema);
    this.tops = new ReaderCache<>(cachedSearches);
    this.counted = new ReaderCache<>(cachedSearches);
    this.pages = new ReaderCache<>(cachedSearches);
    this.snippets = new ReaderCache<>(cachedSearches);
  }

  @Override
  public <T> T read(ViewWork<T> work) {
    return index.withSearcher(searcher -> work.apply(new LuceneView(this, searcher, schema, facets)));
  }

  @Override
  public void refresh() throws IOException {
    index.refresh();
  }

  @Override
  public Instant indexedAt() {
    return index.indexedAt();
  }

  @Override
  public String describe() {
    return index.dir().toString();
  }

  @Override
  public void close() throws IOException {
    index.close();
  }

  /** The papers read on this searcher's commit. */
  Map<String, Paper> papersOf(IndexSearcher searcher) {
    PaperCache c = papers;
    if (c.reader() != searcher.getIndexReader()) {
      c = new PaperCache(searcher.getIndexReader(), new ConcurrentHashMap<>());
      papers = c;
    }
    return c.papers();
  }

  /** The highlighter is set up once per searcher (one index reader) and shared by its searches. */
  PageHighlighter highlighterFor(IndexSearcher searcher) {
    PageHighlighter h = highlighting;
    if (h != null && h.serves(searcher)) {
      return h;
    }
    h = new PageHighlighter(searcher, schema);
    highlighting = h;
    return h;
  }
}
