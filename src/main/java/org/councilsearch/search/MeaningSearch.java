package org.councilsearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.IOSupplier;
import org.councilsearch.index.Schema;
import org.councilsearch.model.Passage;
import org.councilsearch.nlp.TextEmbedder;
import org.councilsearch.search.IndexView.Ranked;

/**
 * Search by meaning beside search by words: embeds the query and finds the passages nearest to it
 * under the same filters, for {@link SearchService} to fuse with the words' ranking ({@link
 * RankFusion}). The model loads on the
 * first search that needs it, so an index without vectors never loads it. Thread-safe.
 */
final class MeaningSearch {
  private final Supplier<TextEmbedder> embedder;
  private final RankFusion fusion;
  private final Map<String, float[]> vectors;
  private final ExecutorService embedding;
  private final OncePerIndexState<Coverage> coverages = new OncePerIndexState<>();

  /**
   * @param kept how many queries' vectors to keep, by query text (embedding costs a few
   *     milliseconds a query); 0 embeds every query afresh
   */
  MeaningSearch(Supplier<TextEmbedder> embedder, RankFusion fusion, int kept) {
    this.embedder = embedder;
    this.fusion = fusion;
    this.vectors =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > kept;
          }
        };
    AtomicInteger n = new AtomicInteger();
    // Daemon threads: a query's embedding never keeps a finished run alive; idle ones end by themselves.
    this.embedding =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "query-embedding-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /** The passages nearest in meaning, best first, with their stored fields read once. */
  record Near(List<Ranked> ranked, List<Passage> passages) {
    Near {
      ranked = List.copyOf(ranked);
      passages = List.copyOf(passages);
    }

    /** The nearest from {@code offset} on. */
    Near from(int offset) {
      return offset >= ranked.size()
          ? new Near(List.of(), List.of())
          : new Near(ranked.subList(offset, ranked.size()), passages.subList(offset, passages.size()));
    }
  }

  /** How much of the archive search by meaning covers: passages with a vector, of all passages. */
  record Coverage(long withVector, long passages) {}

  Coverage coverage(IndexView view, Schema schema) throws IOException {
    // The same for every search of one state of the index: counted once, not twice a search.
    return coverages.get(view, () -> new Coverage(view.count(schema.withVector()), view.count(schema.passagesOnly())));
  }

  /** The vector of a query's words. */
  float[] vectorOf(String query) {
    synchronized (vectors) {
      float[] kept = vectors.get(query);
      if (kept != null) {
        return kept;
      }
    }
    float[] vector = embedder.get().embed(query);
    synchronized (vectors) {
      vectors.put(query, vector);
    }
    return vector;
  }

  /**
   * The passages nearest in meaning to {@code query}, found alongside the caller's own work: the
   * query is embedded on another thread, and where {@code view} may be {@linkplain
   * IndexView#sharedByThreads shared}, the nearest are found there too, so that a search by words
   * and meaning takes about as long as the longer of the two. The result's {@code get} waits.
   */
  Soon nearestSoon(IndexView view, String query, int wanted, Query filter) {
    if (view.sharedByThreads()) {
      CompletableFuture<Near> near =
          CompletableFuture.supplyAsync(() -> unchecked(() -> nearest(view, vectorOf(query), wanted, filter)), embedding);
      return new Soon(near, () -> joined(near));
    }
    CompletableFuture<float[]> vector = CompletableFuture.supplyAsync(() -> vectorOf(query), embedding);
    return new Soon(vector, () -> nearest(view, joined(vector), wanted, filter));
  }

  /** Nearest passages being found: {@link #get} waits for them, {@link #settle} only for the work to end. */
  static final class Soon {
    private final CompletableFuture<?> work;
    private final IOSupplier<Near> near;

    private Soon(CompletableFuture<?> work, IOSupplier<Near> near) {
      this.work = work;
      this.near = near;
    }

    Near get() throws IOException {
      return near.get();
    }

    /** Waits for the other thread to stop using the view, whatever came of it. */
    void settle() {
      work.handle((done, failed) -> null).join();
    }
  }

  private static <T> T unchecked(IOSupplier<T> work) {
    try {
      return work.get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T joined(CompletableFuture<T> work) throws IOException {
    try {
      return work.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  /** The passages nearest in meaning to {@code query} among those {@code filter} matches. */
  Near nearest(IndexView view, String query, int wanted, Query filter) throws IOException {
    return nearest(view, vectorOf(query), wanted, filter);
  }

  /** The passages nearest to {@code vector} among those {@code filter} matches. */
  Near nearest(IndexView view, float[] vector, int wanted, Query filter) throws IOException {
    List<Ranked> near = view.nearest(vector, wanted, filter);
    // Passages with the same text (a heading repeated in several papers) have the same vector: they
    // are ordered by id, not by where the engine happened to store them.
    List<Passage> passages = view.passages(near);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < near.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparing((Integer i) -> near.get(i).score()).reversed()
            .thenComparing(i -> passages.get(i).id()));
    List<Ranked> sorted = new ArrayList<>(near.size());
    List<Passage> sortedPassages = new ArrayList<>(near.size());
    order.forEach(
        i -> {
          sorted.add(near.get(i));
          sortedPassages.add(passages.get(i));
        });
    return new Near(sorted, sortedPassages);
  }

  /** Whether the model reads texts in {@code language} (an unknown language is taken as read). */
  boolean reads(String language) {
    return language == null || language.equals(embedder.get().language());
  }

  /** How the words' ranking and the meaning's are fused. */
  RankFusion fusion() {
    return fusion;
  }
}
