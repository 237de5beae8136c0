package org.councilsearch.batch;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.councilsearch.search.SearchFilters;

/**
 * Reads a file of queries: a CSV whose header names a {@code query} column (and optionally {@code
 * name} and the filter columns {@code year}, {@code from}, {@code to}, {@code org} ...), or plain
 * text with one query per line. Whole-file problems (empty, not text, too many rows, a row too
 * long, an unknown column) refuse the file with one message; a query that cannot be read is left
 * for its row's result.
 */
public final class QueryFile {
  /** The most queries a batch takes. */
  public static final int MAX_QUERIES = 10_000;

  /** The longest row: a query (at most 1,000 characters) with its name and filters. */
  public static final int MAX_ROW_CHARS = 2_000;

  /** The largest file: {@link #MAX_QUERIES} rows of a few hundred characters each, with room. */
  public static final int MAX_BYTES = 8 * 1024 * 1024;

  private QueryFile() {}

  /**
   * The queries of {@code content}.
   *
   * @throws BadUploadException when the file as a whole cannot be taken
   */
  public static List<BatchQuery> read(byte[] content) {
    if (content.length > MAX_BYTES) {
      throw new BadUploadException(
          "the file is " + content.length / (1024 * 1024) + " MB; the limit is " + MAX_BYTES / (1024 * 1024)
              + " MB (" + String.format(Locale.ROOT, "%,d", MAX_QUERIES) + " queries)");
    }
    String text = decode(content);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new BadUploadException(
          "the file is empty; give one query per line, or a CSV with a header row naming a 'query' column");
    }
    String firstLine = text.lines().findFirst().orElse("");
    List<String> header = headerOf(firstLine);
    return header.contains("query") ? csv(text, header) : lines(text);
  }

  private static String decode(byte[] content) {
    for (byte b : content) {
      if (b == 0) {
        throw notText();
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      throw notText();
    }
  }

  private static BadUploadException notText() {
    return new BadUploadException(
        "the file is not text: give a CSV or a plain text file of queries, saved as UTF-8");
  }

  private static List<String> headerOf(String firstLine) {
    if (!firstLine.contains(",") && !firstLine.strip().equalsIgnoreCase("query")) {
      return List.of();
    }
    try (CSVParser p = CSVFormat.RFC4180.parse(new StringReader(firstLine))) {
      List<String> names = new ArrayList<>();
      for (CSVRecord r : p) {
        r.forEach(cell -> names.add(cell.strip().toLowerCase(Locale.ROOT)));
        break;
      }
      return names;
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  private static List<BatchQuery> lines(String text) {
    List<BatchQuery> queries = new ArrayList<>();
    int row = 0;
    for (String line : text.lines().toList()) {
      row++;
      checkLength(row, line.length());
      if (line.isBlank()) {
        continue;
      }
      tooMany(queries.size() + 1);
      queries.add(new BatchQuery(row, line.strip(), line.strip(), Map.of()));
    }
    return queries;
  }

  private static List<BatchQuery> csv(String text, List<String> header) {
    List<String> allowed = new ArrayList<>(List.of("name", "query"));
    allowed.addAll(SearchFilters.KEYS);
    for (String column : header) {
      if (!allowed.contains(column)) {
        throw new BadUploadException(
            "the CSV has a column '" + (column.length() > 30 ? column.substring(0, 30) + "..." : column)
                + "' that is not a query column; the columns are " + String.join(", ", allowed));
      }
    }
    List<BatchQuery> queries = new ArrayList<>();
    try (CSVParser p =
        CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
      int row = 0;
      for (CSVRecord r : p) {
        row++;
        int length = 0;
        for (String cell : r) {
          length += cell.length() + 1;
        }
        checkLength(row, length);
        String query = cell(r, "query");
        if (query.isEmpty() && r.size() <= 1 && cell(r, "name").isEmpty()) {
          continue;
        }
        tooMany(queries.size() + 1);
        Map<String, String> filters = new LinkedHashMap<>();
        for (String key : SearchFilters.KEYS) {
          String v = cell(r, key);
          if (!v.isEmpty()) {
            filters.put(key, v);
          }
        }
        String name = cell(r, "name");
        queries.add(new BatchQuery(row, name.isEmpty() ? query : name, query, filters));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
      throw new BadUploadException(
          "the CSV cannot be read: " + reason(e) + "; check its quotes (a quote inside a quoted cell is written twice), or give one query per line");
    }
    if (queries.isEmpty()) {
      throw new BadUploadException("the CSV has a header but no queries; give one query per row");
    }
    return queries;
  }

  /** The parser's own words, without the names of its exception classes. */
  private static String reason(Exception e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    String why = t.getMessage() == null ? "it is not well formed" : t.getMessage();
    return why.replaceFirst("^[\\w.]+Exception: ", "");
  }

  private static String cell(CSVRecord r, String column) {
    return r.isMapped(column) && r.isSet(column) ? r.get(column).strip() : "";
  }

  private static void checkLength(int row, int length) {
    if (length > MAX_ROW_CHARS) {
      throw new BadUploadException(
          "row " + row + " is " + String.format(Locale.ROOT, "%,d", length) + " characters long; the limit is "
              + String.format(Locale.ROOT, "%,d", MAX_ROW_CHARS) + " (a query of at most 1,000 with its name and filters)");
    }
  }

  private static void tooMany(int count) {
    if (count > MAX_QUERIES) {
      throw new BadUploadException(
          "the file has more than " + String.format(Locale.ROOT, "%,d", MAX_QUERIES)
              + " queries; split it into batches of at most that many");
    }
  }
}
