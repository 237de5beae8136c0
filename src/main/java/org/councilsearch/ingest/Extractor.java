package org.councilsearch.ingest;

import java.nio.file.Path;

/** Extracts plain text from one file of any format. Implementations are thread-safe. */
public interface Extractor {
  /**
   * Returns the file's text; never null.
   *
   * @throws ExtractionException with a one-line reason a user can act on, when the file cannot be
   *     read (corrupt, encrypted, empty, too large, unsupported, too slow)
   */
  ExtractionResult extract(Path file) throws ExtractionException;

  /**
   * Says that files are about to come, so that an extractor that builds its parsers lazily may
   * start now, in the background; {@link #extract} works without it.
   */
  default void prepare() {}
}
