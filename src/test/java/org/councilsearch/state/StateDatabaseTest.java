package org.councilsearch.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateDatabaseTest {
  @TempDir Path dir;

  private static int count(StateDatabase db, String table) {
    return db.read(
        c -> {
          try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table);
              ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
          }
        });
  }

  private static void insert(StateDatabase db, String name) {
    db.transaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("INSERT INTO saved_search (name, query, filters, created) VALUES (?, 'q', '{}', '2026-01-01T00:00:00Z')")) {
            s.setString(1, name);
            return s.executeUpdate();
          }
        });
  }

  @Test
  void is_created_once_at_the_current_schema_and_kept_across_opens() {
    try (StateDatabase db = StateDatabase.open(dir.resolve("state"))) {
      assertThat(count(db, "schema_version")).isEqualTo(1);
      insert(db, "kept");
    }
    try (StateDatabase db = StateDatabase.open(dir.resolve("state"))) {
      assertThat(count(db, "schema_version")).as("migrations run once").isEqualTo(1);
      assertThat(count(db, "saved_search")).isEqualTo(1);
    }
  }

  @Test
  void two_processes_worth_of_connections_write_at_once_without_losing_a_row() throws Exception {
    try (StateDatabase server = StateDatabase.open(dir);
        StateDatabase alerts = StateDatabase.open(dir)) {
      List<CompletableFuture<Void>> writers = new ArrayList<>();
      for (StateDatabase db : List.of(server, alerts)) {
        writers.add(
            CompletableFuture.runAsync(
                () -> {
                  for (int i = 0; i < 50; i++) {
                    insert(db, db.hashCode() + "-" + i);
                  }
                }));
      }
      writers.forEach(CompletableFuture::join);
      assertThat(count(server, "saved_search")).isEqualTo(100);
    }
  }

  @Test
  void a_failed_transaction_leaves_nothing_behind() {
    try (StateDatabase db = StateDatabase.open(dir)) {
      insert(db, "one");
      assertThatThrownBy(() -> insert(db, "one")).isInstanceOf(StateUnavailableException.class);
      assertThat(count(db, "saved_search")).isEqualTo(1);
    }
  }

  @Test
  void a_file_that_is_not_a_database_is_named_with_what_to_do() throws Exception {
    Files.writeString(dir.resolve(StateDatabase.FILE), "not a database at all, just some words ".repeat(100), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> StateDatabase.open(dir))
        .isInstanceOf(StateUnavailableException.class)
        .hasMessageContaining("is not a Council Search database")
        .hasMessageContaining("--state-dir");
  }

  @Test
  void a_state_directory_that_cannot_be_made_says_so() throws Exception {
    Path file = Files.writeString(dir.resolve("plain-file"), "x", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> StateDatabase.open(file.resolve("state")))
        .isInstanceOf(StateUnavailableException.class)
        .hasMessageContaining("cannot create the state directory");
  }
}
