package org.councilsearch.saved;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.councilsearch.model.Hit;
import org.councilsearch.search.BadQueryException;
import org.councilsearch.search.SearchFilters;
import org.councilsearch.search.SearchRequest;
import org.councilsearch.search.SearchService;
import org.councilsearch.state.FiltersColumn;
import org.councilsearch.state.StateDatabase;
import org.councilsearch.state.UnknownIdException;

/**
 * Saved searches and their new passages. A saved search remembers every passage it has shown (by
 * passage id and a digest of its text) and when it first found each. A passage is <em>new</em>
 * while the user has not looked at it: a reindex that leaves a paper unchanged, or a full rebuild,
 * gives its passages the same id and text, so they stay seen; a new paper's passages, or a
 * paragraph whose words changed, are new. What is remembered lives in the {@link StateDatabase},
 * so the server and {@code alerts} share it. Thread-safe.
 */
public final class SavedSearches {
  /** The most passages a saved search follows, best first: the depth results can be paged to. */
  public static final int FOLLOWED = SearchRequest.MAX_OFFSET;

  /** The longest name accepted. */
  public static final int MAX_NAME_CHARS = 100;


  private final StateDatabase db;
  private final Supplier<SearchService> search;
  private final Clock clock;

  /**
   * @param db where saved searches live
   * @param search the searches of the index as it is now (asked each time, so a reopened index is
   *     followed)
   */
  public SavedSearches(StateDatabase db, Supplier<SearchService> search, Clock clock) {
    this.db = db;
    this.search = search;
    this.clock = clock;
  }

  /**
   * Saves {@code query} with {@code filters} under {@code name}; everything it matches now counts as
   * seen, so only what later reindexing brings is new.
   *
   * @throws BadQueryException when the name, the query or a filter cannot be used (an unknown
   *     organization is offered close names)
   * @throws NameTakenException when a saved search has that name already
   */
  public SavedSearch add(String name, String query, Map<String, String> filters) {
    String n = checkName(name);
    SearchFilters f = SearchFilters.of(filters);
    SearchRequest request = f.request(query == null ? "" : query.strip(), 1, 0);
    List<Hit> now = search.get().matches(request, FOLLOWED);
    Instant at = clock.instant();
    long id =
        db.transaction(
            c -> {
              if (find(c, n) != null) {
                throw taken(n);
              }
              long created;
              try (PreparedStatement s =
                  c.prepareStatement(
                      "INSERT INTO saved_search (name, query, filters, created, last_looked) VALUES (?, ?, ?, ?, ?)",
                      java.sql.Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, n);
                s.setString(2, request.query());
                s.setString(3, FiltersColumn.write(f.values()));
                s.setString(4, at.toString());
                s.setString(5, at.toString());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                  keys.next();
                  created = keys.getLong(1);
                }
              }
              notice(c, created, now, at, at);
              return created;
            });
    return get(id);
  }

  /** Every saved search, by name. */
  public List<SavedSearch> list() {
    return db.read(c -> StateDatabase.rows(c, "SELECT * FROM saved_search ORDER BY name COLLATE NOCASE", SavedSearches::row));
  }

  /**
   * The saved search with this id.
   *
   * @throws UnknownIdException when there is none
   */
  public SavedSearch get(long id) {
    SavedSearch found = db.read(c -> StateDatabase.first(c, "SELECT * FROM saved_search WHERE id = ?", SavedSearches::row, id));
    if (found == null) {
      throw new UnknownIdException("no saved search has the id " + id + "; GET /api/saved-searches lists them");
    }
    return found;
  }

  /**
   * The saved search with this name, in any case.
   *
   * @throws UnknownIdException when there is none
   */
  public SavedSearch named(String name) {
    SavedSearch found = db.read(c -> find(c, name == null ? "" : name.strip()));
    if (found == null) {
      throw new UnknownIdException(
          "no saved search is named '" + abbreviate(name) + "'; 'council-search saved list' lists them");
    }
    return found;
  }

  /**
   * Forgets a saved search and what it has shown.
   *
   * @throws UnknownIdException when there is none with this id
   */
  public void remove(long id) {
    int removed =
        db.transaction(
            c -> {
              try (PreparedStatement s = c.prepareStatement("DELETE FROM saved_search WHERE id = ?")) {
                s.setLong(1, id);
                return s.executeUpdate();
              }
            });
    if (removed == 0) {
      throw new UnknownIdException("no saved search has the id " + id + "; GET /api/saved-searches lists them");
    }
  }

  /**
   * Runs {@code saved} against the index as it is now, notes the passages it finds for the first
   * time, and tells which it has not shown yet.
   */
  public SavedSearchStatus status(SavedSearch saved) {
    List<Hit> now;
    try {
      now = search.get().matches(SearchFilters.of(saved.filters()).request(saved.query(), 1, 0), FOLLOWED);
    } catch (BadQueryException e) {
      return new SavedSearchStatus(saved, 0, 0, List.of(), e.getMessage());
    }
    Instant at = clock.instant();
    Set<String> unseen =
        db.transaction(
            c -> {
              notice(c, saved.id(), now, at, null);
              return unseenKeys(c, saved.id());
            });
    List<Hit> fresh = now.stream().filter(h -> unseen.contains(key(h))).toList();
    return new SavedSearchStatus(saved, now.size(), fresh.size(), fresh, null);
  }

  /** Marks {@code shown} seen for {@code saved}: what a person has looked at is not new again. */
  public void markSeen(SavedSearch saved, List<Hit> shown) {
    String at = clock.instant().toString();
    db.transaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE noticed_passage SET seen = ? WHERE search_id = ? AND passage_key = ? AND seen IS NULL")) {
            for (Hit h : shown) {
              s.setString(1, at);
              s.setLong(2, saved.id());
              s.setString(3, key(h));
              s.addBatch();
            }
            s.executeBatch();
          }
          try (PreparedStatement s = c.prepareStatement("UPDATE saved_search SET last_looked = ? WHERE id = ?")) {
            s.setString(1, at);
            s.setLong(2, saved.id());
            s.executeUpdate();
          }
          return null;
        });
  }

  /**
   * The passages {@code saved} matches now, the most recently found first (then best first), at
   * most {@code limit}: a feed of what reindexing brings.
   */
  public List<FeedEntry> feed(SavedSearch saved, int limit) {
    List<Hit> now;
    try {
      now = search.get().matches(SearchFilters.of(saved.filters()).request(saved.query(), 1, 0), FOLLOWED);
    } catch (BadQueryException e) {
      return List.of();
    }
    Instant at = clock.instant();
    Map<String, Instant> noticed =
        db.transaction(
            c -> {
              notice(c, saved.id(), now, at, null);
              Map<String, Instant> when = new HashMap<>();
              try (PreparedStatement s =
                  c.prepareStatement("SELECT passage_key, noticed FROM noticed_passage WHERE search_id = ?")) {
                s.setLong(1, saved.id());
                try (ResultSet r = s.executeQuery()) {
                  while (r.next()) {
                    when.put(r.getString(1), Instant.parse(r.getString(2)));
                  }
                }
              }
              return when;
            });
    List<FeedEntry> entries = new ArrayList<>(now.size());
    for (Hit h : now) {
      entries.add(new FeedEntry(h, noticed.getOrDefault(key(h), at)));
    }
    // Stable: among passages found at once, the better match stays first.
    entries.sort((a, b) -> b.noticed().compareTo(a.noticed()));
    return entries.subList(0, Math.min(limit, entries.size()));
  }

  /** The key a passage is remembered by: its id and a digest of its words. */
  static String key(Hit hit) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(hit.text().getBytes(StandardCharsets.UTF_8));
      return hit.id() + "#" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Records the passages of {@code now} not noticed before, as seen at {@code seen} or unseen (null). */
  private static void notice(Connection c, long searchId, List<Hit> now, Instant at, Instant seen)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT OR IGNORE INTO noticed_passage (search_id, passage_key, passage_id, noticed, seen) VALUES (?, ?, ?, ?, ?)")) {
      for (Hit h : now) {
        s.setLong(1, searchId);
        s.setString(2, key(h));
        s.setString(3, h.id());
        s.setString(4, at.toString());
        s.setString(5, seen == null ? null : seen.toString());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static Set<String> unseenKeys(Connection c, long searchId) throws SQLException {
    Set<String> keys = new java.util.HashSet<>();
    try (PreparedStatement s =
        c.prepareStatement("SELECT passage_key FROM noticed_passage WHERE search_id = ? AND seen IS NULL")) {
      s.setLong(1, searchId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          keys.add(r.getString(1));
        }
      }
    }
    return keys;
  }

  private static SavedSearch find(Connection c, String name) throws SQLException {
    return StateDatabase.first(c, "SELECT * FROM saved_search WHERE name = ? COLLATE NOCASE", SavedSearches::row, name);
  }

  private static SavedSearch row(ResultSet r) throws SQLException {
    String looked = r.getString("last_looked");
    return new SavedSearch(
        r.getLong("id"),
        r.getString("name"),
        r.getString("query"),
        FiltersColumn.read(r.getString("filters")),
        Instant.parse(r.getString("created")),
        looked == null ? null : Instant.parse(looked));
  }

  private static String checkName(String name) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty()) {
      throw new BadQueryException("the name is empty; give the saved search a name, such as 'UN-Women alerts'");
    }
    if (n.length() > MAX_NAME_CHARS) {
      throw new BadQueryException(
          "the name is " + n.length() + " characters long; the limit is " + MAX_NAME_CHARS);
    }
    if (n.chars().anyMatch(Character::isISOControl)) {
      throw new BadQueryException("the name holds a control character (a tab or a line break); use plain words");
    }
    return n;
  }

  private static NameTakenException taken(String name) {
    return new NameTakenException(
        "a saved search is already named '" + name + "'; choose another name, or remove that one first");
  }

  private static String abbreviate(String v) {
    String s = v == null ? "" : v;
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
