package org.councilsearch.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes results as CSV (RFC 4180: commas, double quotes, CRLF) with a header row, every cell
 * neutralized by {@link CsvCells}. One writer per file; not thread-safe.
 */
public final class ResultCsv implements AutoCloseable {
  /** The columns of a search's results. */
  public static final List<String> SEARCH_COLUMNS =
      List.of("query", "rank", "title", "symbol", "year", "paragraph", "citation", "link", "snippet");

  /** The columns of a batch's results: its queries' names, counts and failures too. */
  public static final List<String> BATCH_COLUMNS =
      List.of(
          "row", "name", "query", "filters", "matches", "rank", "title", "symbol", "year", "paragraph",
          "citation", "link", "snippet", "error");

  private final CSVPrinter printer;

  private ResultCsv(CSVPrinter printer) {
    this.printer = printer;
  }

  /** A writer to {@code out} that has written the header of {@code columns}. */
  public static ResultCsv to(Appendable out, List<String> columns) {
    try {
      CSVPrinter printer = CSVFormat.RFC4180.builder().get().print(out);
      printer.printRecord(columns);
      return new ResultCsv(printer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A search's passage under {@link #SEARCH_COLUMNS}. */
  public void search(String query, PassageRow p) {
    row(query, p.rank(), p.title(), p.symbol(), p.year(), p.paragraph(), p.citation(), p.link(), p.snippet());
  }

  /** A row of cells in the order of the header; each is neutralized. */
  public void row(Object... cells) {
    List<String> safe = new ArrayList<>(cells.length);
    for (Object cell : cells) {
      safe.add(CsvCells.neutralize(cell == null ? null : cell.toString()));
    }
    try {
      printer.printRecord(safe);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends what is written so far on, so a long download shows progress. */
  public void flush() {
    try {
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      printer.close(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
