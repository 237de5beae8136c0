package org.councilsearch.batch;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.councilsearch.export.PassageRow;
import org.councilsearch.state.FiltersColumn;
import org.councilsearch.state.StateDatabase;
import org.councilsearch.state.UnknownIdException;

/**
 * Batch searches run by the server: each uploaded list of queries runs in the background, one
 * batch at a time, its outcomes written to the {@link StateDatabase} as they come, so progress can
 * be read while it runs and results downloaded after, also after a restart. Thread-safe.
 */
public final class BatchSearches implements AutoCloseable {
  /** Outcomes written per transaction: progress shows often, the disk is not asked to sync per query. */
  private static final int WRITE_EVERY = 25;


  private final StateDatabase db;
  private final Supplier<BatchRunner> runner;
  private final Clock clock;
  private final ExecutorService worker;

  /**
   * @param runner a runner over the index as it is when a batch starts
   */
  public BatchSearches(StateDatabase db, Supplier<BatchRunner> runner, Clock clock) {
    this.db = db;
    this.runner = runner;
    this.clock = clock;
    this.worker =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "batch-search");
              // A batch never keeps the process alive: what ran is written, the rest is marked interrupted.
              t.setDaemon(true);
              return t;
            });
    interruptLeftovers();
  }

  /**
   * Keeps {@code queries} as a batch called {@code name} and queues it.
   *
   * @param hits passages kept per query, from 1 to {@link BatchRunner#MAX_HITS}
   */
  public BatchStatus start(String name, List<BatchQuery> queries, int hits) {
    Instant at = clock.instant();
    long id =
        db.transaction(
            c -> {
              long created;
              try (PreparedStatement s =
                  c.prepareStatement(
                      "INSERT INTO batch (name, created, state, total, done, failed, hits_per_query) VALUES (?, ?, 'queued', ?, 0, 0, ?)",
                      Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, name);
                s.setString(2, at.toString());
                s.setInt(3, queries.size());
                s.setInt(4, hits);
                s.executeUpdate();
                try (ResultSet k = s.getGeneratedKeys()) {
                  k.next();
                  created = k.getLong(1);
                }
              }
              try (PreparedStatement s =
                  c.prepareStatement(
                      "INSERT INTO batch_query (batch_id, row_number, name, query, filters) VALUES (?, ?, ?, ?, ?)")) {
                for (BatchQuery q : queries) {
                  s.setLong(1, created);
                  s.setInt(2, q.row());
                  s.setString(3, q.name());
                  s.setString(4, q.query());
                  s.setString(5, FiltersColumn.write(q.filters()));
                  s.addBatch();
                }
                s.executeBatch();
              }
              return created;
            });
    worker.execute(() -> run(id, queries, hits));
    return status(id);
  }

  /**
   * Where the batch stands.
   *
   * @throws UnknownIdException when there is no batch with this id
   */
  public BatchStatus status(long id) {
    BatchStatus found = db.read(c -> StateDatabase.first(c, "SELECT * FROM batch WHERE id = ?", BatchSearches::status, id));
    if (found == null) {
      throw new UnknownIdException("no batch search has the id " + id + "; GET /api/batch-searches lists them");
    }
    return found;
  }

  /** Every batch, the newest first. */
  public List<BatchStatus> list() {
    return db.read(c -> StateDatabase.rows(c, "SELECT * FROM batch ORDER BY id DESC", BatchSearches::status));
  }

  /**
   * Gives {@code each} the outcome of every query of the batch that has run, in row order, with
   * links under {@code base} (the server's address, or "").
   *
   * @throws UnknownIdException when there is no batch with this id
   */
  public void outcomes(long id, String base, Consumer<QueryOutcome> each) {
    outcomes(id, base, Integer.MAX_VALUE, each);
  }

  /** As {@link #outcomes(long, String, Consumer)}, for the first {@code queries} queries that ran. */
  public void outcomes(long id, String base, int queries, Consumer<QueryOutcome> each) {
    status(id);
    List<QueryOutcome> all =
        db.read(
            c -> {
              int lastRow = Integer.MAX_VALUE;
              if (queries != Integer.MAX_VALUE) {
                try (PreparedStatement s =
                    c.prepareStatement(
                        "SELECT MAX(row_number) FROM (SELECT row_number FROM batch_query WHERE batch_id = ? AND (matches IS NOT NULL OR error IS NOT NULL) ORDER BY row_number LIMIT ?)")) {
                  s.setLong(1, id);
                  s.setInt(2, queries);
                  try (ResultSet r = s.executeQuery()) {
                    lastRow = r.next() ? r.getInt(1) : 0;
                  }
                }
              }
              Map<Integer, List<PassageRow>> hits = new LinkedHashMap<>();
              try (PreparedStatement s =
                  c.prepareStatement("SELECT * FROM batch_hit WHERE batch_id = ? AND row_number <= ? ORDER BY row_number, rank")) {
                s.setLong(1, id);
                s.setInt(2, lastRow);
                try (ResultSet r = s.executeQuery()) {
                  while (r.next()) {
                    hits.computeIfAbsent(r.getInt("row_number"), k -> new ArrayList<>()).add(passage(r, base));
                  }
                }
              }
              List<QueryOutcome> outcomes = new ArrayList<>();
              try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT * FROM batch_query WHERE batch_id = ? AND row_number <= ? AND (matches IS NOT NULL OR error IS NOT NULL) ORDER BY row_number")) {
                s.setLong(1, id);
                s.setInt(2, lastRow);
                try (ResultSet r = s.executeQuery()) {
                  while (r.next()) {
                    BatchQuery q =
                        new BatchQuery(r.getInt("row_number"), r.getString("name"), r.getString("query"), FiltersColumn.read(r.getString("filters")));
                    long matches = r.getLong("matches");
                    boolean ran = !r.wasNull();
                    outcomes.add(
                        new QueryOutcome(q, ran ? matches : -1, hits.getOrDefault(q.row(), List.of()), r.getString("error")));
                  }
                }
              }
              return outcomes;
            });
    all.forEach(each);
  }

  private void run(long id, List<BatchQuery> queries, int hits) {
    setState(id, "running", null);
    List<QueryOutcome> pending = new ArrayList<>();
    try {
      runner.get().run(queries, hits, o -> {
        pending.add(o);
        if (pending.size() >= WRITE_EVERY) {
          write(id, pending);
          pending.clear();
        }
      });
      write(id, pending);
      setState(id, Thread.currentThread().isInterrupted() ? "interrupted" : "done", clock.instant());
    } catch (RuntimeException e) {
      write(id, pending);
      setState(id, "interrupted", clock.instant());
      throw e;
    }
  }

  private void write(long id, List<QueryOutcome> outcomes) {
    if (outcomes.isEmpty()) {
      return;
    }
    db.transaction(
        c -> {
          int failed = 0;
          try (PreparedStatement q =
                  c.prepareStatement("UPDATE batch_query SET matches = ?, error = ? WHERE batch_id = ? AND row_number = ?");
              PreparedStatement h =
                  c.prepareStatement(
                      "INSERT INTO batch_hit (batch_id, row_number, rank, paper_id, passage_id, title, symbol, year, paragraph, citation, snippet, link)"
                          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (QueryOutcome o : outcomes) {
              if (o.error() == null) {
                q.setLong(1, o.matches());
              } else {
                q.setNull(1, java.sql.Types.INTEGER);
                failed++;
              }
              q.setString(2, o.error());
              q.setLong(3, id);
              q.setInt(4, o.query().row());
              q.addBatch();
              for (PassageRow p : o.passages()) {
                h.setLong(1, id);
                h.setInt(2, o.query().row());
                h.setInt(3, p.rank());
                h.setString(4, p.paperId());
                h.setString(5, p.passageId());
                h.setString(6, p.title());
                h.setString(7, p.symbol());
                if (p.year() == null) {
                  h.setNull(8, java.sql.Types.INTEGER);
                } else {
                  h.setInt(8, p.year());
                }
                h.setString(9, p.paragraph());
                h.setString(10, p.citation());
                h.setString(11, p.snippet());
                h.setString(12, p.link());
                h.addBatch();
              }
            }
            q.executeBatch();
            h.executeBatch();
          }
          try (PreparedStatement s = c.prepareStatement("UPDATE batch SET done = done + ?, failed = failed + ? WHERE id = ?")) {
            s.setInt(1, outcomes.size());
            s.setInt(2, failed);
            s.setLong(3, id);
            s.executeUpdate();
          }
          return null;
        });
  }

  private void setState(long id, String state, Instant finished) {
    db.transaction(
        c -> {
          try (PreparedStatement s = c.prepareStatement("UPDATE batch SET state = ?, finished = ? WHERE id = ?")) {
            s.setString(1, state);
            s.setString(2, finished == null ? null : finished.toString());
            s.setLong(3, id);
            s.executeUpdate();
          }
          return null;
        });
  }

  /** Batches a stopped or killed server left unfinished end as interrupted, what ran kept. */
  private void interruptLeftovers() {
    String at = clock.instant().toString();
    db.transaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("UPDATE batch SET state = 'interrupted', finished = ? WHERE state IN ('queued', 'running')")) {
            s.setString(1, at);
            s.executeUpdate();
          }
          return null;
        });
  }

  private static BatchStatus status(ResultSet r) throws SQLException {
    String finished = r.getString("finished");
    return new BatchStatus(
        r.getLong("id"),
        r.getString("name"),
        r.getString("state"),
        r.getInt("total"),
        r.getInt("done"),
        r.getInt("failed"),
        r.getInt("hits_per_query"),
        Instant.parse(r.getString("created")),
        finished == null ? null : Instant.parse(finished));
  }

  private static PassageRow passage(ResultSet r, String base) throws SQLException {
    int year = r.getInt("year");
    Integer y = r.wasNull() ? null : year;
    return new PassageRow(
        r.getInt("rank"),
        r.getString("paper_id"),
        r.getString("passage_id"),
        r.getString("title"),
        r.getString("symbol"),
        y,
        r.getString("paragraph"),
        r.getString("citation"),
        base + r.getString("link"),
        r.getString("snippet"));
  }

  @Override
  public void close() {
    worker.shutdownNow();
    try {
      worker.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
