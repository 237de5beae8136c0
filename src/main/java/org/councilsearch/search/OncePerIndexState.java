package org.councilsearch.search;

import java.io.IOException;

/**
 * A value computed once for each state of the index ({@link IndexView#generation}), and afresh on
 * every call where the engine cannot tell its states apart. Thread-safe.
 *
 * @param <V> what is computed, immutable
 */
final class OncePerIndexState<V> {
  private final ReaderCache<Boolean, V> kept = new ReaderCache<>(1);

  /** The value for the state {@code view} shows, computed by {@code loader} when not kept. */
  V get(IndexView view, ReaderCache.Loader<V> loader) throws IOException {
    Object generation = view.generation();
    return generation == null ? loader.load() : kept.get(generation, Boolean.TRUE, loader);
  }
}
