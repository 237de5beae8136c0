package org.councilsearch.app;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.councilsearch.model.Entities;
import org.councilsearch.model.Paper;
import org.councilsearch.model.Passage;
import org.councilsearch.nlp.EntityTagger;

/**
 * A tagger whose models load on a background thread once the indexer knows it has papers to read,
 * so that loading (a second or two) overlaps hashing and the first extractions, and a run with
 * nothing to read never loads them. Thread-safe.
 */
final class BackgroundTagger implements EntityTagger {
  private final Supplier<EntityTagger> loader;
  private CompletableFuture<EntityTagger> loaded;

  BackgroundTagger(Supplier<EntityTagger> loader) {
    this.loader = loader;
  }

  @Override
  public synchronized void prepare() {
    if (loaded == null) {
      loaded = new CompletableFuture<>();
      Thread thread =
          new Thread(
              () -> {
                try {
                  loaded.complete(loader.get());
                } catch (RuntimeException | Error e) {
                  loaded.completeExceptionally(e);
                }
              },
              "load-tagging-models");
      thread.setDaemon(true);
      thread.start();
    }
  }

  @Override
  public List<Entities> tag(Paper paper, List<Passage> passages) {
    return tagger().tag(paper, passages);
  }

  private EntityTagger tagger() {
    CompletableFuture<EntityTagger> future;
    synchronized (this) {
      prepare();
      future = loaded;
    }
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the tagging models", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("cannot load the tagging models", e.getCause());
    }
  }
}
