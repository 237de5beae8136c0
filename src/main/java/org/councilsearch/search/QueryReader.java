package org.councilsearch.search;

import java.util.Locale;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.councilsearch.index.Schema;

/**
 * Reads the user's query language into a Lucene query: plain words, "quoted phrases", AND/OR/NOT,
 * +required and -excluded words, wildcards and field:value. Plain words search the passage text
 * and, with less weight, the headings above it. Thread-safe: a parser is made per call, as
 * Lucene's query parsers are not.
 */
public final class QueryReader {
  private final Schema schema;

  public QueryReader(Schema schema) {
    this.schema = schema;
  }

  /**
   * Parses {@code text}.
   *
   * @throws BadQueryException with a one-line explanation when the syntax is wrong
   */
  public Query read(String text) {
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(
            schema.searchedFields().keySet().toArray(String[]::new),
            schema.analyzer(),
            schema.searchedFields());
    parser.setDefaultOperator(QueryParser.Operator.OR);
    parser.setAllowLeadingWildcard(false);
    parser.setSplitOnWhitespace(true);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      throw new BadQueryException("cannot read the query: " + explain(e));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new BadQueryException(
          "the query expands to too many terms; make wildcards more specific");
    }
  }

  /** Lucene's parse messages span lines and list every expected token; keep the useful part. */
  private static String explain(ParseException e) {
    String message = e.getMessage() == null ? "syntax error" : e.getMessage();
    String first = message.lines().findFirst().orElse(message).strip();
    int cannot = first.indexOf(": ");
    String detail = cannot >= 0 && first.startsWith("Cannot parse") ? first.substring(cannot + 2) : first;
    if (detail.toLowerCase(Locale.ROOT).startsWith("encountered \"<eof>\"")) {
      return "it ends too early (an unclosed quote or bracket, or an operator with nothing after it)";
    }
    if (detail.startsWith("Leading wildcard")) {
      return "a word cannot start with * or ?; put at least one letter first";
    }
    return detail.length() > 160 ? detail.substring(0, 160) + "…" : detail;
  }
}
