package org.councilsearch.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A folder of files bundled with the product, read as a directory on disk: where it is, when the
 * product runs from its build, or copied out of the jar for the time of one reading, since Tika and
 * the readers of labelled data read files.
 */
public final class BundledFolder {
  /** What is done with the folder while it is on disk. */
  @FunctionalInterface
  public interface Reading<T> {
    T read(Path folder) throws IOException;
  }

  private BundledFolder() {}

  /**
   * {@code reading} applied to the bundled folder {@code resource} (its files, not its subfolders,
   * when it comes from the jar).
   *
   * @param what the folder in the user's words, for the message when it is not bundled
   * @throws IOException when the folder is not bundled, or as {@code reading} throws
   */
  public static <T> T read(String resource, String what, Reading<T> reading) throws IOException {
    URL url = BundledFolder.class.getClassLoader().getResource(resource);
    if (url == null) {
      throw new IOException(what + " (" + resource + ") are missing from the classpath; rebuild the jar");
    }
    URI entry;
    try {
      entry = url.toURI();
    } catch (URISyntaxException e) {
      throw new IOException("cannot locate " + resource + ": " + e.getMessage(), e);
    }
    if (url.getProtocol().equals("file")) {
      return reading.read(Path.of(entry));
    }
    Path copy = Files.createTempDirectory("council-search-bundled-");
    try {
      copyOut(entry, resource, copy);
      return reading.read(copy);
    } finally {
      try (Stream<Path> files = Files.walk(copy)) {
        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  private static void copyOut(URI entry, String resource, Path into) throws IOException {
    URI jar = URI.create(entry.toString().substring(0, entry.toString().indexOf("!/")));
    FileSystem zip;
    boolean opened = false;
    try {
      zip = FileSystems.getFileSystem(jar);
    } catch (FileSystemNotFoundException e) {
      zip = FileSystems.newFileSystem(jar, Map.of());
      opened = true;
    }
    // Only whoever opened the jar's file system closes it: another reading may be using it.
    try (Stream<Path> files = Files.list(zip.getPath(resource))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, into.resolve(f.getFileName().toString()));
      }
    } finally {
      if (opened) {
        zip.close();
      }
    }
  }
}
