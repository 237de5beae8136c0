package org.councilsearch.index;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.councilsearch.model.Paper;
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
   * Adds the missing vectors to the embedded index that {@code store} writes, taking known texts'
   * vectors from {@code vectors} and adding the new ones to it, and commits.
   */
  public VectorReport run(LucenePaperStore store, VectorStore vectors, VectorProgress progress) throws IOException {
    return run(store, vectors, progress, () -> false);
  }

  /**
   * The same pass, ending early (committed, after the paper at hand) once {@code stop} says so: a
   * server stops it for a reindex request and starts it again afterwards.
   */
  public VectorReport run(LucenePaperStore store, VectorStore vectors, VectorProgress progress, BooleanSupplier stop)
      throws IOException {
    Instant start = clock.instant();
    long passages = 0;
    long embedded = 0;
    long embedNanos = 0;
    int papers = 0;
    Instant lastCommit = start;
    try (DirectoryReader reader = store.openReader()) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Map<String, List<Integer>> lacking = lackingByPaper(searcher);
      long lackingPassages = lacking.values().stream().mapToLong(List::size).sum();
      progress.started(lackingPassages, lacking.size());
      for (String paperId : lacking.keySet()) {
        if (stop.getAsBoolean()) {
          break;
        }
        Content content = read(searcher, paperId);
        if (content == null) {
          continue;
        }
        Map<String, float[]> byHash = new HashMap<>();
        Map<String, String> textByHash = new LinkedHashMap<>();
        for (Passage p : content.passages()) {
          textByHash.putIfAbsent(VectorStore.hash(p.text()), p.text());
        }
        byHash.putAll(vectors.find(textByHash.keySet()));
        List<String> missing = new ArrayList<>();
        for (String hash : textByHash.keySet()) {
          if (!byHash.containsKey(hash)) {
            missing.add(hash);
          }
        }
        int paperEmbedded = 0;
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
          paperEmbedded += batch.size();
          progress.advanced(0, batch.size());
        }
        List<FieldedDocument> docs = new ArrayList<>(content.passages().size());
        for (Passage p : content.passages()) {
          docs.add(schema.passageFields(content.paper(), p, byHash.get(VectorStore.hash(p.text()))));
        }
        store.replace(
            new PaperStore.StoredPaper(paperId, content.paper().source(), content.paper().contentHash()),
            schema.paperFields(content.paper(), content.passages().size()),
            docs);
        int gained = lacking.get(paperId).size();
        passages += gained;
        embedded += paperEmbedded;
        papers++;
        progress.advanced(gained, 0);
        if (Duration.between(lastCommit, clock.instant()).compareTo(COMMIT_EVERY) >= 0) {
          store.commit();
          lastCommit = clock.instant();
        }
      }
    }
    store.commit();
    return new VectorReport(passages, embedded, papers, Duration.between(start, clock.instant()), Duration.ofNanos(embedNanos));
  }

  /** The passages without a vector, by paper id in index order. */
  private Map<String, List<Integer>> lackingByPaper(IndexSearcher searcher) throws IOException {
    Query lacking =
        new BooleanQuery.Builder()
            .add(schema.passagesOnly(), Occur.FILTER)
            .add(schema.withVector(), Occur.MUST_NOT)
            .build();
    int max = Math.max(1, searcher.getIndexReader().maxDoc());
    ScoreDoc[] docs = searcher.search(lacking, max).scoreDocs;
    StoredFields stored = searcher.storedFields();
    Map<String, List<Integer>> byPaper = new LinkedHashMap<>();
    Set<String> paperField = Set.of(Schema.PAPER);
    for (ScoreDoc sd : docs) {
      String paper = stored.document(sd.doc, paperField).get(Schema.PAPER);
      byPaper.computeIfAbsent(paper, k -> new ArrayList<>()).add(sd.doc);
    }
    return byPaper;
  }

  private record Content(Paper paper, List<Passage> passages) {}

  /** A paper and its passages as stored, in their order; null when it is gone. */
  private Content read(IndexSearcher searcher, String paperId) throws IOException {
    ScoreDoc[] docs =
        searcher.search(new TermQuery(schema.paperTerm(paperId)), Math.max(1, searcher.getIndexReader().maxDoc()))
            .scoreDocs;
    StoredFields stored = searcher.storedFields();
    Paper paper = null;
    List<Passage> passages = new ArrayList<>();
    Set<Integer> seen = new LinkedHashSet<>();
    for (ScoreDoc sd : docs) {
      if (!seen.add(sd.doc)) {
        continue;
      }
      Document doc = stored.document(sd.doc);
      // The type is indexed, not stored; only a paper's document keeps its content hash.
      if (doc.get(Schema.HASH) != null) {
        paper = schema.paperFrom(doc);
      } else {
        passages.add(schema.passageFrom(doc));
      }
    }
    if (paper == null) {
      return null;
    }
    passages.sort(Comparator.comparingInt(Passage::order));
    return new Content(paper, passages);
  }
}
