package org.councilsearch.backend;

import java.io.IOException;
import org.councilsearch.index.PaperStore;
import org.councilsearch.index.VectorTarget;
import org.councilsearch.search.PassageIndex;

/**
 * One search engine the papers can live in: the embedded Lucene index ({@code backend.lucene}) or
 * a SolrCloud collection ({@code backend.solr}). It opens where a run writes and what searches
 * read; both work from the one {@link org.councilsearch.index.Schema}, and the reading side runs
 * the Lucene queries that query understanding builds. The engine is chosen once, in {@code app},
 * from the configuration; nothing in the pipeline knows which one it talks to. Implementations are
 * thread-safe and cheap to hold: they open nothing until asked.
 */
public interface Backend extends PaperStore.Opener {
  /**
   * Opens the store one indexing run writes to; the caller closes it.
   *
   * @param full rebuild from scratch instead of updating what is there
   */
  @Override
  PaperStore openStore(boolean full) throws IOException;

  /**
   * Opens the store the vector pass writes to, as it is (never rebuilt); the caller closes it.
   */
  VectorTarget openVectorTarget() throws IOException;

  /**
   * Opens the papers for searching and reading; the caller closes it.
   *
   * @param cachedSearches how many searches' results to keep per index reader where the engine
   *     does not keep them itself (0 computes every search afresh)
   */
  PassageIndex openIndex(int cachedSearches);
}
