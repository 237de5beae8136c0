package org.councilsearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A corpus directory of links to the first {@code n} papers of an archive (in file-name order),
 * so that growth and incremental runs index part of an archive without copying it. The generator's
 * file names start with the paper number, so the first n files are the archive of size n.
 */
final class ArchiveView {
  private ArchiveView() {}

  /** Makes {@code view} (deleted first if present) hold links to the first {@code n} files. */
  static Path firstPapers(Path archive, int n, Path view) throws IOException {
    deleteTree(view);
    Files.createDirectories(view);
    List<Path> files;
    try (Stream<Path> all = Files.list(archive)) {
      files = all.filter(Files::isRegularFile).sorted().limit(n).toList();
    }
    if (files.size() < n) {
      throw new IOException(
          "the archive " + archive + " holds " + files.size() + " papers, fewer than " + n);
    }
    for (Path f : files) {
      Files.createSymbolicLink(view.resolve(f.getFileName()), f.toAbsolutePath());
    }
    return view;
  }

  /** Links every file of {@code dir} into {@code view} as well. */
  static void addAll(Path dir, Path view) throws IOException {
    try (Stream<Path> all = Files.list(dir)) {
      for (Path f : all.filter(Files::isRegularFile).toList()) {
        Files.createSymbolicLink(view.resolve(f.getFileName()), f.toAbsolutePath());
      }
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
