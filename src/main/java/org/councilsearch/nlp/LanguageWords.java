package org.councilsearch.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the word lists shipped per language under {@code org/councilsearch/nlp/words/}. */
final class LanguageWords {
  private LanguageWords() {}

  /**
   * The lines of {@code words/NAME-LANGUAGE.txt} without comments and blank lines, or none when
   * that language has no such list.
   */
  static List<String> lines(String name, String language) {
    String resource = "org/councilsearch/nlp/words/" + name + "-" + language + ".txt";
    try (InputStream in = LanguageWords.class.getClassLoader().getResourceAsStream(resource)) {
      List<String> lines = new ArrayList<>();
      if (in == null) {
        return lines;
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String kept = line.strip();
        if (!kept.isEmpty() && !kept.startsWith("#")) {
          lines.add(kept);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
