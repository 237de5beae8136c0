package org.councilsearch.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;

/**
 * What repeated searches computed on one index reader, as Solr's query result cache: the least
 * recently used entries go first, and all of them go when a newer reader (a new commit) is
 * searched, so nothing from an older index is ever served. Thread-safe.
 *
 * @param <K> what a search is keyed by (Lucene queries have value equality)
 * @param <V> what it computed, immutable
 */
final class ReaderCache<K, V> {
  /** Computes a value on a miss. */
  @FunctionalInterface
  interface Loader<V> {
    V load() throws IOException;
  }

  private final int capacity;
  private volatile Entries<K, V> entries;

  private record Entries<K, V>(IndexReader reader, Map<K, V> values) {}

  /** @param capacity how many values to keep; 0 keeps none */
  ReaderCache(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("a cache cannot hold " + capacity + " entries");
    }
    this.capacity = capacity;
  }

  /** The value for {@code key} on {@code reader}, computed by {@code loader} when not kept. */
  V get(IndexReader reader, K key, Loader<V> loader) throws IOException {
    if (capacity == 0) {
      return loader.load();
    }
    Entries<K, V> e = entriesFor(reader);
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

  /** How many values are kept for {@code reader}. */
  int size(IndexReader reader) {
    Entries<K, V> e = entries;
    if (e == null || e.reader() != reader) {
      return 0;
    }
    synchronized (e.values()) {
      return e.values().size();
    }
  }

  private Entries<K, V> entriesFor(IndexReader reader) {
    Entries<K, V> e = entries;
    if (e != null && e.reader() == reader) {
      return e;
    }
    Map<K, V> values =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
          }
        };
    e = new Entries<>(reader, values);
    entries = e;
    return e;
  }
}
