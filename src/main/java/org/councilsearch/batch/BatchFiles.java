package org.councilsearch.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.councilsearch.export.PassageRow;
import org.councilsearch.export.ResultCsv;
import org.councilsearch.search.SearchFilters;

/**
 * Writes a batch's outcomes as CSV ({@link ResultCsv#BATCH_COLUMNS}) and as JSON Lines with the same
 * fields: one row per query and passage; a query with no passage, or one that could not run, has
 * one row with its count or its error. The page, the API and the command line write the same.
 */
public final class BatchFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BatchFiles() {}

  /** The rows of {@code o} in CSV. */
  public static void csv(ResultCsv out, QueryOutcome o) {
    BatchQuery q = o.query();
    String filters = SearchFilters.describeRaw(q.filters());
    Object matches = o.error() == null ? o.matches() : null;
    if (o.passages().isEmpty()) {
      out.row(q.row(), q.name(), q.query(), filters, matches, null, null, null, null, null, null, null, null, o.error());
      return;
    }
    for (PassageRow p : o.passages()) {
      out.row(
          q.row(), q.name(), q.query(), filters, matches, p.rank(), p.title(), p.symbol(), p.year(), p.paragraph(),
          p.citation(), p.link(), p.snippet(), null);
    }
  }

  /** The rows of {@code o} as JSON Lines, each ending in a line feed. */
  public static void jsonl(Writer out, QueryOutcome o) {
    try {
      if (o.passages().isEmpty()) {
        out.write(line(o, null));
        return;
      }
      for (PassageRow p : o.passages()) {
        out.write(line(o, p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String line(QueryOutcome o, PassageRow p) throws JsonProcessingException {
    ObjectNode n = JSON.createObjectNode();
    BatchQuery q = o.query();
    n.put("row", q.row());
    n.put("name", q.name());
    n.put("query", q.query());
    n.set("filters", JSON.valueToTree(q.filters()));
    if (o.error() == null) {
      n.put("matches", o.matches());
    } else {
      n.putNull("matches");
    }
    if (p != null) {
      n.put("rank", p.rank());
      n.put("paperId", p.paperId());
      n.put("passageId", p.passageId());
      n.put("title", p.title());
      n.put("symbol", p.symbol());
      if (p.year() == null) {
        n.putNull("year");
      } else {
        n.put("year", p.year());
      }
      n.put("paragraph", p.paragraph());
      n.put("citation", p.citation());
      n.put("link", p.link());
      n.put("snippet", p.snippet());
    }
    n.put("error", o.error());
    return JSON.writeValueAsString(n) + "\n";
  }
}
