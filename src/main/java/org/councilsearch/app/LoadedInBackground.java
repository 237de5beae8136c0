package org.councilsearch.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Something slow to build (the tagging models, Tika's parsers), built on a daemon thread of its
 * own once {@link #start} is called, so that building it overlaps the run's other work; {@link
 * #get} waits for it, and starts it if nobody did. Thread-safe.
 */
final class LoadedInBackground<T> {
  private final Supplier<T> loader;
  private final String thread;
  private CompletableFuture<T> loaded;

  /**
   * @param loader builds the thing, once
   * @param thread the loading thread's name, as a profiler shows it
   */
  LoadedInBackground(Supplier<T> loader, String thread) {
    this.loader = loader;
    this.thread = thread;
  }

  /** Starts building, unless it has started already. */
  synchronized void start() {
    if (loaded == null) {
      loaded = new CompletableFuture<>();
      Thread loading =
          new Thread(
              () -> {
                try {
                  loaded.complete(loader.get());
                } catch (RuntimeException | Error e) {
                  loaded.completeExceptionally(e);
                }
              },
              thread);
      loading.setDaemon(true);
      loading.start();
    }
  }

  /** The thing, once built; a failure to build is thrown here, as the loader threw it. */
  T get() {
    CompletableFuture<T> future;
    synchronized (this) {
      start();
      future = loaded;
    }
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + thread, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(thread + " failed", e.getCause());
    }
  }
}
