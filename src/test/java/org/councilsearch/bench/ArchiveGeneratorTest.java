package org.councilsearch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.councilsearch.app.Services;
import org.councilsearch.ingest.Corpus;
import org.councilsearch.ingest.ExtractionLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveGeneratorTest {
  private static final int PAPERS = 25;

  @TempDir Path tmp;

  private ArchiveGenerator generator(long seed) throws IOException {
    Services services = Services.forThisMachine();
    return ArchiveGenerator.fromCorpus(new Corpus(Path.of("corpus")), services.reader(ExtractionLimits.DEFAULTS), seed);
  }

  @Test
  void the_same_seed_writes_the_same_archive() throws IOException {
    GenerationReport first = generator(7).generate(tmp.resolve("a"), 0, PAPERS, n -> {});
    generator(7).generate(tmp.resolve("b"), 0, PAPERS, n -> {});

    List<String> names = names(tmp.resolve("a"));
    assertThat(names).hasSize(PAPERS).isEqualTo(names(tmp.resolve("b")));
    for (String name : names) {
      if (name.endsWith(".txt")) {
        assertThat(Files.readAllBytes(tmp.resolve("a").resolve(name)))
            .as(name)
            .isEqualTo(Files.readAllBytes(tmp.resolve("b").resolve(name)));
      }
    }
    assertThat(first.text() + first.pdf() + first.docx()).isEqualTo(PAPERS);
    assertThat(first.text()).isGreaterThan(first.pdf() + first.docx());
  }

  @Test
  void another_seed_writes_another_archive() throws IOException {
    generator(7).generate(tmp.resolve("a"), 0, PAPERS, n -> {});
    generator(8).generate(tmp.resolve("b"), 0, PAPERS, n -> {});

    assertThat(names(tmp.resolve("a"))).isNotEqualTo(names(tmp.resolve("b")));
  }

  @Test
  void a_paper_does_not_depend_on_the_papers_before_it() throws IOException {
    generator(7).generate(tmp.resolve("all"), 0, 12, n -> {});
    generator(7).generate(tmp.resolve("tail"), 10, 2, n -> {});

    assertThat(names(tmp.resolve("all")).subList(10, 12)).isEqualTo(names(tmp.resolve("tail")));
  }

  @Test
  void papers_spread_over_the_years_and_print_a_title_with_the_year() throws IOException {
    GenerationReport report = generator(3).generate(tmp.resolve("a"), 0, 200, n -> {});

    assertThat(report.firstYear()).isBetween(1990, 1993);
    assertThat(report.lastYear()).isBetween(2022, 2025);
    assertThat(report.pdf()).isPositive();
    assertThat(report.docx()).isPositive();
    Path text = tmp.resolve("a").resolve(names(tmp.resolve("a")).stream().filter(n -> n.endsWith(".txt")).findFirst().orElseThrow());
    assertThat(Files.readString(text)).containsPattern("\\n[A-Z -]+ (19|20)\\d\\d\\n").contains("\n1. ").contains("\nI. INTRODUCTION\n");
  }

  @Test
  void refuses_a_directory_that_holds_files() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("used"));
    Files.writeString(dir.resolve("x.txt"), "something");

    assertThatThrownBy(() -> generator(1).generate(dir, 0, 1, n -> {})).hasMessageContaining("not empty");
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
