package org.councilsearch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.councilsearch.ingest.Corpus;
import org.councilsearch.ingest.ExtractionResult;
import org.councilsearch.ingest.Extractor;
import org.councilsearch.ingest.PaperReader;
import org.councilsearch.ingest.structure.PaperParser;
import org.councilsearch.model.IndexReport;
import org.councilsearch.nlp.EntityTagger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperIndexerTest {
  @TempDir Path tmp;
  Path corpus;
  Path index;
  final Schema schema = new Schema();

  @BeforeEach
  void writeACorpus() throws Exception {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    index = tmp.resolve("index");
    for (int year = 2001; year <= 2003; year++) {
      Files.writeString(
          corpus.resolve("paper-" + year + ".txt"),
          "GENDER COORDINATION REPORT " + year + "\n\nI. INTRODUCTION\n\n"
              + "1. In " + year + ", the Unit worked on gender mainstreaming.\n\n"
              + "2. In " + year + ", the Unit trained staff in Geneva.\n",
          StandardCharsets.UTF_8);
    }
  }

  private PaperIndexer indexer(Extractor extractor) {
    return new PaperIndexer(
        schema, new PaperReader(extractor, new PaperParser()), EntityTagger.NONE, 2, Clock.systemUTC());
  }

  private static Extractor plainText() {
    return file -> {
      try {
        return new ExtractionResult(Files.readString(file), "text/plain", null, false);
      } catch (java.io.IOException e) {
        throw new org.councilsearch.ingest.ExtractionException("cannot read file", e);
      }
    };
  }

  private long passagesIn(Path dir) throws Exception {
    try (ReadableIndex readable = ReadableIndex.open(dir, schema.similarity())) {
      return readable.withSearcher(s -> (long) s.count(schema.passagesOnly()));
    }
  }

  @Test
  void a_run_that_dies_half_way_leaves_the_previous_index_searchable() throws Exception {
    IndexReport first = indexer(plainText()).update(new Corpus(corpus), index, false, IndexProgress.NONE);
    assertThat(first.papers()).isEqualTo(3);
    long before = passagesIn(index);
    assertThat(before).isEqualTo(first.passages()).isGreaterThanOrEqualTo(6);

    Files.writeString(corpus.resolve("paper-2004.txt"), "1. In 2004, something new.\n");
    Extractor dying =
        file -> {
          if (file.getFileName().toString().contains("2004")) {
            throw new IllegalStateException("the machine lost power");
          }
          return plainText().extract(file);
        };
    assertThatThrownBy(() -> indexer(dying).update(new Corpus(corpus), index, true, IndexProgress.NONE))
        .hasMessageContaining("the machine lost power");

    assertThat(passagesIn(index)).isEqualTo(before);
    IndexReport next = indexer(plainText()).update(new Corpus(corpus), index, false, IndexProgress.NONE);
    assertThat(next.added()).isEqualTo(1);
    assertThat(next.unchanged()).isEqualTo(3);
    assertThat(next.papers()).isEqualTo(4);
  }

  @Test
  void a_file_that_turns_unreadable_leaves_the_index() throws Exception {
    indexer(plainText()).update(new Corpus(corpus), index, false, IndexProgress.NONE);
    Files.writeString(corpus.resolve("paper-2002.txt"), "   \n");
    IndexReport report = indexer(plainText()).update(new Corpus(corpus), index, false, IndexProgress.NONE);
    assertThat(report.failures()).extracting(IndexReport.FileFailure::source).containsExactly("paper-2002.txt");
    assertThat(report.papers()).isEqualTo(2);
  }
}
