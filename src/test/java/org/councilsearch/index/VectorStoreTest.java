package org.councilsearch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorStoreTest {
  @TempDir Path tmp;

  private static float[] vector(float first) {
    float[] v = new float[4];
    v[0] = first;
    v[1] = 1 - first;
    return v;
  }

  @Test
  void vectors_are_found_by_the_hash_of_their_text() throws Exception {
    try (VectorStore store = VectorStore.open(tmp.resolve("v"), "model-a", 4)) {
      store.add(Map.of(VectorStore.hash("one text"), vector(0.25f)));
      Map<String, float[]> found = store.find(List.of(VectorStore.hash("one text"), VectorStore.hash("another")));
      assertThat(found).containsOnlyKeys(VectorStore.hash("one text"));
      assertThat(found.get(VectorStore.hash("one text"))).containsExactly(vector(0.25f));
      assertThat(store.size()).isEqualTo(1);
    }
  }

  @Test
  void what_was_added_survives_a_process_that_never_closed_the_store() throws Exception {
    Path dir = tmp.resolve("v");
    VectorStore killed = VectorStore.open(dir, "model-a", 4);
    killed.add(Map.of(VectorStore.hash("kept"), vector(0.5f)));
    // A killed process releases its lock without closing anything: the add's commit is all there is.
    releaseLockOnly(killed);
    try (VectorStore reopened = VectorStore.open(dir, "model-a", 4)) {
      assertThat(reopened.find(List.of(VectorStore.hash("kept")))).containsOnlyKeys(VectorStore.hash("kept"));
    }
  }

  @Test
  void a_store_made_by_another_model_starts_empty() throws Exception {
    Path dir = tmp.resolve("v");
    try (VectorStore store = VectorStore.open(dir, "model-a", 4)) {
      store.add(Map.of(VectorStore.hash("text"), vector(0.5f)));
    }
    try (VectorStore store = VectorStore.open(dir, "model-b", 4)) {
      assertThat(store.size()).isZero();
      assertThat(store.find(List.of(VectorStore.hash("text")))).isEmpty();
    }
    try (VectorStore store = VectorStore.open(dir, "model-b", 4)) {
      assertThat(store.size()).isZero();
    }
  }

  @Test
  void a_vector_of_the_wrong_length_is_refused() throws Exception {
    try (VectorStore store = VectorStore.open(tmp.resolve("v"), "model-a", 4)) {
      assertThatThrownBy(() -> store.add(Map.of("h", new float[3]))).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void the_store_lives_beside_the_index_not_inside_it() {
    assertThat(VectorStore.beside(Path.of("/data/index"))).isEqualTo(Path.of("/data/index-vectors"));
  }

  @Test
  void a_second_opener_is_told_the_store_is_locked() throws Exception {
    Path dir = tmp.resolve("v");
    try (VectorStore store = VectorStore.open(dir, "model-a", 4)) {
      assertThatThrownBy(() -> VectorStore.open(dir, "model-a", 4)).isInstanceOf(IndexUnavailableException.class);
    }
  }

  private static void releaseLockOnly(VectorStore store) throws Exception {
    var writerField = VectorStore.class.getDeclaredField("writer");
    writerField.setAccessible(true);
    org.apache.lucene.index.IndexWriter writer = (org.apache.lucene.index.IndexWriter) writerField.get(store);
    writer.rollback();
  }
}
