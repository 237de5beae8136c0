package org.councilsearch.ingest;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The {@code tesseract} program that Tika starts: a small shell script in a folder of its own that
 * sets the environment our OCR needs and then runs the real program in its place.
 *
 * <p>Why: Tika's {@code TesseractOCRParser} starts Tesseract with the JVM's environment and offers
 * no way to add to it. Tesseract's OpenMP build starts one thread per core for every page, while
 * the indexer already reads several files at once; on two cores that made a scanned page take
 * several times as long. {@code OMP_THREAD_LIMIT=1} in the child keeps one thread per page, whatever
 * the user's shell says.
 *
 * <p>Tika also sets {@code TESSDATA_PREFIX} to {@code <its tesseract folder>/tessdata}, which
 * would point at the script's folder; the script gives the real program the value it would have
 * had without the wrapper: the {@code tessdata} folder beside a Tesseract named by {@code
 * --tesseract}, else the JVM's own {@code TESSDATA_PREFIX}, else none.
 */
final class TesseractWrapper {
  /** The environment every Tesseract process gets: one OpenMP thread, as the indexer is parallel. */
  static final String THREAD_LIMIT = "OMP_THREAD_LIMIT=1";

  private TesseractWrapper() {}

  /**
   * Writes the wrapper for the Tesseract in {@code tesseractDir} (or on {@code path} when null) and
   * returns the folder to give Tika; empty when there is no Tesseract to wrap or the script cannot
   * be written or made executable here (the caller then starts Tesseract directly).
   */
  static Optional<Path> write(Path tesseractDir, String path, String tessdataPrefix) {
    Optional<Path> program =
        tesseractDir != null ? executable(tesseractDir.resolve("tesseract")) : onPath(path);
    if (program.isEmpty()) {
      return Optional.empty();
    }
    String prefix =
        tesseractDir != null ? tesseractDir.resolve("tessdata").toString() : tessdataPrefix;
    try {
      Path dir = Files.createTempDirectory("council-search-tesseract");
      // Deleted at exit in the reverse order of asking: the script first, then its emptied folder
      // (the other way round, every run left an empty folder behind).
      dir.toFile().deleteOnExit();
      Path script = dir.resolve("tesseract");
      script.toFile().deleteOnExit();
      Files.writeString(script, script(program.get(), prefix), StandardCharsets.UTF_8);
      Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
      return Optional.of(dir);
    } catch (IOException | UnsupportedOperationException e) {
      return Optional.empty();
    }
  }

  /** The script's text: set the environment, then become the real program. */
  static String script(Path program, String tessdataPrefix) {
    String data =
        tessdataPrefix == null || tessdataPrefix.isBlank()
            ? "unset TESSDATA_PREFIX\n"
            : "TESSDATA_PREFIX=" + quote(tessdataPrefix) + "\nexport TESSDATA_PREFIX\n";
    return "#!/bin/sh\n"
        + THREAD_LIMIT
        + "\nexport OMP_THREAD_LIMIT\n"
        + data
        + "exec "
        + quote(program.toString())
        + " \"$@\"\n";
  }

  private static Optional<Path> onPath(String path) {
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      try {
        Optional<Path> program = executable(Path.of(dir, "tesseract"));
        if (program.isPresent()) {
          return program;
        }
      } catch (InvalidPathException e) {
        // A PATH entry this file system cannot name holds no Tesseract either.
      }
    }
    return Optional.empty();
  }

  private static Optional<Path> executable(Path file) {
    return Files.isRegularFile(file) && Files.isExecutable(file)
        ? Optional.of(file.toAbsolutePath())
        : Optional.empty();
  }

  /** A single-quoted shell word: only {@code '} itself needs care inside one. */
  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
