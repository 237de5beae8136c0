package org.councilsearch.backend.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.Bits;
import org.councilsearch.index.Schema;
import org.councilsearch.model.Paper;
import org.councilsearch.model.Passage;
import org.councilsearch.search.FacetDimension;
import org.councilsearch.search.IndexView;

/**
 * One searcher of the embedded index, seen through {@link IndexView}. Shared by threads: it keeps
 * no state of its own, and Lucene's searcher and readers are thread-safe.
 */
final class LuceneView implements IndexView {
  /** Ranking alone counts matches exactly up to this many; the total shown comes from the counts. */
  private static final int EXACT_TOTAL_UP_TO = 1_000;

  /**
   * Best first; equal scores by paper and in reading order, not in the order parallel workers
   * happened to store them, so that a page is the same however the index was built (the SolrCloud
   * collection orders ties the same way).
   */
  private static final Sort BY_SCORE =
      new Sort(
          SortField.FIELD_SCORE,
          new SortField(Schema.PAPER, SortField.Type.STRING),
          new SortField(Schema.ORDER, SortField.Type.LONG));

  private final LuceneIndex index;
  private final IndexSearcher searcher;
  private final Schema schema;
  private final FacetCounter facets;

  LuceneView(LuceneIndex index, IndexSearcher searcher, Schema schema, FacetCounter facets) {
    this.index = index;
    this.searcher = searcher;
    this.schema = schema;
    this.facets = facets;
  }

  @Override
  public List<Ranked> rank(Query query, int wanted) throws IOException {
    // Ranking alone may skip passages that cannot reach the page (block-max WAND).
    TopDocs top =
        index.tops.get(
            searcher.getIndexReader(),
            new LuceneIndex.TopKey(query, wanted),
            () -> searcher.search(query, new TopFieldCollectorManager(BY_SCORE, Math.max(1, wanted), EXACT_TOTAL_UP_TO)));
    return rankedOf(top, wanted);
  }

  @Override
  public Matches find(Query query, int wanted, List<FacetDimension> dimensions, Query highlighted)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    LuceneIndex.TopKey key = new LuceneIndex.TopKey(query, wanted);
    // A search not seen before ranks and counts in one pass over its matches: the counting needs
    // every match anyway, and a second pass cost more than ranking them all (19.6 -> 17.9 ms of
    // CPU per search on 10,000 papers). A search whose counts are kept (another page of it)
    // ranks alone, skipping what cannot reach the page.
    TopDocs[] ranked = new TopDocs[1];
    Counted counted =
        index.counted.get(
            reader,
            query,
            () -> {
              Object[] both =
                  searcher.search(
                      query,
                      new MultiCollectorManager(
                          new TopFieldCollectorManager(BY_SCORE, Math.max(1, wanted), Integer.MAX_VALUE),
                          new FacetsCollectorManager()));
              ranked[0] = (TopDocs) both[0];
              FacetsCollector all = (FacetsCollector) both[1];
              long total = 0;
              for (FacetsCollector.MatchingDocs m : all.getMatchingDocs()) {
                total += m.totalHits;
              }
              return new Counted(total, facets.count(reader, all, dimensions));
            });
    if (ranked[0] == null) {
      return new Matches(rank(query, wanted), counted);
    }
    return new Matches(rankedOf(index.tops.get(reader, key, () -> ranked[0]), wanted), counted);
  }

  private static List<Ranked> rankedOf(TopDocs top, int wanted) {
    List<Ranked> ranked = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) {
      // Sorted by score first: the score is the first sort value (a sorting collector leaves
      // ScoreDoc.score unset).
      float score = sd instanceof FieldDoc fd && fd.fields[0] instanceof Float f ? f : sd.score;
      ranked.add(new Ranked(sd.doc, score));
    }
    return ranked.size() > wanted ? ranked.subList(0, wanted) : ranked;
  }

  @Override
  public List<Ranked> nearest(float[] vector, int k, Query filter) throws IOException {
    if (searcher.getIndexReader().maxDoc() <= NEAREST_EXACT_UP_TO) {
      return nearestExactly(vector, Math.max(1, k), filter);
    }
    // HNSW explores as many candidates as it is asked for: asking for at least NEAREST_CANDIDATES keeps
    // the nearest few from depending on how the graph happened to be built.
    int candidates = Math.max(Math.max(1, k), NEAREST_CANDIDATES);
    Query only = filter != null ? filter : new MatchAllDocsQuery();
    TopDocs top = searcher.search(new KnnFloatVectorQuery(Schema.VECTOR, vector, candidates, only), Math.max(1, k));
    return rankedOf(top, k);
  }

  /**
   * Every passage {@code filter} matches compared with {@code vector}, keeping the best {@code k}:
   * exact, so independent of how parallel workers built the graph. Asking Lucene's kNN query for
   * every passage did the same comparisons but queued and sorted all of them (a third of a hybrid
   * search's time on 6,000 passages); equal scores keep the lower document, as Lucene's does.
   */
  private List<Ranked> nearestExactly(float[] vector, int k, Query filter) throws IOException {
    Weight only =
        filter == null ? null : searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
    Comparator<Ranked> worstFirst =
        Comparator.comparingDouble(Ranked::score).thenComparing(Ranked::doc, Comparator.reverseOrder());
    PriorityQueue<Ranked> best = new PriorityQueue<>(k + 1, worstFirst);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      FloatVectorValues values = leaf.reader().getFloatVectorValues(Schema.VECTOR);
      if (values == null) {
        continue;
      }
      VectorSimilarityFunction similarity =
          leaf.reader().getFieldInfos().fieldInfo(Schema.VECTOR).getVectorSimilarityFunction();
      DocIdSetIterator docs = values;
      if (only != null) {
        Scorer matching = only.scorer(leaf);
        if (matching == null) {
          continue;
        }
        docs = ConjunctionUtils.intersectIterators(List.of(matching.iterator(), values));
      }
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        Ranked r = new Ranked(leaf.docBase + doc, similarity.compare(vector, values.vectorValue()));
        if (best.size() < k) {
          best.add(r);
        } else if (worstFirst.compare(r, best.peek()) > 0) {
          best.poll();
          best.add(r);
        }
      }
    }
    List<Ranked> ranked = new ArrayList<>(best);
    ranked.sort(worstFirst.reversed());
    return ranked;
  }

  @Override
  public boolean sharedByThreads() {
    return true;
  }

  @Override
  public long count(Query query) throws IOException {
    return searcher.count(query);
  }

  @Override
  public long atMost(Term term) throws IOException {
    return searcher.getIndexReader().docFreq(term);
  }

  @Override
  public Map<String, Long> spelledLike(String word) throws IOException {
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setAccuracy(SPELLING_ACCURACY);
    checker.setMinQueryLength(SPELLING_MIN_LENGTH);
    Map<String, Long> near = new HashMap<>();
    for (SuggestWord w :
        checker.suggestSimilar(
            new Term(Schema.TEXT_WORDS, word.toLowerCase(Locale.ROOT)),
            SPELLING_CANDIDATES,
            searcher.getIndexReader(),
            SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
      near.put(w.string, (long) w.freq);
    }
    return near;
  }

  @Override
  public boolean[] matches(Query query, List<Ranked> docs) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    boolean[] matches = new boolean[docs.size()];
    for (int i = 0; i < docs.size(); i++) {
      int global = docs.get(i).doc();
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(global, leaves));
      int doc = global - leaf.docBase;
      Scorer scorer = weight.scorer(leaf);
      matches[i] = scorer != null && scorer.iterator().advance(doc) == doc;
    }
    return matches;
  }

  @Override
  public List<String> highlight(Query query, List<Ranked> docs, List<Passage> passages) throws IOException {
    if (docs.isEmpty()) {
      return List.of();
    }
    List<Integer> ids = docsOf(docs);
    return index.snippets.get(
        searcher.getIndexReader(),
        new LuceneIndex.PageKey(query, ids),
        () -> {
          // The texts the page has read already: the highlighter does not read them again.
          int[] page = new int[docs.size()];
          Map<Integer, String> texts = new HashMap<>();
          for (int i = 0; i < page.length; i++) {
            page[i] = ids.get(i);
            texts.put(page[i], passages.get(i).text());
          }
          return Collections.unmodifiableList(Arrays.asList(index.highlighterFor(searcher).highlight(query, page, texts)));
        });
  }

  /**
   * The page's passages, read with one stored-fields reader in index order, so passages stored in
   * the same compressed block (those of one paper) are decompressed once.
   */
  @Override
  public List<Passage> passages(List<Ranked> docs) throws IOException {
    List<Integer> ids = docsOf(docs);
    return index.pages.get(
        searcher.getIndexReader(),
        ids,
        () -> {
          Integer[] order = new Integer[ids.size()];
          for (int i = 0; i < order.length; i++) {
            order[i] = i;
          }
          Arrays.sort(order, (a, b) -> Integer.compare(ids.get(a), ids.get(b)));
          StoredFields stored = searcher.storedFields();
          Passage[] passages = new Passage[order.length];
          for (int i : order) {
            passages[i] = schema.passageFrom(stored.document(ids.get(i)));
          }
          return List.of(passages);
        });
  }

  private static List<Integer> docsOf(List<Ranked> docs) {
    return docs.stream().map(Ranked::doc).toList();
  }

  @Override
  public List<Passage> passages(Query query) throws IOException {
    int max = Math.max(1, searcher.getIndexReader().maxDoc());
    ScoreDoc[] docs = searcher.search(query, max, new Sort(new SortField(Schema.ORDER, SortField.Type.LONG))).scoreDocs;
    List<Passage> passages = new ArrayList<>(docs.length);
    for (ScoreDoc sd : docs) {
      passages.add(schema.passageFrom(searcher.storedFields().document(sd.doc)));
    }
    return passages;
  }

  @Override
  public Map<String, Paper> papers(Collection<String> ids) throws IOException {
    Map<String, Paper> known = index.papersOf(searcher);
    Map<String, Paper> found = new HashMap<>();
    for (String id : ids) {
      Paper paper = known.get(id);
      if (paper == null) {
        paper = find(Schema.ID, id).orElse(null);
        if (paper != null) {
          known.put(id, paper);
        }
      }
      if (paper != null) {
        found.put(id, paper);
      }
    }
    return found;
  }

  @Override
  public Optional<Paper> paper(String idOrSource) throws IOException {
    Optional<Paper> byId = find(Schema.ID, idOrSource);
    return byId.isPresent() ? byId : find(Schema.SOURCE, idOrSource);
  }

  @Override
  public List<Paper> papers() throws IOException {
    List<Paper> papers = new ArrayList<>();
    int max = Math.max(1, searcher.getIndexReader().maxDoc());
    for (ScoreDoc sd : searcher.search(schema.papersOnly(), max).scoreDocs) {
      papers.add(schema.paperFrom(searcher.storedFields().document(sd.doc)));
    }
    return papers;
  }

  private Optional<Paper> find(String field, String value) throws IOException {
    Query q =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(field, value)), Occur.MUST)
            .add(schema.papersOnly(), Occur.FILTER)
            .build();
    ScoreDoc[] found = searcher.search(q, 1).scoreDocs;
    return found.length == 0
        ? Optional.empty()
        : Optional.of(schema.paperFrom(searcher.storedFields().document(found[0].doc)));
  }

  @Override
  public Object generation() {
    return searcher.getIndexReader();
  }
}
