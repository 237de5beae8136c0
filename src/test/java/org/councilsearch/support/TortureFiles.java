package org.councilsearch.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The torture files (real-world files in odd states, see {@code torture/README.md}) from the test
 * classpath, where Maven copies {@code src/test/resources/torture}. They are part of the
 * repository, so a test that needs one fails loudly rather than being skipped when it is missing.
 */
public final class TortureFiles {
  private TortureFiles() {}

  /** The torture folder on disk. */
  public static Path dir() {
    URL url = TortureFiles.class.getResource("/torture/README.md");
    if (url == null) {
      throw new IllegalStateException(
          "torture/README.md is not on the test classpath; src/test/resources/torture is missing");
    }
    try {
      return Path.of(url.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the torture folder: " + url, e);
    }
  }

  /** One torture file by name; it must exist. */
  public static Path file(String name) {
    Path file = dir().resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("no torture file " + name + " in " + dir());
    }
    return file;
  }

  /** Every file of the folder, by name. */
  public static List<Path> all() {
    try (Stream<Path> list = Files.list(dir())) {
      return list.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
