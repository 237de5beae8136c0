package org.councilsearch.app;

import java.nio.file.Path;
import java.time.Clock;
import org.councilsearch.index.PaperIndexer;
import org.councilsearch.index.ReadableIndex;
import org.councilsearch.index.Schema;
import org.councilsearch.ingest.ExtractionLimits;
import org.councilsearch.ingest.PaperReader;
import org.councilsearch.ingest.TikaExtractor;
import org.councilsearch.ingest.structure.PaperParser;
import org.councilsearch.search.PaperCatalog;
import org.councilsearch.search.QueryReader;
import org.councilsearch.search.SearchService;

/**
 * The composition root: builds the pipeline's parts once and hands them out. The command line and
 * the web server get everything they use from here, so no part reaches for a global.
 */
public final class Services {
  private final Schema schema = new Schema();
  private final Clock clock;
  private final int workers;

  /**
   * @param clock the time source for index timestamps
   * @param workers how many files are read at once while indexing
   */
  public Services(Clock clock, int workers) {
    this.clock = clock;
    this.workers = workers;
  }

  /** Services for this machine: the system clock, one indexing worker per core. */
  public static Services forThisMachine() {
    return new Services(Clock.systemUTC(), Runtime.getRuntime().availableProcessors());
  }

  public Schema schema() {
    return schema;
  }

  /** An indexer that reads files within {@code limits}. */
  public PaperIndexer indexer(ExtractionLimits limits) {
    PaperReader reader = new PaperReader(new TikaExtractor(limits), new PaperParser());
    return new PaperIndexer(schema, reader, workers, clock);
  }

  /**
   * Opens the index at {@code dir} for searching and reading papers.
   *
   * @throws org.councilsearch.index.IndexUnavailableException when there is no index there
   */
  public Searching open(Path dir) {
    ReadableIndex index = ReadableIndex.open(dir);
    PaperCatalog catalog = new PaperCatalog(index, schema);
    return new Searching(
        index, catalog, new SearchService(index, schema, new QueryReader(schema), catalog));
  }

  /** What is open on one index; closing it closes the index. */
  public record Searching(ReadableIndex index, PaperCatalog catalog, SearchService search)
      implements AutoCloseable {
    @Override
    public void close() throws java.io.IOException {
      index.close();
    }
  }
}
