package org.councilsearch.backend.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.councilsearch.index.IndexUnavailableException;
import org.councilsearch.index.Schema;

/** Opens an index directory after checking that it is ours, or empty enough to become ours. */
final class IndexDirectory {
  /** Files Lucene leaves behind, even from a run killed before its first commit. */
  private static final Pattern LUCENE_FILE =
      Pattern.compile("write\\.lock|segments.*|pending_segments.*|_.*|extra\\d+");

  private IndexDirectory() {}

  /** Opens an existing index for reading. */
  static Directory openForReading(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw IndexUnavailableException.missing(dir);
    }
    Directory directory = open(dir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        if (holdsOnlyLuceneFiles(dir)) {
          throw IndexUnavailableException.missing(dir);
        }
        throw IndexUnavailableException.notAnIndex(dir, "it holds other files");
      }
      return directory;
    } catch (IOException e) {
      throw IndexUnavailableException.notAnIndex(dir, e.getMessage());
    }
  }

  /** Opens a directory for writing, creating it when needed, refusing one that holds other files. */
  static Directory openForWriting(Path dir) {
    try {
      if (Files.exists(dir) && !Files.isDirectory(dir)) {
        throw IndexUnavailableException.notAnIndex(dir, "it is a file");
      }
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw IndexUnavailableException.notAnIndex(dir, "cannot create it: " + e.getMessage());
    }
    if (!holdsOnlyLuceneFiles(dir)) {
      throw IndexUnavailableException.notAnIndex(dir, "it holds other files");
    }
    return open(dir);
  }

  /** The schema version recorded by the last commit, or null when there is no commit. */
  static String schemaVersion(Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return null;
    }
    IndexCommit commit = DirectoryReader.listCommits(directory).get(0);
    Map<String, String> data = commit.getUserData();
    return data.getOrDefault(Schema.COMMIT_SCHEMA, "");
  }

  private static Directory open(Path dir) {
    try {
      return FSDirectory.open(dir);
    } catch (IOException e) {
      throw IndexUnavailableException.notAnIndex(dir, e.getMessage());
    }
  }

  private static boolean holdsOnlyLuceneFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.allMatch(
          f -> Files.isRegularFile(f) && LUCENE_FILE.matcher(f.getFileName().toString()).matches());
    } catch (IOException e) {
      return false;
    }
  }
}
