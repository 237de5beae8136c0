package org.councilsearch.nlp.train;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One file of annotated training sentences in OpenNLP name finder format: one of the bundled
 * files under {@value #RESOURCE_DIR} (one per corpus paper, plus hand-written sentences), or a
 * file on disk. Keeping one file per paper is what lets an evaluation hold a paper out.
 *
 * @param name what reports call it: the file name, such as {@code corpus-2009.txt}
 * @param resource the classpath resource, or null for a file
 * @param file the file on disk, or null for a resource
 */
public record NerSource(String name, String resource, Path file) {
  /** Where the bundled training files live on the classpath. */
  public static final String RESOURCE_DIR = "org/councilsearch/nlp/ner/";

  /** The bundled files: sentences of each corpus paper, then the hand-written ones. */
  public static final List<String> BUNDLED =
      List.of("corpus-2003.txt", "corpus-2005.txt", "corpus-2009.txt", "corpus-2011.txt", "corpus-2012.txt", "written.txt");

  public NerSource {
    Objects.requireNonNull(name, "name");
    if ((resource == null) == (file == null)) {
      throw new IllegalArgumentException("a source is either a resource or a file: " + name);
    }
  }

  /** A bundled training file, by name ("corpus-2009.txt"). */
  public static NerSource bundled(String name) {
    if (!BUNDLED.contains(name)) {
      throw new IllegalArgumentException("no bundled training file " + name + "; there are " + BUNDLED);
    }
    return new NerSource(name, RESOURCE_DIR + name, null);
  }

  /** Every bundled training file. */
  public static List<NerSource> allBundled() {
    return BUNDLED.stream().map(NerSource::bundled).toList();
  }

  /** Every bundled training file but the named ones: to hold a paper out ({@code allBundledExcept("corpus-2009.txt")}). */
  public static List<NerSource> allBundledExcept(String... heldOut) {
    Set<String> out = Set.of(heldOut);
    for (String name : out) {
      bundled(name);
    }
    return BUNDLED.stream().filter(name -> !out.contains(name)).map(NerSource::bundled).toList();
  }

  /** A training file on disk. */
  public static NerSource file(Path file) {
    return new NerSource(file.getFileName().toString(), null, file);
  }

  /** Opens the file; the caller closes the stream. */
  InputStream open() throws IOException {
    if (file != null) {
      return Files.newInputStream(file);
    }
    InputStream in = NerSource.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("training file not on the classpath: " + resource);
    }
    return in;
  }
}
