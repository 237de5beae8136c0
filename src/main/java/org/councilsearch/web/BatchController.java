package org.councilsearch.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilsearch.batch.BadUploadException;
import org.councilsearch.batch.BatchFiles;
import org.councilsearch.batch.BatchRunner;
import org.councilsearch.batch.BatchSearches;
import org.councilsearch.batch.BatchStatus;
import org.councilsearch.batch.QueryFile;
import org.councilsearch.batch.QueryOutcome;
import org.councilsearch.export.ResultCsv;

/**
 * Batch searches: upload a file of queries (page or API), follow its progress, read its table and
 * download its results as CSV or JSON Lines. Uploading goes through {@link StateChanges}.
 */
final class BatchController {
  /** Queries shown in the page's table; the downloads hold them all. */
  static final int SHOWN_QUERIES = 200;

  /** The form field (page) or multipart part (API) that carries the file. */
  static final String FILE_FIELD = "queries";

  private final BatchSearches batches;
  private final StateChanges changes;

  BatchController(BatchSearches batches, StateChanges changes) {
    this.batches = batches;
    this.changes = changes;
  }

  /**
   * POST /api/batch-searches: the file as the request body (text/csv or text/plain) or as the
   * multipart part "queries"; ?name= and ?hits= optional.
   */
  void create(Context ctx) throws IOException {
    changes.require(ctx);
    BatchStatus started = start(ctx);
    ctx.status(HttpStatus.ACCEPTED).header("Location", "/api/batch-searches/" + started.id()).json(BatchView.of(started));
  }

  /** GET /api/batch-searches: every batch, newest first. */
  void list(Context ctx) {
    ctx.json(batches.list().stream().map(BatchView::of).toList());
  }

  /** GET /api/batch-searches/{id}: its progress. */
  void get(Context ctx) {
    ctx.json(BatchView.of(batches.status(id(ctx))));
  }

  /** GET /api/batch-searches/{id}/results.csv: one row per query and passage. */
  void csv(Context ctx) throws IOException {
    long id = id(ctx);
    BatchStatus status = batches.status(id);
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"batch-" + id + ".csv\"");
    Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
    try (ResultCsv csv = ResultCsv.to(out, ResultCsv.BATCH_COLUMNS)) {
      batches.outcomes(status.id(), SavedSearchController.base(ctx), o -> BatchFiles.csv(csv, o));
    }
  }

  /** GET /api/batch-searches/{id}/results.jsonl: the same rows as JSON Lines. */
  void jsonl(Context ctx) throws IOException {
    long id = id(ctx);
    BatchStatus status = batches.status(id);
    ctx.contentType("application/x-ndjson; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"batch-" + id + ".jsonl\"");
    Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
    batches.outcomes(status.id(), SavedSearchController.base(ctx), o -> BatchFiles.jsonl(out, o));
    out.flush();
  }

  /** GET /batch-searches: the upload form and the batches so far. */
  void listPage(Context ctx) {
    ctx.render(
        "batches",
        Map.of(
            "title", "Batch search - Council Search",
            "batches", batches.list().stream().map(BatchView::of).toList(),
            "tokenNeeded", changes.tokenNeeded(),
            "maxQueries", String.format(java.util.Locale.ROOT, "%,d", QueryFile.MAX_QUERIES)));
  }

  /** POST /batch-searches: the upload form. */
  void createFromPage(Context ctx) throws IOException {
    changes.require(ctx);
    BatchStatus started = start(ctx);
    ctx.redirect("/batch-searches/" + started.id(), HttpStatus.SEE_OTHER);
  }

  /** GET /batch-searches/{id}: progress while it runs, then the table of queries. */
  void page(Context ctx) {
    BatchStatus status = batches.status(id(ctx));
    List<QueryOutcome> shown = new ArrayList<>();
    batches.outcomes(status.id(), "", SHOWN_QUERIES, shown::add);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", status.name() + " - Batch search - Council Search");
    model.put("batch", BatchView.of(status));
    model.put("outcomes", shown);
    model.put("shownAll", shown.size() >= status.done());
    ctx.render("batch", model);
  }

  private BatchStatus start(Context ctx) throws IOException {
    byte[] content;
    String name = ctx.queryParam("name");
    String hits = ctx.queryParam("hits");
    if (ctx.isMultipartFormData()) {
      UploadedFile file = ctx.uploadedFile(FILE_FIELD);
      if (file == null) {
        throw new BadUploadException("no file was sent: choose a file of queries (the form field '" + FILE_FIELD + "')");
      }
      try (InputStream in = file.content()) {
        content = in.readNBytes(QueryFile.MAX_BYTES + 1);
      }
      name = name == null || name.isBlank() ? file.filename() : name;
      hits = hits == null ? ctx.formParam("hits") : hits;
    } else {
      content = ctx.bodyAsBytes();
    }
    int kept = hits(hits);
    return batches.start(name(name), QueryFile.read(content), kept);
  }

  private static String name(String given) {
    if (given == null || given.isBlank()) {
      return "batch";
    }
    String n = given.strip().replaceAll("\\p{Cntrl}", " ");
    return n.length() > 100 ? n.substring(0, 100) : n;
  }

  private static int hits(String given) {
    if (given == null || given.isBlank()) {
      return BatchRunner.DEFAULT_HITS;
    }
    try {
      int n = Integer.parseInt(given.strip());
      if (n >= 1 && n <= BatchRunner.MAX_HITS) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Said below.
    }
    throw new BadUploadException(
        "hits must be a whole number from 1 to " + BatchRunner.MAX_HITS + " (passages kept per query), not '"
            + (given.length() > 20 ? given.substring(0, 20) + "..." : given) + "'");
  }

  private static long id(Context ctx) {
    return Ids.parse(ctx.pathParam("id"), "batch search");
  }

  /**
   * A batch as the API gives it.
   *
   * @param id its number
   * @param name its name
   * @param state queued, running, done or interrupted
   * @param total how many queries it has
   * @param done how many have run
   * @param failed how many could not be read
   * @param hitsPerQuery passages kept per query
   * @param created when it was uploaded
   * @param finished when it ended, or null
   * @param page its page
   * @param csv its results as CSV
   * @param jsonl its results as JSON Lines
   */
  record BatchView(
      long id,
      String name,
      String state,
      int total,
      int done,
      int failed,
      int hitsPerQuery,
      java.time.Instant created,
      java.time.Instant finished,
      String page,
      String csv,
      String jsonl) {
    static BatchView of(BatchStatus s) {
      String api = "/api/batch-searches/" + s.id();
      return new BatchView(
          s.id(), s.name(), s.state(), s.total(), s.done(), s.failed(), s.hitsPerQuery(), s.created(), s.finished(),
          "/batch-searches/" + s.id(), api + "/results.csv", api + "/results.jsonl");
    }

    /** Whether it will not change any more. */
    public boolean ended() {
      return state.equals("done") || state.equals("interrupted");
    }
  }
}
