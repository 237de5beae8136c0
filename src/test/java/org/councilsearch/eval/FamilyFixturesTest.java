package org.councilsearch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled fixtures copied into one index's corpus: every paper of every split, none lost. */
class FamilyFixturesTest {
  @TempDir Path tmp;

  @Test
  void every_paper_of_the_language_splits_lands_in_the_corpus_under_its_own_name() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    FamilyFixtures.copyBundledPapers(FamilyFixtures.LANGUAGES, corpus);
    long copied;
    try (Stream<Path> files = Files.list(corpus)) {
      copied = files.count();
    }
    assertThat(copied).isEqualTo(papersIn("tuning") + papersIn("heldout"));
  }

  @Test
  void a_name_found_twice_is_an_error_not_a_paper_replaced() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("paho-cervical-cancer-es.txt"), "a paper of another source");
    assertThatThrownBy(() -> FamilyFixtures.copyBundledPapers(FamilyFixtures.LANGUAGES, corpus))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("two fixtures are named paho-cervical-cancer-es.txt");
  }

  private static long papersIn(String split) throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/languages", split))) {
      return files.filter(f -> f.getFileName().toString().endsWith(".txt")).count();
    }
  }
}
