package org.councilsearch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Reads text that is valid UTF-8 as UTF-8 before any statistical guess. Spanish and French pack
 * two-byte letters densely enough for Tika's detectors to take UTF-8 for a Chinese character set
 * ("SESIÓN" comes out "SESI脫N"), while text in a legacy single-byte encoding with any accented
 * letter is almost never valid UTF-8. Text without a byte above 0x7F, or with a byte order mark,
 * is left to the detector it wraps. Thread-safe: it holds no state of its own.
 */
final class Utf8FirstEncodingDetector implements EncodingDetector {
  private static final long serialVersionUID = 1L;

  /** How much is checked: enough to meet a paper's accented letters, which the guess sees too. */
  private static final int SAMPLE_BYTES = 256 * 1024;

  private final EncodingDetector delegate;

  Utf8FirstEncodingDetector(EncodingDetector delegate) {
    this.delegate = delegate;
  }

  @Override
  public Charset detect(InputStream input, Metadata metadata) throws IOException {
    if (input != null && input.markSupported()) {
      byte[] sample = PeekedBytes.peek(input, SAMPLE_BYTES);
      if (isMultiByteUtf8(sample, sample.length < SAMPLE_BYTES)) {
        return StandardCharsets.UTF_8;
      }
    }
    return delegate.detect(input, metadata);
  }

  /**
   * Whether {@code sample} is valid UTF-8 with at least one multi-byte letter and no byte order
   * mark. A sequence cut by the end of a sample that is not the whole input still counts as valid.
   */
  static boolean isMultiByteUtf8(byte[] sample, boolean whole) {
    if (sample.length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
      return false; // the detector it wraps reads the mark itself
    }
    boolean multiByte = false;
    int i = 0;
    while (i < sample.length) {
      int b = sample[i] & 0xFF;
      if (b < 0x80) {
        if (b == 0) {
          return false; // NULs are UTF-16's, or binary
        }
        i++;
        continue;
      }
      int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
      if (length == 0) {
        return false;
      }
      for (int k = 1; k < length; k++) {
        if (i + k >= sample.length) {
          return !whole && multiByte;
        }
        int c = sample[i + k] & 0xFF;
        if (c < 0x80 || c > 0xBF || (k == 1 && !secondByteFits(b, c))) {
          return false;
        }
      }
      multiByte = true;
      i += length;
    }
    return multiByte;
  }

  /** Rules out overlong forms, surrogates and code points above U+10FFFF. */
  private static boolean secondByteFits(int lead, int second) {
    return switch (lead) {
      case 0xE0 -> second >= 0xA0;
      case 0xED -> second <= 0x9F;
      case 0xF0 -> second >= 0x90;
      case 0xF4 -> second <= 0x8F;
      default -> true;
    };
  }
}
