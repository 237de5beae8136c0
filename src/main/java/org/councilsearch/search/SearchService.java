package org.councilsearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.apache.lucene.util.BytesRef;
import org.councilsearch.index.Schema;
import org.councilsearch.model.Hit;
import org.councilsearch.model.Interpretation;
import org.councilsearch.model.Paper;
import org.councilsearch.model.Passage;
import org.councilsearch.model.SearchResult;
import org.councilsearch.model.SearchResult.FacetCount;
import org.councilsearch.nlp.Gazetteer;
import org.councilsearch.nlp.TextEmbedder;
import org.councilsearch.search.IndexView.Counted;
import org.councilsearch.search.IndexView.Ranked;

/**
 * Answers searches: interprets the query, matches the passages that have enough of its concepts
 * (relaxing once when none has), ranks them, counts facets over the whole result set,
 * highlights the page of hits and dresses each for citation. What the query means is decided
 * here, once for every backend; the {@link PassageIndex} only runs the queries. Thread-safe.
 */
public final class SearchService {
  /** Snippet length when nothing in the text itself matched (the match was in a heading). */
  private static final int LEAD_CHARS = 240;

  private static final Pattern OPERATOR_WORDS = Pattern.compile("\\b(?:AND|OR|NOT|TO)\\b");

  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

  private final PassageIndex index;
  private final Schema schema;
  private final QueryInterpreter interpreter;
  private final QueryReader reader;
  private final RankingQueries ranking;
  private final PaperCatalog catalog;
  private final FilterNames filterNames;
  private final ReaderCache<ReadingKey, Reading> readings;
  private final RepeatedPassages repeated;
  private final MeaningSearch meaning;
  private final VersionChoice versionChoice;
  private final Issuers issuers = new Issuers();

  /**
   * How many more passages are ranked for a page when papers have language versions: enough for
   * every paragraph of the page to appear in the council's three working languages.
   */
  private static final int VERSIONS_PER_HIT = 3;

  /** What a search ranks by. */
  private enum Ranking {
    /** The words, as query understanding reads them. */
    WORDS,
    /** The passages' vectors alone, nearest to the query's. */
    MEANING,
    /** The words and the vectors, fused. */
    BOTH
  }

  /** Searches whose results are kept per index reader, and readings of queries, by default. */
  public static final int CACHED_SEARCHES = 1_024;

  /** Words marked one after another ("female genital mutilation") read as one mark. */
  private static final Pattern BESIDE = Pattern.compile("</mark>(\\s+)<mark>");

  private record ReadingKey(String query, boolean literal) {}

  /**
   * How a query was read and the plan that matches it: the same for every search of the same
   * words whatever the index holds (building the plan was 16% and reading the query 7% of a kept
   * search in a server under load), so kept across index readers.
   */
  private record Reading(Interpretation interpretation, MatchPlan plan) {}

  public SearchService(
      PassageIndex index,
      Schema schema,
      QueryInterpreter interpreter,
      QueryReader reader,
      PaperCatalog catalog,
      Gazetteer gazetteer) {
    this(index, schema, interpreter, reader, catalog, gazetteer, CACHED_SEARCHES);
  }

  /** @param cachedReadings how many queries' readings and match plans to keep (0 reads each afresh) */
  public SearchService(
      PassageIndex index,
      Schema schema,
      QueryInterpreter interpreter,
      QueryReader reader,
      PaperCatalog catalog,
      Gazetteer gazetteer,
      int cachedReadings) {
    this(index, schema, interpreter, reader, catalog, gazetteer, cachedReadings, null);
  }

  /**
   * @param embedder the model that embeds queries for search by meaning, asked for on the first
   *     search of an index with vectors; null searches by words alone
   */
  public SearchService(
      PassageIndex index,
      Schema schema,
      QueryInterpreter interpreter,
      QueryReader reader,
      PaperCatalog catalog,
      Gazetteer gazetteer,
      int cachedReadings,
      Supplier<TextEmbedder> embedder) {
    this.meaning = embedder == null ? null : new MeaningSearch(embedder, RankFusion.TUNED, Math.min(cachedReadings, 256));
    this.readings = new ReaderCache<>(cachedReadings);
    this.index = index;
    this.schema = schema;
    this.interpreter = interpreter;
    this.reader = reader;
    this.ranking = new RankingQueries(schema, reader, interpreter.askingWords());
    this.repeated = new RepeatedPassages(schema);
    this.catalog = catalog;
    this.filterNames = new FilterNames(gazetteer);
    this.versionChoice = new VersionChoice(schema);
  }

  /**
   * Runs a search: by words, with query understanding, fused with search by meaning where the
   * index has vectors.
   *
   * @throws BadQueryException when the query cannot be read
   */
  public SearchResult search(SearchRequest request) {
    return search(request, meaning == null ? Ranking.WORDS : Ranking.BOTH);
  }

  /**
   * A search by words alone, with query understanding, as {@link #search} ranks it without vectors.
   *
   * @throws BadQueryException when the query cannot be read
   */
  public SearchResult searchWords(SearchRequest request) {
    return search(request, Ranking.WORDS);
  }

  /**
   * A search by meaning alone: the passages whose vectors are nearest the query's, under the
   * request's filters; a baseline for evaluation. By words when the index has no vectors.
   *
   * @throws BadQueryException when the query cannot be read
   */
  public SearchResult searchMeaning(SearchRequest request) {
    return search(request, meaning == null ? Ranking.WORDS : Ranking.MEANING);
  }

  private SearchResult search(SearchRequest request, Ranking by) {
    Reading r = reading(request);
    try {
      return index.read(view -> inVersions(view, request, r, by));
    } catch (IndexSearcher.TooManyClauses e) {
      // A long query's looser levels can outgrow what the engine takes in one query.
      throw new BadQueryException(
          "the query has too many words to search at once (" + r.plan().concepts().size()
              + " concepts); shorten it to its main words");
    }
  }

  /**
   * The passages that have every concept of the query under the request's filters (no relaxing,
   * no near matches), best first, at most {@code cap} of them: what a saved search follows. Each
   * hit's snippet is the passage's opening; nothing is highlighted or counted by facet, so this
   * costs little more than ranking.
   *
   * @throws BadQueryException when the query or a filter cannot be read
   */
  public List<Hit> matches(SearchRequest request, int cap) {
    Reading r = reading(request);
    return index.read(
        view -> {
          filterNames.check(request, org -> view.count(new TermQuery(new Term(Schema.ORG, Schema.exact(org)))) > 0);
          List<Ranked> ranked = view.rank(withFilters(issued(view, r.plan()).strict(), request), cap);
          List<Passage> passages = view.passages(ranked);
          Set<String> paperIds = new HashSet<>();
          passages.forEach(p -> paperIds.add(p.paperId()));
          Map<String, Paper> papers = view.papers(paperIds);
          List<Hit> hits = new ArrayList<>(passages.size());
          for (int i = 0; i < passages.size(); i++) {
            Passage passage = passages.get(i);
            Paper paper = papers.get(passage.paperId());
            if (paper != null) {
              hits.add(Hit.of(paper, passage, ranked.get(i).score(), lead(passage.text())));
            }
          }
          return hits;
        });
  }

  private Reading reading(SearchRequest request) {
    try {
      return readings.get(
          interpreter,
          new ReadingKey(request.query(), request.literal()),
          () -> {
            Interpretation in = interpreter.interpret(request.query(), request.literal());
            return new Reading(in, ranking.build(in));
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code plan} with each organization it names also met by the papers it issued. */
  private MatchPlan issued(IndexView view, MatchPlan plan) throws IOException {
    if (!plan.namesOrganizations()) {
      return plan;
    }
    return plan.withIssuers(issuers.of(view)::get);
  }

  /**
   * The search with one hit per paragraph, whatever languages it exists in ({@link VersionChoice}).
   * As the versions of a paragraph ranked below its first are left out, the page is cut from a
   * longer ranking; an index without linked versions is searched as asked.
   */
  private SearchResult inVersions(IndexView view, SearchRequest request, Reading r, Ranking by)
      throws IOException {
    VersionLinks links = catalog.versionLinks(view);
    MatchPlan plan = issued(view, r.plan());
    if (links.linkedPassages() == 0) {
      return search(view, request, r.interpretation(), plan, by);
    }
    int wanted = request.offset() + request.limit();
    SearchRequest longer = request.page(Math.min(SearchRequest.MAX_LIMIT, wanted * VERSIONS_PER_HIT), 0);
    SearchResult all = search(view, longer, r.interpretation(), plan, by);
    List<Hit> hits = versionChoice.arrange(view, links, all.hits(), request.language());
    List<Hit> page = request.offset() >= hits.size() ? List.of() : hits.subList(request.offset(), Math.min(hits.size(), wanted));
    return new SearchResult(all.query(), all.total(), all.interpreted(), page, all.facets(), all.meaning());
  }

  private SearchResult search(
      IndexView view, SearchRequest request, Interpretation in, MatchPlan plan, Ranking ranking)
      throws IOException {
    filterNames.check(request, org -> view.count(new TermQuery(new Term(Schema.ORG, Schema.exact(org)))) > 0);
    if (ranking == Ranking.BOTH && in.literal()) {
      // A query taken word for word (Lucene syntax, fields, --literal) asks for exactly what it
      // says: passages that merely resemble it would not be what was asked for.
      return search(view, request, in, plan, Ranking.WORDS);
    }
    MeaningSearch.Coverage coverage = null;
    if (ranking != Ranking.WORDS) {
      coverage = meaning.coverage(view, schema);
      if (coverage.withVector() == 0) {
        return search(view, request, in, plan, Ranking.WORDS);
      }
    }
    if (ranking == Ranking.MEANING) {
      return byMeaning(view, request, in, coverage);
    }
    if (ranking == Ranking.WORDS) {
      return searchWords(view, request, in, plan);
    }
    String meant = meaningText(request, in);
    MeaningSearch.Soon near =
        meaning.nearestSoon(view, meant, request.offset() + request.limit(), meaningFilter(request, in));
    SearchResult words;
    try {
      words = searchWords(view, request, in, plan);
    } catch (IOException | RuntimeException e) {
      // The view is released when this search ends: the other thread must be done with it first.
      near.settle();
      throw e;
    }
    return fused(view, request, plan, words, coverage, near.get(), meant);
  }

  /** The passages nearest in meaning, under the request's filters, counted by how many are shown. */
  private SearchResult byMeaning(
      IndexView view, SearchRequest request, Interpretation in, MeaningSearch.Coverage coverage)
      throws IOException {
    MeaningSearch.Near found =
        meaning.nearest(view, meaningText(request, in), request.offset() + request.limit(), meaningFilter(request, in))
            .from(request.offset());
    List<Ranked> near = found.ranked();
    List<Passage> passages = found.passages();
    Set<String> paperIds = new HashSet<>();
    passages.forEach(p -> paperIds.add(p.paperId()));
    Map<String, Paper> papers = view.papers(paperIds);
    List<Hit> hits = new ArrayList<>(near.size());
    for (int i = 0; i < near.size(); i++) {
      Passage p = passages.get(i);
      hits.add(Hit.of(papers.get(p.paperId()), p, near.get(i).score(), lead(p.text())));
    }
    return new SearchResult(request.query(), hits.size(), in, hits, Map.of(), coverageOf(coverage));
  }

  private SearchResult searchWords(IndexView view, SearchRequest request, Interpretation reading, MatchPlan plan)
      throws IOException {
    Interpretation in = reading;
    Query marked = plan.marks();
    Found found = find(view, plan.strict(), marked, request);
    long[] having = null;
    if (found.total() == 0 && !in.literal() && !plan.concepts().isEmpty()) {
      having = having(view, plan);
      String respelled = respelled(view, request.query(), plan, having);
      if (respelled != null) {
        in = in.suggesting(respelled);
      }
    }
    OptionalInt relaxed = plan.relaxedRequired();
    int wanted = request.offset() + request.limit();
    if (relaxed.isEmpty() || found.total() >= wanted || request.offset() > found.total()) {
      return answer(view, request, in, marked, found);
    }
    if (having == null) {
      having = having(view, plan);
    }
    int[] votes = ConceptWeights.votes(view.count(schema.passagesOnly()), having);
    Query fewer = plan.weighted(votes, plan.relaxedVotes(votes, having));
    if (found.total() == 0) {
      Found most = find(view, fewer, marked, request);
      Interpretation said = in.relaxedAs(plan.relaxedNote(relaxed.getAsInt(), most.total() > 0, votes, having));
      most = new Found(most.top(), most.counted(), missing(view, plan, most.top()));
      return answer(view, request, said, marked, nearMatches(view, request, List.of(plan.query(1)), fewer, plan, most));
    }
    return answer(view, request, in, marked, nearMatches(view, request, List.of(fewer, plan.query(1)), plan.strict(), plan, found));
  }

  /**
   * {@code query} with each word that no passage has, and that is a word (letters only, long enough
   * to be told from others), written as the indexed word nearest it in spelling ("trafficing" as
   * "trafficking"); null when there is none to write otherwise. Only suggested, never searched
   * instead: a word no passage has is as often a real word the archive does not use, and on the
   * judged queries searching the nearest word instead made the ranking worse.
   */
  private static String respelled(IndexView view, String query, MatchPlan plan, long[] having) throws IOException {
    String respelled = query;
    for (int i = 0; i < having.length; i++) {
      String word = plan.concepts().get(i).label();
      if (having[i] > 0 || !LETTERS.matcher(word).matches() || word.length() < IndexView.SPELLING_MIN_LENGTH) {
        continue;
      }
      String near = nearest(word.toLowerCase(Locale.ROOT), view.spelledLike(word));
      if (near != null) {
        respelled = Pattern.compile("(?<!\\p{L})" + Pattern.quote(word) + "(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
            .matcher(respelled)
            .replaceAll(Matcher.quoteReplacement(near));
      }
    }
    return respelled.equals(query) ? null : respelled;
  }

  /** Of {@code near} (word: passages having it), the nearest to {@code word}, then the most used, then the first in order. */
  private static String nearest(String word, Map<String, Long> near) {
    LevenshteinDistance distance = new LevenshteinDistance();
    return near.entrySet().stream()
        .sorted(
            Comparator.comparingDouble((Map.Entry<String, Long> e) -> -distance.getDistance(word, e.getKey()))
                .thenComparing(Map.Entry::getValue, Comparator.reverseOrder())
                .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(null);
  }

  /** How many passages have each concept, which makes its votes (see {@link ConceptWeights}). */
  private long[] having(IndexView view, MatchPlan plan) throws IOException {
    long[] having = new long[plan.concepts().size()];
    for (int i = 0; i < having.length; i++) {
      having[i] =
          view.count(
              new BooleanQuery.Builder()
                  .add(plan.concepts().get(i).query(), Occur.MUST)
                  .add(schema.passagesOnly(), Occur.FILTER)
                  .build());
    }
    return having;
  }

  /**
   * The matches of {@code shown}, with the page they end on filled by passages that have fewer of
   * the concepts, each of {@code looser} in turn (each noted with what it lacks), ranked after
   * every match and not counted in the total or the facets: a short list of exact answers still
   * shows what comes closest.
   */
  private Found nearMatches(
      IndexView view, SearchRequest request, List<Query> looser, Query shown, MatchPlan plan, Found matched)
      throws IOException {
    int wanted = request.offset() + request.limit();
    List<Ranked> all = new ArrayList<>(matched.top());
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      notes.add(matched.note(i));
    }
    // A looser level need not hold a stricter one (a match of three common concepts may have
    // fewer votes than half), so every query shown so far is excluded.
    List<Query> excluded = new ArrayList<>(List.of(shown));
    for (Query level : looser) {
      if (all.size() >= wanted) {
        break;
      }
      BooleanQuery.Builder near = new BooleanQuery.Builder().add(withFilters(level, request), Occur.MUST);
      excluded.forEach(q -> near.add(q, Occur.MUST_NOT));
      List<Ranked> extra = view.rank(near.build(), wanted - all.size());
      all.addAll(extra);
      notes.addAll(missing(view, plan, extra));
      excluded.add(level);
    }
    return new Found(all, matched.counted(), notes);
  }

  /** For each passage, the note naming the concepts it lacks. */
  private static List<String> missing(IndexView view, MatchPlan plan, List<Ranked> docs) throws IOException {
    List<boolean[]> has = new ArrayList<>();
    for (MatchPlan.Concept c : plan.concepts()) {
      has.add(view.matches(c.query(), docs));
    }
    List<String> notes = new ArrayList<>(docs.size());
    for (int d = 0; d < docs.size(); d++) {
      List<String> lacks = new ArrayList<>();
      for (int i = 0; i < has.size(); i++) {
        if (!has.get(i)[d]) {
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
  private record Found(List<Ranked> top, Counted counted, List<String> notes) {
    Found(List<Ranked> top, Counted counted) {
      this(top, counted, List.of());
    }

    long total() {
      return counted.total();
    }

    String note(int rank) {
      return rank < notes.size() ? notes.get(rank) : null;
    }
  }

  private Found find(IndexView view, Query scoring, Query marked, SearchRequest request) throws IOException {
    IndexView.Matches m =
        view.find(withFilters(scoring, request), request.offset() + request.limit(), FacetDimension.SHOWN, marked);
    return new Found(m.top(), m.counted());
  }

  private SearchResult answer(
      IndexView view,
      SearchRequest request,
      Interpretation interpretation,
      Query marked,
      Found found)
      throws IOException {
    List<Ranked> page = new ArrayList<>(pageOf(found.top(), request.offset()));
    List<Passage> passages = new ArrayList<>(view.passages(page));
    List<String> lacking = new ArrayList<>(page.size());
    for (int i = 0; i < page.size(); i++) {
      lacking.add(found.note(request.offset() + i));
    }
    lastIfRepeated(repeated.of(view, passages.stream().map(Passage::text).toList()), page, passages, lacking);
    List<String> snippets = view.highlight(marked, page, passages);
    Map<String, List<FacetCount>> counted = found.counted().byDimension();
    Set<String> paperIds = new HashSet<>(ShownFacets.papersNamed(counted));
    passages.forEach(p -> paperIds.add(p.paperId()));
    Map<String, Paper> papers = view.papers(paperIds);
    List<Hit> hits = new ArrayList<>(page.size());
    for (int i = 0; i < page.size(); i++) {
      Passage passage = passages.get(i);
      Paper paper = papers.get(passage.paperId());
      String snippet = snippets.get(i) != null ? joinMarks(snippets.get(i)) : lead(passage.text());
      Hit hit = noteRelation(Hit.of(paper, passage, page.get(i).score(), snippet), interpretation);
      String lacks = lacking.get(i);
      hits.add(lacks == null ? hit : hit.withNote(hit.note() == null ? lacks : hit.note() + "; " + lacks));
    }
    return new SearchResult(request.query(), found.total(), interpretation, hits, ShownFacets.of(counted, papers));
  }

  /**
   * Moves the page's repeated passages (boilerplate, see {@link RepeatedPassages}) after the
   * others, each list in step, keeping the order within each part.
   */
  private static void lastIfRepeated(boolean[] repeated, List<Ranked> page, List<Passage> passages, List<String> notes) {
    List<Integer> order = repeatedLast(repeated);
    List<Ranked> p = new ArrayList<>(page);
    List<Passage> t = new ArrayList<>(passages);
    List<String> n = new ArrayList<>(notes);
    for (int i = 0; i < order.size(); i++) {
      page.set(i, p.get(order.get(i)));
      passages.set(i, t.get(order.get(i)));
      notes.set(i, n.get(order.get(i)));
    }
  }

  /**
   * The words' result with its hits fused with the passages nearest in meaning. The total and the
   * facets stay the words': passages found by meaning alone are shown, marked as such, and not
   * counted.
   */
  private SearchResult fused(
      IndexView view, SearchRequest request, MatchPlan plan, SearchResult words, MeaningSearch.Coverage coverage,
      MeaningSearch.Near found, String meaningText)
      throws IOException {
    int wanted = request.offset() + request.limit();
    SearchRequest top = request.page(Math.min(SearchRequest.MAX_LIMIT, wanted), 0);
    List<Hit> wordHits = request.offset() == 0 ? words.hits() : searchWords(view, top, words.interpreted(), plan).hits();
    // Passages that only fill the words' page (near matches, not counted) are weaker evidence than
    // the words' matches: they are a ranking of their own, fused at a lighter weight.
    int counted = (int) Math.min(words.total(), wordHits.size());
    List<Hit> filling = wordHits.subList(counted, wordHits.size());
    wordHits = new ArrayList<>(wordHits.subList(0, counted));
    // Equal scores next to each other in the order of their ids, not of where the engine stored
    // them, so that the fused ranking is the same however the index was built. Only such runs are
    // reordered: the words' order is not by score alone, as boilerplate follows what answers.
    byIdWhereScoresTie(wordHits);
    Map<String, Hit> byId = new HashMap<>();
    List<String> wordIds = new ArrayList<>(wordHits.size());
    for (Hit h : wordHits) {
      byId.put(h.id(), h);
      wordIds.add(h.id());
    }
    filling.forEach(h -> byId.putIfAbsent(h.id(), h));
    List<Ranked> near = found.ranked();
    List<Passage> nearPassages = found.passages();
    List<String> nearIds = nearPassages.stream().map(Passage::id).toList();
    List<String> nearMatchIds = filling.stream().map(Hit::id).toList();
    Set<String> unread = new HashSet<>();
    filling.stream().filter(h -> !meaning.reads(h.language())).forEach(h -> unread.add(h.id()));
    RankFusion.QueryShape shape =
        new RankFusion.QueryShape(meaning.reads(reader.languageOf(request.query())), wordsIn(meaningText));
    List<RankFusion.Fused> fused = meaning.fusion().fuse(wordIds, nearMatchIds, unread::contains, nearIds, shape);
    List<Ranked> onlyNear = new ArrayList<>();
    List<Passage> onlyNearPassages = new ArrayList<>();
    List<Integer> onlyNearAt = new ArrayList<>();
    List<Hit> page = new ArrayList<>(request.limit());
    for (int i = request.offset(); i < fused.size() && page.size() < request.limit(); i++) {
      RankFusion.Fused f = fused.get(i);
      Hit hit = byId.get(f.id());
      if (hit == null) {
        onlyNearAt.add(page.size());
        int at = nearIds.indexOf(f.id());
        onlyNear.add(near.get(at));
        onlyNearPassages.add(nearPassages.get(at));
      }
      page.add(hit);
    }
    if (!onlyNear.isEmpty()) {
      boolean[] hasWords = view.matches(plan.marked(), onlyNear);
      List<Passage> passages = onlyNearPassages;
      List<String> snippets = view.highlight(plan.marks(), onlyNear, passages);
      Set<String> paperIds = new HashSet<>();
      passages.forEach(p -> paperIds.add(p.paperId()));
      Map<String, Paper> papers = view.papers(paperIds);
      for (int j = 0; j < onlyNear.size(); j++) {
        Passage p = passages.get(j);
        String snippet = snippets.get(j) != null ? joinMarks(snippets.get(j)) : lead(p.text());
        Hit hit = Hit.of(papers.get(p.paperId()), p, onlyNear.get(j).score(), snippet);
        page.set(onlyNearAt.get(j), hasWords[j] ? hit : hit.foundByMeaningOnly());
      }
    }
    // Meaning must not lift boilerplate that the words' ranking put after the answers: on the
    // page, as there, repeated passages follow the others.
    List<Integer> order = repeatedLast(repeated.of(view, page.stream().map(Hit::text).toList()));
    List<Hit> shown = new ArrayList<>(page.size());
    for (int i : order) {
      shown.add(page.get(i).withScore((float) fused.get(request.offset() + i).score()));
    }
    return new SearchResult(words.query(), words.total(), words.interpreted(), shown, words.facets(), coverageOf(coverage));
  }

  private static int wordsIn(String text) {
    String trimmed = text.strip();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }

  /** The positions of a page, those not {@code repeated} first, each part in its order. */
  private static List<Integer> repeatedLast(boolean[] repeated) {
    List<Integer> order = new ArrayList<>(repeated.length);
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < repeated.length; i++) {
        if (repeated[i] == (pass == 1)) {
          order.add(i);
        }
      }
    }
    return order;
  }

  private static void byIdWhereScoresTie(List<Hit> hits) {
    int start = 0;
    for (int i = 1; i <= hits.size(); i++) {
      if (i == hits.size() || hits.get(i).score() != hits.get(start).score()) {
        hits.subList(start, i).sort(Comparator.comparing(Hit::id));
        start = i;
      }
    }
  }

  private static SearchResult.MeaningCoverage coverageOf(MeaningSearch.Coverage c) {
    return new SearchResult.MeaningCoverage(c.withVector(), c.passages());
  }

  /**
   * What search by meaning may find: the request's filters, and the years the query asks for (the
   * words' ranking puts in-year passages first; meaning must not bring others in above them).
   */
  private Query meaningFilter(SearchRequest request, Interpretation in) {
    Query filters = withFilters(new MatchAllDocsQuery(), request);
    if (!in.hasYears() || in.literal()) {
      return filters;
    }
    return new BooleanQuery.Builder()
        .add(filters, Occur.FILTER)
        .add(ranking.inYears(in.fromYear(), in.toYear()), Occur.FILTER)
        .build();
  }

  /**
   * The text whose meaning is searched: the query without the years it names, which filter, and
   * with each organization it names written in its shortest form, so that every spelling of a name
   * ("UN Women", "UN-Women") means the same.
   */
  private static String meaningText(SearchRequest request, Interpretation in) {
    if (in.literal()) {
      return request.query();
    }
    String text = in.hasYears() && in.words() != null && !in.words().isBlank() ? in.words() : request.query();
    for (Interpretation.Expansion e : in.expansions()) {
      if (!"organizations".equals(e.source())) {
        continue;
      }
      String shortest = e.term();
      for (String alternative : e.alternatives()) {
        if (alternative.length() < shortest.length()
            || (alternative.length() == shortest.length() && alternative.compareTo(shortest) < 0)) {
          shortest = alternative;
        }
      }
      text = text.replace(e.term(), shortest);
    }
    return text;
  }

  /** The plain BM25 ranking over the same fields, without query understanding: a baseline. */
  public SearchResult searchPlain(SearchRequest request) {
    return searchWords(request.literally());
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
    return index.read(view -> view.passages(view.rank(ranked, limit)).stream().map(Passage::id).toList());
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
    if (r.language() != null) {
      b.add(inLanguage(r.language()), Occur.FILTER);
    }
    return b.build();
  }

  /**
   * The passages in {@code language}, and those of papers that have a version in it: their
   * paragraphs are shown in that version.
   */
  private Query inLanguage(String language) {
    Query own = new TermQuery(new Term(Schema.LANGUAGE, language));
    Set<String> versioned = catalog.versionLinks().papersWithVersionIn(language);
    if (versioned.isEmpty()) {
      return own;
    }
    List<BytesRef> ids = versioned.stream().sorted().map(BytesRef::new).toList();
    return new BooleanQuery.Builder()
        .add(own, Occur.SHOULD)
        .add(new TermInSetQuery(Schema.PAPER, ids), Occur.SHOULD)
        .build();
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

  private static List<Ranked> pageOf(List<Ranked> ranked, int offset) {
    return offset >= ranked.size() ? List.of() : ranked.subList(offset, ranked.size());
  }

  /** A snippet whose words marked one after another read as one mark. */
  private static String joinMarks(String snippet) {
    return BESIDE.matcher(snippet).replaceAll("$1");
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
