package org.councilsearch.nlp.train;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a serialized OpenNLP model so that equal models give equal bytes: OpenNLP stamps
 * every zip entry with the current time and writes the time, twice, into its manifest, which would
 * make each retraining look like a new model. Entry order and content are kept.
 */
final class StableModelFile {
  /** 1 January 2000, 00:00 local time: any fixed instant will do. */
  private static final long FIXED_TIME = 946_684_800_000L;

  private StableModelFile() {}

  static byte[] normalize(byte[] model) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(model))) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream out = new ZipOutputStream(bytes)) {
        ZipEntry entry;
        while ((entry = in.getNextEntry()) != null) {
          byte[] content = in.readAllBytes();
          if (entry.getName().endsWith(".properties")) {
            content = withoutComments(content);
          }
          ZipEntry copy = new ZipEntry(entry.getName());
          copy.setTime(FIXED_TIME);
          out.putNextEntry(copy);
          out.write(content);
          out.closeEntry();
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rewrite the model archive", e);
    }
  }

  /** A properties file without its "#date" comment line, and with the training time fixed. */
  private static byte[] withoutComments(byte[] properties) {
    StringBuilder kept = new StringBuilder();
    for (String line : new String(properties, StandardCharsets.ISO_8859_1).split("\n", -1)) {
      if (line.startsWith("Timestamp=")) {
        kept.append("Timestamp=").append(FIXED_TIME).append('\n');
      } else if (!line.startsWith("#")) {
        kept.append(line).append('\n');
      }
    }
    String text = kept.toString();
    return text.substring(0, text.length() - 1).getBytes(StandardCharsets.ISO_8859_1);
  }
}
