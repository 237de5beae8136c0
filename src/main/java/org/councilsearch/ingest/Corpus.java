package org.councilsearch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A directory of council papers. Every regular, non-hidden file below it is a candidate paper; the
 * extractor decides whether it can be read.
 */
public final class Corpus {
  private final Path root;

  public Corpus(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /**
   * Lists the corpus files in a stable order.
   *
   * @throws CorpusNotFoundException when the directory is missing
   */
  public List<CorpusFile> files() {
    if (!Files.isDirectory(root)) {
      throw new CorpusNotFoundException(
          "corpus directory not found: " + root + "; pass --corpus DIR with the papers to index");
    }
    List<CorpusFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
      walk.filter(p -> !p.equals(root))
          .filter(p -> !isHidden(root.relativize(p)))
          .filter(Files::isRegularFile)
          .forEach(p -> files.add(new CorpusFile(p, sourceName(p), sizeOf(p))));
    } catch (IOException | UncheckedIOException e) {
      throw new CorpusNotFoundException("cannot list corpus directory " + root + ": " + e.getMessage());
    }
    files.sort(Comparator.comparing(CorpusFile::source));
    return files;
  }

  /** SHA-256 of the file's bytes, streamed so that large files cost no memory. */
  public static String contentHash(Path file) throws IOException {
    MessageDigest digest = sha256();
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** A short stable id for a paper, from its source name: the same file keeps its links. */
  public static String paperId(String source) {
    byte[] hash = sha256().digest(source.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(hash, 0, 6);
  }

  private String sourceName(Path file) {
    return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
