package org.councilsearch.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What repeated searches computed on one index reader, as Solr's query result cache: the least
 * recently used entries go first, and all of them go when a newer reader (a new commit) is
 * searched, so nothing from an older index is ever served. What does not depend on the index (how
 * a query is read) is kept under one generation that never changes. Thread-safe.
 *
 * @param <K> what a search is keyed by (Lucene queries have value equality)
 * @param <V> what it computed, immutable
 */
public final class ReaderCache<K, V> {
  /** Computes a value on a miss. */
  @FunctionalInterface
  public interface Loader<V> {
    V load() throws IOException;
  }

  private final int capacity;
  private volatile Entries<K, V> entries;

  private record Entries<K, V>(Object generation, Map<K, V> values) {}

  /** @param capacity how many values to keep; 0 keeps none */
  public ReaderCache(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("a cache cannot hold " + capacity + " entries");
    }
    this.capacity = capacity;
  }

  /**
   * The value for {@code key} on {@code generation} (an index reader: values are told apart by
   * its identity), computed by {@code loader} when not kept.
   */
  public V get(Object generation, K key, Loader<V> loader) throws IOException {
    if (capacity == 0) {
      return loader.load();
    }
    Entries<K, V> e = entriesFor(generation);
    V known;
    synchronized (e.values()) {
      known = e.values().get(key);
    }
    if (known != null) {
      return known;
    }
    V value = loader.load();
    synchronized (e.values()) {
      e.values().put(key, value);
    }
    return value;
  }

  /** How many values are kept for {@code generation}. */
  int size(Object generation) {
    Entries<K, V> e = entries;
    if (e == null || e.generation() != generation) {
      return 0;
    }
    synchronized (e.values()) {
      return e.values().size();
    }
  }

  private Entries<K, V> entriesFor(Object generation) {
    Entries<K, V> e = entries;
    if (e != null && e.generation() == generation) {
      return e;
    }
    Map<K, V> values =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
          }
        };
    e = new Entries<>(generation, values);
    entries = e;
    return e;
  }
}
