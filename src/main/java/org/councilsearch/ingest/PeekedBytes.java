package org.councilsearch.ingest;

import java.io.IOException;
import java.io.InputStream;

/** The first bytes of a stream, read and given back, for a detector that looks before it guesses. */
final class PeekedBytes {
  private PeekedBytes() {}

  /** Up to {@code max} bytes from where {@code input} stands, which is left there (it must support mark). */
  static byte[] peek(InputStream input, int max) throws IOException {
    input.mark(max);
    try {
      return input.readNBytes(max);
    } finally {
      input.reset();
    }
  }
}
