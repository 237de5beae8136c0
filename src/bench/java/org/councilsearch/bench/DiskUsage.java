package org.councilsearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Bytes under a directory: index size on disk, archive size. */
final class DiskUsage {
  private DiskUsage() {}

  static long bytes(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(DiskUsage::sizeOf).sum();
    }
  }

  static double megabytes(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      // A file Lucene removed while we walked no longer counts.
      return 0;
    }
  }
}
