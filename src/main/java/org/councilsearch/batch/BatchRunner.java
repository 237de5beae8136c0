package org.councilsearch.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.councilsearch.export.PassageRow;
import org.councilsearch.model.Hit;
import org.councilsearch.model.SearchResult;
import org.councilsearch.search.BadQueryException;
import org.councilsearch.search.PaperNotFoundException;
import org.councilsearch.search.SearchFilters;
import org.councilsearch.search.SearchService;

/**
 * Runs the queries of a batch one after another, as the search page would run each: a query or a
 * filter that cannot be read fails alone, with the reason search gives. Thread-safe.
 */
public final class BatchRunner {
  /** Passages kept per query by default. */
  public static final int DEFAULT_HITS = 10;

  /** The most passages kept per query. */
  public static final int MAX_HITS = 100;

  private final SearchService search;
  private final Map<String, String> symbols;
  private final String base;

  /**
   * @param symbols each paper's document symbol by paper id
   * @param base the server's address for absolute links, or "" for links relative to it
   */
  public BatchRunner(SearchService search, Map<String, String> symbols, String base) {
    this.search = search;
    this.symbols = symbols;
    this.base = base;
  }

  /**
   * Runs {@code queries}, keeping the first {@code hits} passages of each, and gives each outcome
   * to {@code done} in order.
   */
  public void run(List<BatchQuery> queries, int hits, Consumer<QueryOutcome> done) {
    for (BatchQuery q : queries) {
      if (Thread.currentThread().isInterrupted()) {
        return;
      }
      done.accept(run(q, hits));
    }
  }

  /** Runs one query. */
  public QueryOutcome run(BatchQuery q, int hits) {
    try {
      if (q.query().isBlank()) {
        return QueryOutcome.failed(q, "the query is empty; type some words to search for");
      }
      // By words alone: a batch checks names and terms against the archive, and a passage that only
      // resembles a query in meaning would read as a match in the table.
      SearchResult result = search.searchWords(SearchFilters.of(q.filters()).request(q.query(), hits, 0));
      List<PassageRow> rows = new ArrayList<>(result.hits().size());
      int rank = 0;
      for (Hit h : result.hits()) {
        rows.add(PassageRow.of(++rank, h, symbols.get(h.paperId()), base));
      }
      return new QueryOutcome(q, result.total(), rows, null);
    } catch (BadQueryException e) {
      return QueryOutcome.failed(q, e.getMessage());
    } catch (PaperNotFoundException e) {
      return QueryOutcome.failed(q, "doc: no paper has the id or file name '" + e.requested() + "' in this collection");
    }
  }
}
