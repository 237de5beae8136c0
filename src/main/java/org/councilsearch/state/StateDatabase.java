package org.councilsearch.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedded database that keeps what users ask the product to remember: saved searches, what
 * each has shown, and batch searches with their results. It is one SQLite file in a state
 * directory beside the index (never inside it, so a full rebuild cannot touch it), created and
 * migrated on open: the {@code schema_version} table records which of {@link #MIGRATIONS} have
 * run. Write-ahead logging and a busy timeout let the server and a command (such as {@code
 * alerts}) use it at once; each change is one transaction, so a killed process leaves it whole.
 *
 * <p>One connection per process, used by one thread at a time: callers run their work through
 * {@link #transaction} or {@link #read}, which serialize it. Thread-safe.
 */
public final class StateDatabase implements AutoCloseable {
  /** The database file's name in the state directory. */
  public static final String FILE = "council-search.db";

  /** How long a writer waits for the other process's transaction before giving up. */
  private static final int BUSY_TIMEOUT_MS = 10_000;

  /** Each step of the schema, in order; a step once released is never changed, only followed. */
  private static final List<List<String>> MIGRATIONS =
      List.of(
          List.of(
              "CREATE TABLE saved_search (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL"
                  + " UNIQUE COLLATE NOCASE, query TEXT NOT NULL, filters TEXT NOT NULL, created TEXT"
                  + " NOT NULL, last_looked TEXT)",
              "CREATE TABLE noticed_passage (search_id INTEGER NOT NULL REFERENCES saved_search(id)"
                  + " ON DELETE CASCADE, passage_key TEXT NOT NULL, passage_id TEXT NOT NULL, noticed"
                  + " TEXT NOT NULL, seen TEXT, PRIMARY KEY (search_id, passage_key))",
              "CREATE INDEX noticed_by_time ON noticed_passage (search_id, noticed)",
              "CREATE TABLE batch (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, created"
                  + " TEXT NOT NULL, finished TEXT, state TEXT NOT NULL, total INTEGER NOT NULL, done"
                  + " INTEGER NOT NULL, failed INTEGER NOT NULL, hits_per_query INTEGER NOT NULL)",
              "CREATE TABLE batch_query (batch_id INTEGER NOT NULL REFERENCES batch(id) ON DELETE"
                  + " CASCADE, row_number INTEGER NOT NULL, name TEXT NOT NULL, query TEXT NOT NULL,"
                  + " filters TEXT NOT NULL, matches INTEGER, error TEXT, PRIMARY KEY (batch_id,"
                  + " row_number))",
              "CREATE TABLE batch_hit (batch_id INTEGER NOT NULL REFERENCES batch(id) ON DELETE"
                  + " CASCADE, row_number INTEGER NOT NULL, rank INTEGER NOT NULL, paper_id TEXT NOT"
                  + " NULL, passage_id TEXT NOT NULL, title TEXT NOT NULL, symbol TEXT, year INTEGER,"
                  + " paragraph TEXT, citation TEXT NOT NULL, link TEXT NOT NULL, snippet TEXT NOT NULL, PRIMARY"
                  + " KEY"
                  + " (batch_id, row_number, rank))"));

  private final Path file;
  private final Connection connection;

  private StateDatabase(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /**
   * Opens (creating when needed) the database in {@code dir} and brings its schema up to date.
   *
   * @throws StateUnavailableException when the directory or the file cannot be used, saying why
   */
  public static StateDatabase open(Path dir) {
    Path file = dir.resolve(FILE);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StateUnavailableException(
          "cannot create the state directory " + dir + " (" + e.getMessage() + "); give another with --state-dir");
    }
    try {
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
        s.execute("PRAGMA journal_mode = WAL");
        s.execute("PRAGMA synchronous = NORMAL");
        s.execute("PRAGMA foreign_keys = ON");
      }
      StateDatabase db = new StateDatabase(file, c);
      db.migrate();
      return db;
    } catch (SQLException e) {
      throw unavailable(file, e);
    }
  }

  /** Where the database lives. */
  public Path file() {
    return file;
  }

  /** Work on the database that reads or writes and returns a value. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** Reads one row of a query's result. */
  @FunctionalInterface
  public interface Row<T> {
    T read(ResultSet r) throws SQLException;
  }

  /** The rows {@code sql} selects, its parameters {@code params} in order, each read by {@code row}. */
  public static <T> List<T> rows(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      List<T> all = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          all.add(row.read(r));
        }
      }
      return all;
    }
  }

  /** The first row {@code sql} selects, as {@link #rows}; null when it selects none. */
  public static <T> T first(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
    List<T> all = rows(c, sql, row, params);
    return all.isEmpty() ? null : all.get(0);
  }

  /**
   * Runs {@code work} in one write transaction, taken at once so that two processes never both
   * wait to upgrade a read; it is rolled back whole if anything in it fails.
   */
  public synchronized <T> T transaction(Work<T> work) {
    try {
      try (Statement s = connection.createStatement()) {
        s.execute("BEGIN IMMEDIATE");
      }
      try {
        T result = work.run(connection);
        try (Statement s = connection.createStatement()) {
          s.execute("COMMIT");
        }
        return result;
      } catch (SQLException | RuntimeException e) {
        try (Statement s = connection.createStatement()) {
          s.execute("ROLLBACK");
        }
        throw e;
      }
    } catch (SQLException e) {
      throw unavailable(file, e);
    }
  }

  /** Runs {@code work} that only reads. */
  public synchronized <T> T read(Work<T> work) {
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw unavailable(file, e);
    }
  }

  private void migrate() throws SQLException {
    connection.setAutoCommit(true);
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
    }
    transaction(
        c -> {
          int version = 0;
          try (Statement s = c.createStatement();
              ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            if (r.next()) {
              version = r.getInt(1);
            }
          }
          if (version > MIGRATIONS.size()) {
            throw new StateUnavailableException(
                file
                    + " was written by a newer Council Search (schema "
                    + version
                    + "); use that version, or another --state-dir");
          }
          for (int v = version; v < MIGRATIONS.size(); v++) {
            try (Statement s = c.createStatement()) {
              for (String sql : MIGRATIONS.get(v)) {
                s.execute(sql);
              }
              s.execute("INSERT INTO schema_version (version) VALUES (" + (v + 1) + ")");
            }
          }
          return null;
        });
  }

  private static StateUnavailableException unavailable(Path file, SQLException e) {
    String why = e.getMessage() == null ? e.toString() : e.getMessage();
    if (why.contains("SQLITE_BUSY")) {
      return new StateUnavailableException(
          file + " is busy: another process held it for more than " + BUSY_TIMEOUT_MS / 1000 + " s; try again");
    }
    if (why.contains("SQLITE_NOTADB") || why.contains("SQLITE_CORRUPT")) {
      return new StateUnavailableException(
          file + " is not a Council Search database; move it away or give another --state-dir");
    }
    return new StateUnavailableException("cannot use " + file + ": " + why);
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // Every change was committed when it was made; nothing is lost by a failed close.
    }
  }
}
