package org.councilsearch.export;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.councilsearch.model.Hit;
import org.councilsearch.model.Paper;
import org.councilsearch.model.SearchResult;
import org.councilsearch.search.PaperCatalog;
import org.councilsearch.search.SearchRequest;
import org.councilsearch.search.SearchService;

/**
 * Reads a whole result out, page after page, for a download: the passages the page would show
 * over all its pages, in the same order, up to {@link SearchRequest#MAX_OFFSET}. Thread-safe.
 */
public final class ResultExport {
  /** Passages read per search: large enough to be quick, small enough to stream. */
  static final int PAGE = 250;

  private final SearchService search;
  private final PaperCatalog catalog;

  public ResultExport(SearchService search, PaperCatalog catalog) {
    this.search = search;
    this.catalog = catalog;
  }

  /**
   * Gives {@code each} every passage of the result of {@code request} (its limit and offset are
   * ignored), ranked from 1, with links under {@code base}; the first page is read before anything
   * is given, so a query that cannot be read fails before a download starts.
   *
   * @return how many passages match in all (more than were given when over the cap)
   * @throws org.councilsearch.search.BadQueryException when the query cannot be read
   */
  public long each(SearchRequest request, String base, Consumer<PassageRow> each) {
    Map<String, String> symbols = symbols();
    int offset = 0;
    long total = -1;
    int rank = 0;
    while (offset < SearchRequest.MAX_OFFSET) {
      int limit = Math.min(PAGE, SearchRequest.MAX_OFFSET - offset);
      // The passages the total counts: those found by meaning alone are shown, not counted.
      SearchResult page = search.searchWords(at(request, limit, offset));
      if (total < 0) {
        total = page.total();
      }
      for (Hit hit : page.hits()) {
        each.accept(PassageRow.of(++rank, hit, symbols.get(hit.paperId()), base));
      }
      if (page.hits().size() < limit) {
        break;
      }
      offset += limit;
    }
    return total;
  }

  /** Each paper's symbol by id, read once per export rather than once per passage. */
  public Map<String, String> symbols() {
    Map<String, String> symbols = new HashMap<>();
    for (Paper p : catalog.papers()) {
      if (p.metadata().symbol() != null) {
        symbols.put(p.id(), p.metadata().symbol());
      }
    }
    return symbols;
  }

  private static SearchRequest at(SearchRequest r, int limit, int offset) {
    return r.page(limit, offset);
  }
}
