package org.councilsearch.backend.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.Directory;
import org.councilsearch.index.IndexUnavailableException;
import org.councilsearch.index.Schema;

/**
 * An index opened for searching. Thread-safe: searches share one lock-free searcher, and {@link
 * #refresh()} switches to a newer commit (from another process's reindex) without blocking them.
 */
final class ReadableIndex implements AutoCloseable {
  private final Path dir;
  private final Directory directory;
  private final SearcherManager searchers;

  private ReadableIndex(Path dir, Directory directory, SearcherManager searchers) {
    this.dir = dir;
    this.directory = directory;
    this.searchers = searchers;
  }

  /**
   * Opens the index at {@code dir}, ranking with {@code similarity}.
   *
   * @throws IndexUnavailableException when there is no index there
   */
  static ReadableIndex open(Path dir, Similarity similarity) {
    Directory directory = IndexDirectory.openForReading(dir);
    try {
      return new ReadableIndex(dir, directory, new SearcherManager(directory, new RankingSearchers(similarity)));
    } catch (IOException e) {
      closeQuietly(directory);
      throw IndexUnavailableException.notAnIndex(dir, e.getMessage());
    }
  }

  /** Work done with a searcher that stays valid for the whole call. */
  @FunctionalInterface
  interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /** Runs {@code work} against the current searcher. */
  <T> T withSearcher(SearcherWork<T> work) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the index at " + dir + " failed", e);
    }
  }

  /** Switches to the newest commit, if another run has committed since. */
  void refresh() throws IOException {
    searchers.maybeRefresh();
  }

  /** When the commit being searched was written. */
  Instant indexedAt() {
    return withSearcher(
        s -> {
          String at =
              ((DirectoryReader) s.getIndexReader())
                  .getIndexCommit()
                  .getUserData()
                  .get(Schema.COMMIT_INDEXED_AT);
          return at == null ? null : Instant.parse(at);
        });
  }

  Path dir() {
    return dir;
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    directory.close();
  }

  /** Gives every searcher the ranking's similarity. */
  private static final class RankingSearchers extends SearcherFactory {
    private final Similarity similarity;

    RankingSearchers(Similarity similarity) {
      this.similarity = similarity;
    }

    @Override
    public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader, org.apache.lucene.index.IndexReader previous) {
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setSimilarity(similarity);
      return searcher;
    }
  }

  private static void closeQuietly(Directory directory) {
    try {
      directory.close();
    } catch (IOException ignored) {
      // Already failing; the first error is the one to report.
    }
  }
}
