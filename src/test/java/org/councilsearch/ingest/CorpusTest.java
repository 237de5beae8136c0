package org.councilsearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
  @TempDir Path tmp;
  Path root;

  @BeforeEach
  void writePapers() throws Exception {
    root = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(root.resolve("b.txt"), "1. Paper b.", StandardCharsets.UTF_8);
    Files.createDirectories(root.resolve("2009/annexes"));
    Files.writeString(root.resolve("2009/annexes/a.txt"), "1. Annex a.", StandardCharsets.UTF_8);
  }

  @Test
  void lists_files_below_the_root_in_a_stable_order_with_slash_separated_names() {
    assertThat(new Corpus(root).files())
        .extracting(CorpusFile::source)
        .containsExactly("2009/annexes/a.txt", "b.txt");
  }

  @Test
  void hidden_files_and_directories_are_ignored() throws Exception {
    Files.writeString(root.resolve(".DS_Store"), "x", StandardCharsets.UTF_8);
    Files.createDirectories(root.resolve(".git"));
    Files.writeString(root.resolve(".git/config"), "x", StandardCharsets.UTF_8);
    Corpus.Listing listing = new Corpus(root).list();
    assertThat(listing.files()).extracting(CorpusFile::source).containsExactly("2009/annexes/a.txt", "b.txt");
    assertThat(listing.skipped()).isEmpty();
  }

  @Test
  void a_link_that_loops_back_up_is_named_and_costs_nothing_else() throws Exception {
    Files.createSymbolicLink(root.resolve("2009/annexes/up"), root);
    Corpus.Listing listing = new Corpus(root).list();
    assertThat(listing.files()).extracting(CorpusFile::source).containsExactly("2009/annexes/a.txt", "b.txt");
    assertThat(listing.skipped())
        .containsExactly(
            new Corpus.Skipped(
                "2009/annexes/up",
                "symbolic link loops back to a directory above it; skipped (remove the link to"
                    + " silence this)"));
  }

  @Test
  void a_link_to_nothing_is_named() throws Exception {
    Files.createSymbolicLink(root.resolve("moved.pdf"), root.resolve("nowhere/moved.pdf"));
    assertThat(new Corpus(root).list().skipped())
        .containsExactly(
            new Corpus.Skipped("moved.pdf", "broken symbolic link: its target does not exist"));
  }

  @Test
  void a_link_to_a_file_or_directory_elsewhere_is_followed() throws Exception {
    Path elsewhere = Files.createDirectories(tmp.resolve("shared"));
    Files.writeString(elsewhere.resolve("c.txt"), "1. Paper c.", StandardCharsets.UTF_8);
    Files.createSymbolicLink(root.resolve("shared"), elsewhere);
    assertThat(new Corpus(root).files())
        .extracting(CorpusFile::source)
        .containsExactly("2009/annexes/a.txt", "b.txt", "shared/c.txt");
  }

  @Test
  void a_missing_root_is_a_corpus_not_found() {
    assertThatThrownBy(() -> new Corpus(root.resolve("nowhere")).list())
        .isInstanceOf(CorpusNotFoundException.class)
        .hasMessageStartingWith("corpus directory not found");
  }
}
