package org.councilsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.councilsearch.index.ReadableIndex;
import org.councilsearch.index.Schema;
import org.councilsearch.model.Hit;
import org.councilsearch.model.Paper;
import org.councilsearch.model.Passage;
import org.councilsearch.model.SearchResult;

/** Ranks passages for a query and dresses each hit for citation. Thread-safe. */
public final class SearchService {
  /** Snippet length when nothing in the text itself matched (the match was in a heading). */
  private static final int LEAD_CHARS = 240;

  private final ReadableIndex index;
  private final Schema schema;
  private final QueryReader queries;
  private final PaperCatalog catalog;

  public SearchService(ReadableIndex index, Schema schema, QueryReader queries, PaperCatalog catalog) {
    this.index = index;
    this.schema = schema;
    this.queries = queries;
    this.catalog = catalog;
  }

  /**
   * Runs a search.
   *
   * @throws BadQueryException when the query cannot be read
   */
  public SearchResult search(SearchRequest request) {
    Query matching = queries.read(request.query());
    BooleanQuery.Builder filtered =
        new BooleanQuery.Builder().add(matching, Occur.MUST).add(schema.passagesOnly(), Occur.FILTER);
    if (request.fromYear() != null || request.toYear() != null) {
      int from = request.fromYear() == null ? Integer.MIN_VALUE : request.fromYear();
      int to = request.toYear() == null ? Integer.MAX_VALUE : request.toYear();
      filtered.add(IntPoint.newRangeQuery(Schema.YEAR, from, to), Occur.FILTER);
    }
    Query query = filtered.build();
    return index.withSearcher(
        searcher -> {
          int wanted = request.offset() + request.limit();
          // Exact totals: users read the count, and the corpus is small enough to count it all.
          TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE));
          ScoreDoc[] page = pageOf(top.scoreDocs, request.offset());
          String[] snippets = highlight(searcher, matching, top, page);
          Map<String, Paper> papers = new HashMap<>();
          List<Hit> hits = new ArrayList<>(page.length);
          for (int i = 0; i < page.length; i++) {
            Document doc = searcher.storedFields().document(page[i].doc);
            Passage passage = schema.passageFrom(doc);
            Paper paper = papers.computeIfAbsent(passage.paperId(), id -> catalog.paper(searcher, id));
            String snippet = snippets[i] != null ? snippets[i] : lead(passage.text());
            hits.add(
                new Hit(
                    passage.id(),
                    paper.source(),
                    paper.title(),
                    paper.year(),
                    passage.number(),
                    passage.sectionPath(),
                    page[i].score,
                    passage.text(),
                    snippet));
          }
          return new SearchResult(request.query(), top.totalHits.value, hits);
        });
  }

  private static ScoreDoc[] pageOf(ScoreDoc[] ranked, int offset) {
    if (offset >= ranked.length) {
      return new ScoreDoc[0];
    }
    ScoreDoc[] page = new ScoreDoc[ranked.length - offset];
    System.arraycopy(ranked, offset, page, 0, page.length);
    return page;
  }

  private String[] highlight(IndexSearcher searcher, Query query, TopDocs top, ScoreDoc[] page)
      throws IOException {
    if (page.length == 0) {
      return new String[0];
    }
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, schema.analyzer())
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withMaxLength(100_000)
            .build();
    TopDocs pageDocs = new TopDocs(top.totalHits, page);
    return highlighter.highlight(Schema.TEXT, query, pageDocs, 2);
  }

  /** The opening of a passage, escaped like a highlighted snippet. */
  private static String lead(String text) {
    if (text.length() <= LEAD_CHARS) {
      return Html.escape(text);
    }
    int cut = text.lastIndexOf(' ', LEAD_CHARS);
    return Html.escape(text.substring(0, cut > 0 ? cut : LEAD_CHARS)) + " …";
  }
}
