package org.councilsearch.backend.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.councilsearch.backend.Backend;
import org.councilsearch.index.PaperStore;
import org.councilsearch.index.Schema;
import org.councilsearch.index.VectorTarget;
import org.councilsearch.search.PassageIndex;

/**
 * The embedded Lucene index in one directory: a run writes one commit ({@link LucenePaperStore}),
 * searches share a lock-free searcher that follows new commits ({@link LuceneIndex}). Thread-safe.
 */
public final class LuceneBackend implements Backend {
  private final Path dir;
  private final Schema schema;
  private final Clock clock;

  /**
   * @param dir the index directory
   * @param schema how papers become documents and how they are ranked
   * @param clock stamps each commit with the time of the run
   */
  public LuceneBackend(Path dir, Schema schema, Clock clock) {
    this.dir = dir;
    this.schema = schema;
    this.clock = clock;
  }

  /**
   * @throws org.councilsearch.index.IndexUnavailableException when the directory is not an index
   *     or is locked
   */
  @Override
  public PaperStore openStore(boolean full) throws IOException {
    return LucenePaperStore.open(schema, dir, full, clock);
  }

  /**
   * Opens the store the vector pass writes to; the caller closes it.
   *
   * @throws org.councilsearch.index.IndexUnavailableException when the directory is not an index
   *     or is locked
   */
  @Override
  public VectorTarget openVectorTarget() throws IOException {
    return LucenePaperStore.open(schema, dir, false, clock);
  }

  /** @throws org.councilsearch.index.IndexUnavailableException when there is no index there */
  @Override
  public PassageIndex openIndex(int cachedSearches) {
    return new LuceneIndex(ReadableIndex.open(dir, schema.similarity()), schema, cachedSearches);
  }
}
