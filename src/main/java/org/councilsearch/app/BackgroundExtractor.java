package org.councilsearch.app;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.councilsearch.ingest.ExtractionException;
import org.councilsearch.ingest.ExtractionResult;
import org.councilsearch.ingest.Extractor;

/**
 * An extractor whose parsers are built on a background thread once the indexer knows it has papers
 * to read: Tika's parsers (and the look for Tesseract) take a second or more to set up, which then
 * overlaps the tagging models' loading and the hashing of the corpus, and a run with nothing to
 * read never builds them. Thread-safe.
 */
final class BackgroundExtractor implements Extractor {
  private final LoadedInBackground<Extractor> extractor;

  BackgroundExtractor(Supplier<Extractor> loader) {
    this.extractor = new LoadedInBackground<>(loader, "load-parsers");
  }

  @Override
  public void prepare() {
    extractor.start();
  }

  @Override
  public ExtractionResult extract(Path file) throws ExtractionException {
    return extractor.get().extract(file);
  }
}
