package org.councilsearch.index;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.councilsearch.model.Passage;
import org.councilsearch.nlp.TextEmbedder;

/**
 * The second pass of indexing: gives every passage that lacks one the vector of its text. Papers
 * are searchable by their words before it starts; this pass rewrites them, paper by paper, with
 * their vectors, and commits every few seconds so that search by meaning covers more of the
 * archive as it goes.
 *
 * <p>Texts are looked up in the {@link VectorStore} first and only the rest are embedded, in
 * batches each committed to the store before the papers that use them are written: a pass killed
 * at any point loses no vector already computed, and the next pass takes them from the store.
 */
public final class VectorPass {
  /** Texts embedded at a time: enough to keep the model's threads busy, small enough to commit often. */
  static final int BATCH = 64;

  /** How often the index is committed during the pass, so search sees the vectors added. */
  private static final Duration COMMIT_EVERY = Duration.ofSeconds(10);

  private final Schema schema;
  private final TextEmbedder embedder;
  private final Clock clock;

  public VectorPass(Schema schema, TextEmbedder embedder, Clock clock) {
    if (embedder.dimensions() != Schema.VECTOR_DIMENSIONS) {
      throw new IllegalArgumentException(
          "the embedding model gives " + embedder.dimensions() + " dimensions; the index holds " + Schema.VECTOR_DIMENSIONS);
    }
    this.schema = schema;
    this.embedder = embedder;
    this.clock = clock;
  }

  /**
   * Adds the missing vectors to {@code store}, taking known texts' vectors from {@code vectors}
   * and adding the new ones to it, and commits.
   */
  public VectorReport run(VectorTarget store, VectorStore vectors, VectorProgress progress) throws IOException {
    return run(store, vectors, progress, () -> false);
  }

  /**
   * The same pass, ending early (committed, after the paper at hand) once {@code stop} says so: a
   * server stops it for a reindex request and starts it again afterwards.
   */
  public VectorReport run(VectorTarget store, VectorStore vectors, VectorProgress progress, BooleanSupplier stop)
      throws IOException {
    Instant start = clock.instant();
    long passages = 0;
    long embedded = 0;
    long embedNanos = 0;
    int papers = 0;
    Instant lastCommit = start;
    Map<String, Integer> lacking = store.lackingVectors();
    progress.started(lacking.values().stream().mapToLong(Integer::longValue).sum(), lacking.size());
    for (Map.Entry<String, Integer> paper : lacking.entrySet()) {
      if (stop.getAsBoolean()) {
        break;
      }
      Optional<VectorTarget.Content> read = store.read(paper.getKey());
      if (read.isEmpty()) {
        continue;
      }
      VectorTarget.Content content = read.get();
      Map<String, String> textByHash = new LinkedHashMap<>();
      for (Passage p : content.passages()) {
        textByHash.putIfAbsent(VectorStore.hash(p.text()), p.text());
      }
      Map<String, float[]> byHash = new HashMap<>(vectors.find(textByHash.keySet()));
      List<String> missing = new ArrayList<>();
      for (String hash : textByHash.keySet()) {
        if (!byHash.containsKey(hash)) {
          missing.add(hash);
        }
      }
      for (int from = 0; from < missing.size(); from += BATCH) {
        List<String> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
        List<String> texts = batch.stream().map(textByHash::get).toList();
        long t0 = System.nanoTime();
        List<float[]> made = embedder.embed(texts);
        embedNanos += System.nanoTime() - t0;
        Map<String, float[]> added = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
          added.put(batch.get(i), made.get(i));
        }
        vectors.add(added);
        byHash.putAll(added);
        embedded += batch.size();
        progress.advanced(0, batch.size());
      }
      List<FieldedDocument> docs = new ArrayList<>(content.passages().size());
      for (Passage p : content.passages()) {
        docs.add(schema.passageFields(content.paper(), p, byHash.get(VectorStore.hash(p.text()))));
      }
      store.replace(
          new PaperStore.StoredPaper(paper.getKey(), content.paper().source(), content.paper().contentHash()),
          schema.paperFields(content.paper(), content.passages().size()),
          docs);
      passages += paper.getValue();
      papers++;
      progress.advanced(paper.getValue(), 0);
      if (Duration.between(lastCommit, clock.instant()).compareTo(COMMIT_EVERY) >= 0) {
        store.commit();
        lastCommit = clock.instant();
      }
    }
    store.commit();
    return new VectorReport(passages, embedded, papers, Duration.between(start, clock.instant()), Duration.ofNanos(embedNanos));
  }
}
