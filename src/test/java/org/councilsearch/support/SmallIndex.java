package org.councilsearch.support;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.councilsearch.app.IndexConfig;
import org.councilsearch.app.Services;
import org.councilsearch.index.IndexProgress;
import org.councilsearch.index.PaperIndexer;
import org.councilsearch.ingest.Corpus;
import org.councilsearch.ingest.ExtractionLimits;
import org.councilsearch.nlp.EntityTagger;

/** A small embedded index of the papers a test wrote, opened for searching as the product does. */
public final class SmallIndex {
  private SmallIndex() {}

  /**
   * The papers of {@code corpus} indexed at {@code index} by words alone, and opened.
   *
   * @param tagged whether passages are tagged with the shipped models (slower to load), or not at all
   */
  public static Services.Searching of(Path corpus, Path index, boolean tagged) throws IOException {
    Services services = new Services(Clock.systemUTC(), 1);
    PaperIndexer indexer = tagged ? services.indexer(ExtractionLimits.DEFAULTS) : services.indexer(ExtractionLimits.DEFAULTS, EntityTagger.NONE);
    indexer.update(new Corpus(corpus), services.backend(new IndexConfig.Embedded(index)), false, IndexProgress.NONE);
    return services.open(new IndexConfig.Embedded(index));
  }
}
