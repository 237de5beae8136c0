package org.councilsearch.backend.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.councilsearch.index.PaperStore;
import org.councilsearch.index.Schema;
import org.councilsearch.index.VectorTarget;
import org.councilsearch.model.Paper;
import org.councilsearch.model.PaperMetadata;
import org.councilsearch.model.Passage;
import org.councilsearch.model.PassageKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vector pass's view of the embedded index: which passages lack a vector, and papers read back. */
class LuceneVectorTargetTest {
  private final Schema schema = new Schema();

  @Test
  void only_the_passages_written_without_a_vector_are_listed_and_the_paper_reads_back_whole(@TempDir Path tmp)
      throws Exception {
    Paper paper = new Paper("p1", "p1.txt", "text/plain", new PaperMetadata("A report", 2010, null, null, null, null, null), "h1");
    Passage first = new Passage("p1-0", "p1", 0, "1", PassageKind.PARAGRAPH, List.of(), "The board met twice.");
    Passage second = new Passage("p1-1", "p1", 1, "2", PassageKind.PARAGRAPH, List.of(), "Staff were trained.");
    float[] unit = new float[Schema.VECTOR_DIMENSIONS];
    unit[0] = 1f;
    LuceneBackend backend = new LuceneBackend(tmp.resolve("index"), schema, Clock.systemUTC());
    try (PaperStore store = backend.openStore(true)) {
      store.replace(
          new PaperStore.StoredPaper("p1", "p1.txt", "h1"),
          schema.paperFields(paper, 2),
          List.of(schema.passageFields(paper, first, unit), schema.passageFields(paper, second)));
      store.commit();
    }
    try (VectorTarget target = backend.openVectorTarget()) {
      assertThat(target.lackingVectors()).containsExactly(java.util.Map.entry("p1", 1));
      VectorTarget.Content read = target.read("p1").orElseThrow();
      assertThat(read.paper().metadata().title()).isEqualTo("A report");
      assertThat(read.passages()).extracting(Passage::text).containsExactly(first.text(), second.text());
      assertThat(target.read("missing")).isEmpty();
    }
  }
}
