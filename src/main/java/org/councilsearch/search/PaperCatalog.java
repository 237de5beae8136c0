package org.councilsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.councilsearch.index.ReadableIndex;
import org.councilsearch.index.Schema;
import org.councilsearch.model.Paper;
import org.councilsearch.model.PaperContent;
import org.councilsearch.model.Passage;

/** Reads whole papers back from the index, for show, export and citation. Thread-safe. */
public final class PaperCatalog {
  private static final Comparator<Paper> BY_YEAR_THEN_TITLE =
      Comparator.comparing(Paper::year, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Paper::title)
          .thenComparing(Paper::source);

  private final ReadableIndex index;
  private final Schema schema;

  /**
   * Papers already read, valid for one index reader (one commit) and replaced when the searcher
   * changes. A search dresses its hits and labels up to 20 paper facets, and each lookup is a
   * query plus a stored-document read: 18% of search time in a profile of the query benchmark.
   * Bounded by the number of papers, a few MB for 10,000.
   */
  private volatile PaperCache cache = new PaperCache(null, new ConcurrentHashMap<>());

  private record PaperCache(IndexReader reader, Map<String, Paper> papers) {}

  public PaperCatalog(ReadableIndex index, Schema schema) {
    this.index = index;
    this.schema = schema;
  }

  /** Every indexed paper, oldest first. */
  public List<Paper> papers() {
    return index.withSearcher(
        searcher -> {
          List<Paper> papers = new ArrayList<>();
          int max = Math.max(1, searcher.getIndexReader().maxDoc());
          for (ScoreDoc sd : searcher.search(schema.papersOnly(), max).scoreDocs) {
            papers.add(schema.paperFrom(searcher.storedFields().document(sd.doc)));
          }
          papers.sort(BY_YEAR_THEN_TITLE);
          return papers;
        });
  }

  /** How many papers the index holds. */
  public int paperCount() {
    return index.withSearcher(searcher -> searcher.count(schema.papersOnly()));
  }

  /** How many passages the index holds. */
  public int passageCount() {
    return index.withSearcher(searcher -> searcher.count(schema.passagesOnly()));
  }

  /**
   * One paper with its passages, named by its id or its source file name.
   *
   * @throws PaperNotFoundException when no paper has that id or name
   */
  public PaperContent content(String idOrSource) {
    return index.withSearcher(
        searcher -> {
          Paper paper = find(searcher, idOrSource);
          return new PaperContent(paper, passages(searcher, paper.id()));
        });
  }

  /**
   * The id of the paper named by its id or file name.
   *
   * @throws PaperNotFoundException when there is none
   */
  public String paperId(String idOrSource) {
    return index.withSearcher(searcher -> find(searcher, idOrSource).id());
  }

  /** The paper with this id, read with the caller's searcher so both see the same commit. */
  Paper paper(IndexSearcher searcher, String paperId) {
    PaperCache c = cache;
    if (c.reader() != searcher.getIndexReader()) {
      c = new PaperCache(searcher.getIndexReader(), new ConcurrentHashMap<>());
      cache = c;
    }
    Paper known = c.papers().get(paperId);
    if (known != null) {
      return known;
    }
    try {
      Paper paper = find(searcher, paperId);
      c.papers().put(paperId, paper);
      return paper;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Paper find(IndexSearcher searcher, String idOrSource) throws IOException {
    for (String field : new String[] {Schema.ID, Schema.SOURCE}) {
      Query q =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(field, idOrSource)), Occur.MUST)
              .add(schema.papersOnly(), Occur.FILTER)
              .build();
      ScoreDoc[] found = searcher.search(q, 1).scoreDocs;
      if (found.length > 0) {
        return schema.paperFrom(searcher.storedFields().document(found[0].doc));
      }
    }
    throw new PaperNotFoundException(
        "no paper '" + idOrSource + "' in the index; list papers with: council-search export",
        idOrSource);
  }

  private List<Passage> passages(IndexSearcher searcher, String paperId) throws IOException {
    Query q =
        new BooleanQuery.Builder()
            .add(new TermQuery(schema.paperTerm(paperId)), Occur.MUST)
            .add(schema.passagesOnly(), Occur.FILTER)
            .build();
    int max = Math.max(1, searcher.getIndexReader().maxDoc());
    ScoreDoc[] docs = searcher.search(q, max, new Sort(new SortField(Schema.ORDER, SortField.Type.LONG))).scoreDocs;
    List<Passage> passages = new ArrayList<>(docs.length);
    for (ScoreDoc sd : docs) {
      Document doc = searcher.storedFields().document(sd.doc);
      passages.add(schema.passageFrom(doc));
    }
    return passages;
  }
}
