package org.councilsearch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Reads a text file whose accented letters are valid UTF-8 as UTF-8. Tika's statistical detectors
 * judge a short text by its few non-ASCII bytes, and a Spanish paper with a dozen accents came out
 * as GB18030 ("sesión" as "sesi贸n"); bytes above 127 that happen to form valid UTF-8 sequences
 * throughout are all but unknown in the legacy encodings, so validity settles it. A sample with no
 * such byte, or one that is not valid UTF-8, is left to the guess. Thread-safe: it holds no state
 * of its own.
 */
final class ValidUtf8EncodingDetector implements EncodingDetector {
  private static final long serialVersionUID = 1L;
  private static final int SAMPLE_BYTES = 8 * 1024;

  /** A multi-byte sequence is at most four bytes: the sample's last three may be cut in one. */
  private static final int LONGEST_SEQUENCE = 4;

  private final EncodingDetector delegate;

  ValidUtf8EncodingDetector(EncodingDetector delegate) {
    this.delegate = delegate;
  }

  @Override
  public Charset detect(InputStream input, Metadata metadata) throws IOException {
    if (input != null && input.markSupported()) {
      byte[] sample;
      input.mark(SAMPLE_BYTES);
      try {
        sample = input.readNBytes(SAMPLE_BYTES);
      } finally {
        input.reset();
      }
      if (isValidUtf8WithNonAscii(sample, sample.length == SAMPLE_BYTES)) {
        return StandardCharsets.UTF_8;
      }
    }
    return delegate.detect(input, metadata);
  }

  /**
   * True when {@code sample} holds a byte above 127 and decodes as UTF-8 without error; when
   * {@code cut} (the file goes on), a sequence left incomplete at its very end is forgiven.
   */
  static boolean isValidUtf8WithNonAscii(byte[] sample, boolean cut) {
    int length = sample.length;
    if (cut) {
      int back = 0;
      while (back < LONGEST_SEQUENCE - 1 && back < length && (sample[length - 1 - back] & 0xC0) == 0x80) {
        back++;
      }
      if (back < length && (sample[length - 1 - back] & 0xC0) == 0xC0) {
        length -= back + 1;
      }
    }
    boolean nonAscii = false;
    for (int i = 0; i < length && !nonAscii; i++) {
      nonAscii = sample[i] < 0;
    }
    if (!nonAscii) {
      return false;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      decoder.decode(ByteBuffer.wrap(sample, 0, length));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
