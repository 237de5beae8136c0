package org.councilsearch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;

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
   * Lists the corpus files in a stable order; entries that cannot be listed are left out.
   *
   * @throws CorpusNotFoundException when the directory is missing
   */
  public List<CorpusFile> files() {
    return list().files();
  }

  /**
   * Lists the corpus: its files, and the entries below it that are not readable files (a link
   * that loops back up the tree, a link to nothing, a directory that may not be read), each with a
   * one-line reason, both in a stable order. Such an entry costs the run nothing but its own line.
   *
   * @throws CorpusNotFoundException when the directory is missing or cannot be listed at all
   */
  public Listing list() {
    if (!Files.isDirectory(root)) {
      throw new CorpusNotFoundException(
          "corpus directory not found: " + root + "; pass --corpus DIR with the papers to index");
    }
    Walker walker = new Walker();
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walker);
    } catch (IOException | UncheckedIOException e) {
      throw new CorpusNotFoundException("cannot list corpus directory " + root + ": " + e.getMessage());
    }
    walker.files.sort(Comparator.comparing(CorpusFile::source));
    walker.skipped.sort(Comparator.comparing(Skipped::source));
    return new Listing(walker.files, walker.skipped);
  }

  /** What {@link #list()} found: the files to read and the entries skipped, with reasons. */
  public record Listing(List<CorpusFile> files, List<Skipped> skipped) {
    public Listing {
      files = List.copyOf(files);
      skipped = List.copyOf(skipped);
    }
  }

  /** An entry of the corpus that is not a readable file; {@code reason} is one line. */
  public record Skipped(String source, String reason) {}

  /** Collects regular files and names everything else it meets below the root. */
  private final class Walker extends SimpleFileVisitor<Path> {
    final List<CorpusFile> files = new ArrayList<>();
    final List<Skipped> skipped = new ArrayList<>();

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      return !dir.equals(root) && isHidden(root.relativize(dir))
          ? FileVisitResult.SKIP_SUBTREE
          : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      if (isHidden(root.relativize(file))) {
        return FileVisitResult.CONTINUE;
      }
      if (attrs.isRegularFile()) {
        files.add(new CorpusFile(file, sourceName(file), attrs.size()));
      } else if (attrs.isSymbolicLink()) {
        // Following links, the walk only reports a link itself when its target is missing.
        skipped.add(
            new Skipped(sourceName(file), "broken symbolic link: its target does not exist"));
      } else {
        skipped.add(
            new Skipped(sourceName(file), "not a regular file (a pipe, socket or device); skipped"));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      if (file.equals(root)) {
        throw new UncheckedIOException(e);
      }
      if (!isHidden(root.relativize(file))) {
        skipped.add(new Skipped(sourceName(file), reasonFor(e)));
      }
      return FileVisitResult.CONTINUE;
    }
  }

  private static String reasonFor(IOException e) {
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loops back to a directory above it; skipped (remove the link to silence"
          + " this)";
    }
    if (e instanceof AccessDeniedException) {
      return "cannot read it: permission denied; check its permissions";
    }
    return "cannot read it: " + ExtractionFailures.shortCause(e);
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

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
