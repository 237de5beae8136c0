package org.councilsearch.nlp;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * ONNX Runtime's environment, its native libraries loaded from a copy that is deleted as soon as
 * they are loaded. Left to itself, ONNX Runtime copies them into a temporary folder it only asks
 * the JVM to delete at exit, and asks for the folder before its files, so every run leaves an
 * empty folder behind; a server restarted daily, or a test suite, fills the temporary directory
 * with them. Loaded libraries need no file on Linux, so the copy goes at once. A path the user set
 * in {@code onnxruntime.native.path}, or a platform the jar carries no libraries for, is left to
 * ONNX Runtime.
 */
final class OnnxNatives {
  private static final String PATH_PROPERTY = "onnxruntime.native.path";

  private static final List<String> LIBRARIES = List.of("libonnxruntime.so", "libonnxruntime4j_jni.so");

  private OnnxNatives() {}

  /** The environment, loading the native libraries on the first call of the process. */
  static synchronized OrtEnvironment environment() throws OrtException {
    String folder = platformFolder();
    if (System.getProperty(PATH_PROPERTY) != null
        || folder == null
        || OnnxNatives.class.getResource(folder + LIBRARIES.get(0)) == null) {
      return OrtEnvironment.getEnvironment();
    }
    Path copy = copied(folder);
    System.setProperty(PATH_PROPERTY, copy.toString());
    try {
      return OrtEnvironment.getEnvironment();
    } finally {
      System.clearProperty(PATH_PROPERTY);
      deleted(copy);
    }
  }

  /** Where the jar keeps this platform's libraries, named as ONNX Runtime names them. */
  private static String platformFolder() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    if (!os.contains("linux")) {
      return null;
    }
    return switch (arch) {
      case "amd64", "x86_64" -> "/ai/onnxruntime/native/linux-x64/";
      case "aarch64" -> "/ai/onnxruntime/native/linux-aarch64/";
      default -> null;
    };
  }

  private static Path copied(String folder) {
    try {
      Path dir = Files.createTempDirectory("council-search-onnxruntime");
      for (String library : LIBRARIES) {
        try (InputStream in = OnnxNatives.class.getResourceAsStream(folder + library)) {
          if (in != null) {
            Files.copy(in, dir.resolve(library));
          }
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("ONNX Runtime's native libraries cannot be copied to the temporary directory", e);
    }
  }

  private static void deleted(Path dir) {
    try {
      for (String library : LIBRARIES) {
        Files.deleteIfExists(dir.resolve(library));
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // A copy that cannot be deleted now goes when the program ends; the JVM deletes in the
      // reverse order of the requests, so the folder is asked for first, to be emptied first.
      dir.toFile().deleteOnExit();
      LIBRARIES.forEach(l -> dir.resolve(l).toFile().deleteOnExit());
    }
  }
}
