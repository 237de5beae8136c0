package org.councilsearch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Keeps a text file with a few stray NUL bytes (a padded export, a bad copy) from being decoded as
 * UTF-16, which turns its ASCII into a line of CJK-looking nonsense that gets indexed as if it
 * were words. Tika's statistical detectors take any NUL as a sign of UTF-16.
 *
 * <p>Real UTF-16 without a byte order mark in a Latin script has a NUL in about every other byte;
 * in any other script it has no NUL at all and the guess is left alone. So only a guess of
 * UTF-16/32 for a sample that is almost all ASCII with a minority of NULs is overruled, in favour
 * of UTF-8, which reads ASCII unchanged. Thread-safe: it holds no state of its own.
 */
final class StrayNulEncodingDetector implements EncodingDetector {
  private static final long serialVersionUID = 1L;
  private static final int SAMPLE_BYTES = 8 * 1024;

  private final EncodingDetector delegate;

  StrayNulEncodingDetector(EncodingDetector delegate) {
    this.delegate = delegate;
  }

  @Override
  public Charset detect(InputStream input, Metadata metadata) throws IOException {
    Charset guess = delegate.detect(input, metadata);
    if (guess == null || input == null || !input.markSupported() || !isWide(guess)) {
      return guess;
    }
    byte[] sample = PeekedBytes.peek(input, SAMPLE_BYTES);
    return looksLikeAsciiWithStrayNuls(sample) ? StandardCharsets.UTF_8 : guess;
  }

  private static boolean isWide(Charset charset) {
    String name = charset.name().toUpperCase(Locale.ROOT);
    return name.startsWith("UTF-16") || name.startsWith("UTF-32");
  }

  static boolean looksLikeAsciiWithStrayNuls(byte[] sample) {
    if (sample.length < 2 || hasByteOrderMark(sample)) {
      return false;
    }
    int nuls = 0;
    int ascii = 0;
    for (byte b : sample) {
      if (b == 0) {
        nuls++;
      } else if ((b >= 0x20 && b < 0x7f) || b == '\n' || b == '\r' || b == '\t') {
        ascii++;
      }
    }
    int others = sample.length - nuls;
    return nuls * 4 < sample.length && others > 0 && ascii * 10 >= others * 9;
  }

  private static boolean hasByteOrderMark(byte[] b) {
    return (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
        || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE)
        || (b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF);
  }
}
