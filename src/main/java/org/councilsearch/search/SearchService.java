package org.councilsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.councilsearch.index.ReadableIndex;
import org.councilsearch.index.Schema;
import org.councilsearch.model.Hit;
import org.councilsearch.model.Interpretation;
import org.councilsearch.model.Paper;
import org.councilsearch.model.Passage;
import org.councilsearch.model.SearchResult;
import org.councilsearch.model.SearchResult.FacetCount;
import org.councilsearch.nlp.Gazetteer;

/**
 * Answers searches: interprets the query, matches the passages that have enough of its concepts
 * (relaxing once when none has), ranks them, counts facets over the whole result set,
 * highlights the page of hits and dresses each for citation. Thread-safe.
 */
public final class SearchService {
  /** Snippet length when nothing in the text itself matched (the match was in a heading). */
  private static final int LEAD_CHARS = 240;

  private static final Pattern OPERATOR_WORDS = Pattern.compile("\\b(?:AND|OR|NOT|TO)\\b");

  /** The one stored field a baseline hit loads. */
  private static final Set<String> ID_ONLY = Set.of(Schema.ID);

  private final ReadableIndex index;
  private final Schema schema;
  private final QueryInterpreter interpreter;
  private final QueryReader reader;
  private final RankingQueries ranking;
  private final PaperCatalog catalog;
  private final FacetCounter facets;
  private final FilterNames filterNames;
  private final ReaderCache<TopKey, TopDocs> tops;
  private final ReaderCache<Query, Counts> counted;
  private final ReaderCache<PageKey, Shown> pages;
  private final ReaderCache<ReadingKey, Reading> readings;
  private volatile PageHighlighter highlighting;

  /** Ranking alone counts matches exactly up to this many; the total shown comes from the counts. */
  private static final int EXACT_TOTAL_UP_TO = 1_000;

  /** Searches whose results are kept per index reader, by default. */
  public static final int CACHED_SEARCHES = 1_024;

  private record TopKey(Query query, int wanted) {}

  private record Counts(long total, Map<String, List<FacetCount>> facets) {}

  private record ReadingKey(String query, boolean literal) {}

  /**
   * How a query was read and the plan that matches it: the same for every search of the same
   * words (building the plan was 16% and reading the query 7% of a kept search in a server under
   * load), kept beside the searches.
   */
  private record Reading(Interpretation interpretation, MatchPlan plan) {}

  /** A page of hits, by the query its words are marked for and its passages. */
  private record PageKey(Query marked, List<Integer> docs) {}

  private record Shown(List<Passage> passages, List<String> snippets) {}

  public SearchService(
      ReadableIndex index,
      Schema schema,
      QueryInterpreter interpreter,
      QueryReader reader,
      PaperCatalog catalog,
      Gazetteer gazetteer) {
    this(index, schema, interpreter, reader, catalog, gazetteer, CACHED_SEARCHES);
  }

  /**
   * @param cachedSearches how many searches' readings, ranked tops, totals and facet counts, and
   *     pages of read and highlighted passages, to keep per index reader (0 computes every search
   *     afresh)
   */
  public SearchService(
      ReadableIndex index,
      Schema schema,
      QueryInterpreter interpreter,
      QueryReader reader,
      PaperCatalog catalog,
      Gazetteer gazetteer,
      int cachedSearches) {
    this.tops = new ReaderCache<>(cachedSearches);
    this.counted = new ReaderCache<>(cachedSearches);
    this.pages = new ReaderCache<>(cachedSearches);
    this.readings = new ReaderCache<>(cachedSearches);
    this.index = index;
    this.schema = schema;
    this.interpreter = interpreter;
    this.reader = reader;
    this.ranking = new RankingQueries(schema, reader);
    this.catalog = catalog;
    this.facets = new FacetCounter(schema);
    this.filterNames = new FilterNames(gazetteer);
  }

  /**
   * Runs a search.
   *
   * @throws BadQueryException when the query cannot be read
   */
  public SearchResult search(SearchRequest request) {
    return index.withSearcher(
        searcher -> {
          Reading r =
              readings.get(
                  searcher.getIndexReader(),
                  new ReadingKey(request.query(), request.literal()),
                  () -> {
                    Interpretation in = interpreter.interpret(request.query(), request.literal());
                    return new Reading(in, ranking.build(in));
                  });
          return search(searcher, request, r.interpretation(), r.plan());
        });
  }

  private SearchResult search(IndexSearcher searcher, SearchRequest request, Interpretation in, MatchPlan plan)
      throws IOException {
    filterNames.check(request, searcher.getIndexReader());
    Query scoring = plan.strict();
    Found found = find(searcher, scoring, request);
    OptionalInt relaxed = plan.relaxedRequired();
    if (relaxed.isEmpty()) {
      return answer(searcher, request, in, plan.marked(), found, List.of());
    }
    int fewer = relaxed.getAsInt();
    if (found.total() == 0) {
      Query some = plan.query(fewer);
      Found most = find(searcher, some, request);
      Interpretation said = in.relaxedAs(plan.relaxedNote(fewer, most.total() > 0));
      ScoreDoc[] page = pageOf(most.top().scoreDocs, request.offset());
      return answer(searcher, request, said, plan.marked(), most, missing(searcher, plan, page));
    }
    return answer(searcher, request, in, plan.marked(), nearMatches(searcher, request, plan, fewer, found), List.of());
  }

  /**
   * The strict matches, with the page they end on filled by passages that have fewer of the
   * concepts (each noted with what it lacks), ranked after every strict match and not counted in
   * the total or the facets: a short list of exact answers still shows what comes closest.
   */
  private Found nearMatches(IndexSearcher searcher, SearchRequest request, MatchPlan plan, int fewer, Found strict)
      throws IOException {
    int wanted = request.offset() + request.limit();
    if (strict.total() >= wanted || request.offset() > strict.total()) {
      return strict;
    }
    Query near =
        new BooleanQuery.Builder()
            .add(withFilters(plan.query(fewer), request), Occur.MUST)
            .add(plan.strict(), Occur.MUST_NOT)
            .build();
    ScoreDoc[] extra = searcher.search(near, wanted - (int) strict.total()).scoreDocs;
    if (extra.length == 0) {
      return strict;
    }
    ScoreDoc[] all = Arrays.copyOf(strict.top().scoreDocs, strict.top().scoreDocs.length + extra.length);
    System.arraycopy(extra, 0, all, strict.top().scoreDocs.length, extra.length);
    List<String> notes = new ArrayList<>(Collections.nCopies(strict.top().scoreDocs.length, (String) null));
    notes.addAll(missing(searcher, plan, extra));
    TopDocs top = new TopDocs(strict.top().totalHits, all);
    return new Found(top, strict.facets(), strict.total(), notes);
  }

  /** For each passage, the note naming the concepts it lacks. */
  private static List<String> missing(IndexSearcher searcher, MatchPlan plan, ScoreDoc[] docs) throws IOException {
    List<Weight> weights = new ArrayList<>();
    for (MatchPlan.Concept c : plan.concepts()) {
      weights.add(searcher.createWeight(searcher.rewrite(c.query()), ScoreMode.COMPLETE_NO_SCORES, 1f));
    }
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<String> notes = new ArrayList<>(docs.length);
    for (ScoreDoc sd : docs) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
      int doc = sd.doc - leaf.docBase;
      List<String> lacks = new ArrayList<>();
      for (int i = 0; i < weights.size(); i++) {
        Scorer scorer = weights.get(i).scorer(leaf);
        if (scorer == null || scorer.iterator().advance(doc) != doc) {
          lacks.add(plan.concepts().get(i).label());
        }
      }
      notes.add(lacks.isEmpty() ? null : "missing: " + String.join(", ", lacks));
    }
    return notes;
  }

  /**
   * The matches of one query: the ranked top, everything the facets count, and for hits that are
   * near matches only, the note saying what they lack.
   */
  private record Found(TopDocs top, Map<String, List<FacetCount>> facets, long total, List<String> notes) {
    Found(TopDocs top, Map<String, List<FacetCount>> facets, long total) {
      this(top, facets, total, List.of());
    }

    String note(int rank) {
      return rank < notes.size() ? notes.get(rank) : null;
    }
  }

  private Found find(IndexSearcher searcher, Query scoring, SearchRequest request) throws IOException {
    int wanted = request.offset() + request.limit();
    Query filtered = withFilters(scoring, request);
    IndexReader reader = searcher.getIndexReader();
    // A search not seen before ranks and counts in one pass over its matches: the counting needs
    // every match anyway, and a second pass cost more than ranking them all (19.6 -> 17.9 ms of
    // CPU per search on 10,000 papers). A search whose counts are kept (another page of it)
    // ranks alone, skipping passages that cannot reach the page (block-max WAND).
    TopKey key = new TopKey(filtered, wanted);
    TopDocs[] ranked = new TopDocs[1];
    Counts counts =
        counted.get(
            reader,
            filtered,
            () -> {
              Object[] both =
                  searcher.search(
                      filtered,
                      new MultiCollectorManager(
                          new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE), new FacetsCollectorManager()));
              ranked[0] = (TopDocs) both[0];
              FacetsCollector all = (FacetsCollector) both[1];
              return new Counts(totalOf(all), facets.count(reader, all, id -> catalog.paper(searcher, id)));
            });
    TopDocs top =
        ranked[0] != null
            ? tops.get(reader, key, () -> ranked[0])
            : tops.get(
                reader,
                key,
                () -> searcher.search(filtered, new TopScoreDocCollectorManager(wanted, null, EXACT_TOTAL_UP_TO)));
    return new Found(top, counts.facets(), counts.total());
  }

  private SearchResult answer(
      IndexSearcher searcher,
      SearchRequest request,
      Interpretation interpretation,
      Query marked,
      Found found,
      List<String> pageNotes)
      throws IOException {
    ScoreDoc[] page = pageOf(found.top().scoreDocs, request.offset());
    List<Integer> docs = Arrays.stream(page).map(sd -> sd.doc).toList();
    Shown shown = pages.get(searcher.getIndexReader(), new PageKey(marked, docs), () -> show(searcher, marked, page));
    Map<String, Paper> papers = new HashMap<>();
    List<Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Passage passage = shown.passages().get(i);
      Paper paper = papers.computeIfAbsent(passage.paperId(), id -> catalog.paper(searcher, id));
      String snippet = shown.snippets().get(i) != null ? shown.snippets().get(i) : lead(passage.text());
      Hit hit = noteRelation(Hit.of(paper, passage, page[i].score, snippet), interpretation);
      String lacks = i < pageNotes.size() ? pageNotes.get(i) : found.note(request.offset() + i);
      hits.add(lacks == null ? hit : hit.withNote(hit.note() == null ? lacks : hit.note() + "; " + lacks));
    }
    return new SearchResult(request.query(), found.total(), interpretation, hits, found.facets());
  }

  /** The plain BM25 ranking over the same fields, without query understanding: a baseline. */
  public SearchResult searchPlain(SearchRequest request) {
    return search(
        new SearchRequest(
            request.query(), request.fromYear(), request.toYear(), request.organization(), request.event(),
            request.eventType(), request.place(), request.paper(), true, request.limit(), request.offset()));
  }

  /**
   * The cheapest honest search, a baseline for the benchmarks: the query read word for word and
   * ranked by plain BM25 over the same fields and analysis, returning the top passage ids only. No
   * interpretation, no facets, no highlighting, no citation data: what {@link #search} costs beyond
   * this is the price of those.
   *
   * @throws BadQueryException when the query cannot be read
   */
  public List<String> rankPlain(String query, int limit) {
    Query ranked =
        new BooleanQuery.Builder()
            .add(reader.read(query), Occur.MUST)
            .add(schema.passagesOnly(), Occur.FILTER)
            .build();
    return index.withSearcher(
        searcher -> {
          TopDocs top = searcher.search(ranked, limit);
          List<String> ids = new ArrayList<>(top.scoreDocs.length);
          for (ScoreDoc sd : top.scoreDocs) {
            ids.add(searcher.storedFields().document(sd.doc, ID_ONLY).get(Schema.ID));
          }
          return ids;
        });
  }

  private Query withFilters(Query scoring, SearchRequest r) {
    BooleanQuery.Builder b =
        new BooleanQuery.Builder().add(scoring, Occur.MUST).add(schema.passagesOnly(), Occur.FILTER);
    if (r.fromYear() != null || r.toYear() != null) {
      int from = r.fromYear() == null ? Integer.MIN_VALUE : r.fromYear();
      int to = r.toYear() == null ? Integer.MAX_VALUE : r.toYear();
      b.add(IntPoint.newRangeQuery(Schema.YEAR, from, to), Occur.FILTER);
    }
    if (r.organization() != null) {
      b.add(reader.read(Schema.ORG + ":\"" + QueryParserBase.escape(r.organization()) + "\""), Occur.FILTER);
    }
    if (r.event() != null) {
      // Words of an event's name, not syntax: "AND" in a name is a word, never an operator.
      String words = OPERATOR_WORDS.matcher(QueryParserBase.escape(r.event())).replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
      b.add(reader.read(Schema.EVENT + ":(" + words + ")"), Occur.FILTER);
    }
    if (r.eventType() != null) {
      // The facet's own drill-down term, so the filter matches exactly what the facet counted.
      b.add(new TermQuery(DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, Schema.FACET_EVENT_TYPE, r.eventType())), Occur.FILTER);
    }
    if (r.place() != null) {
      b.add(new TermQuery(new Term(Schema.PLACE, Schema.exact(r.place()))), Occur.FILTER);
    }
    if (r.paper() != null) {
      b.add(new TermQuery(schema.paperTerm(catalog.paperId(r.paper()))), Occur.FILTER);
    }
    return b.build();
  }

  /** Marks passages listed because they mention a predecessor of the partner asked about. */
  private Hit noteRelation(Hit hit, Interpretation in) {
    if (in.collaborationWith() == null) {
      return hit;
    }
    boolean partner = hit.organizations().stream().anyMatch(o -> o.name().equals(in.collaborationWith()));
    if (partner) {
      return hit;
    }
    for (String predecessor : in.predecessors()) {
      if (hit.organizations().stream().anyMatch(o -> o.name().equals(predecessor))) {
        return hit.withNote("predecessor of " + in.collaborationWith() + ": " + predecessor);
      }
    }
    return hit;
  }

  private static long totalOf(FacetsCollector collector) {
    long total = 0;
    for (FacetsCollector.MatchingDocs m : collector.getMatchingDocs()) {
      total += m.totalHits;
    }
    return total;
  }

  private static ScoreDoc[] pageOf(ScoreDoc[] ranked, int offset) {
    if (offset >= ranked.length) {
      return new ScoreDoc[0];
    }
    ScoreDoc[] page = new ScoreDoc[ranked.length - offset];
    System.arraycopy(ranked, offset, page, 0, page.length);
    return page;
  }

  /** The page's passages and their marked snippets (null where nothing in the text matched). */
  private Shown show(IndexSearcher searcher, Query marked, ScoreDoc[] page) throws IOException {
    Passage[] passages = passagesOf(searcher, page);
    int[] docs = new int[page.length];
    Map<Integer, String> texts = new HashMap<>();
    for (int i = 0; i < page.length; i++) {
      docs[i] = page[i].doc;
      texts.put(page[i].doc, passages[i].text());
    }
    String[] snippets = highlighterFor(searcher).highlight(marked, docs, texts);
    return new Shown(List.of(passages), Collections.unmodifiableList(Arrays.asList(snippets)));
  }

  /**
   * The page's passages, read with one stored-fields reader in index order, so passages stored in
   * the same compressed block (those of one paper) are decompressed once.
   */
  private Passage[] passagesOf(IndexSearcher searcher, ScoreDoc[] page) throws IOException {
    Integer[] order = new Integer[page.length];
    for (int i = 0; i < page.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(page[a].doc, page[b].doc));
    StoredFields stored = searcher.storedFields();
    Passage[] passages = new Passage[page.length];
    for (int i : order) {
      passages[i] = schema.passageFrom(stored.document(page[i].doc));
    }
    return passages;
  }

  /** The highlighter is set up once per searcher (one index reader) and shared by its searches. */
  private PageHighlighter highlighterFor(IndexSearcher searcher) {
    PageHighlighter h = highlighting;
    if (h != null && h.serves(searcher)) {
      return h;
    }
    h = new PageHighlighter(searcher, schema);
    highlighting = h;
    return h;
  }

  /** The opening of a passage, escaped like a highlighted snippet. */
  static String lead(String text) {
    if (text.length() <= LEAD_CHARS) {
      return Html.escape(text);
    }
    int cut = text.lastIndexOf(' ', LEAD_CHARS);
    return Html.escape(text.substring(0, cut > 0 ? cut : LEAD_CHARS)) + " …";
  }
}
