package org.councilsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.junit.jupiter.api.Test;

class ReaderCacheTest {
  @Test
  void a_repeated_search_is_computed_once_per_reader_and_a_new_reader_starts_empty() throws Exception {
    ReaderCache<String, Integer> cache = new ReaderCache<>(2);
    AtomicInteger computed = new AtomicInteger();
    IndexReader first = new MultiReader();
    assertThat(cache.get(first, "q", computed::incrementAndGet)).isEqualTo(1);
    assertThat(cache.get(first, "q", computed::incrementAndGet)).isEqualTo(1);
    assertThat(cache.size(first)).isEqualTo(1);

    IndexReader reopened = new MultiReader();
    assertThat(cache.get(reopened, "q", computed::incrementAndGet)).isEqualTo(2);
    assertThat(cache.size(reopened)).isEqualTo(1);
    assertThat(cache.size(first)).isZero();
  }

  @Test
  void the_least_recently_used_search_goes_first_and_zero_keeps_nothing() throws Exception {
    ReaderCache<String, Integer> cache = new ReaderCache<>(2);
    AtomicInteger computed = new AtomicInteger();
    IndexReader r = new MultiReader();
    cache.get(r, "a", computed::incrementAndGet);
    cache.get(r, "b", computed::incrementAndGet);
    cache.get(r, "a", computed::incrementAndGet);
    cache.get(r, "c", computed::incrementAndGet);
    assertThat(cache.get(r, "a", computed::incrementAndGet)).isEqualTo(1);
    assertThat(cache.get(r, "b", computed::incrementAndGet)).isEqualTo(4);

    ReaderCache<String, Integer> none = new ReaderCache<>(0);
    none.get(r, "a", computed::incrementAndGet);
    assertThat(none.size(r)).isZero();
  }
}
