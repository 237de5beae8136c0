package org.councilsearch.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words that ask rather than describe ("who", "how many", "did", "tell me"), read from a list per
 * language shipped as a resource (English, French, Spanish: a query is read in any of them). A word
 * in capitals ("WHO") is a name, never a question word. Immutable and thread-safe.
 */
public final class AskingWords {
  static final List<String> LANGUAGES = List.of("en", "fr", "es");

  private final Set<String> words;

  AskingWords(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /**
   * The lists of all the languages shipped ({@link #LANGUAGES}): a question is read the same way in
   * English, French or Spanish.
   */
  public static AskingWords shipped() {
    Set<String> words = new HashSet<>();
    for (String language : LANGUAGES) {
      words.addAll(load("org/councilsearch/search/asking-words-" + language + ".txt").words);
    }
    return new AskingWords(words);
  }

  static AskingWords load(String resource) {
    try (InputStream in = AskingWords.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("not on the classpath: " + resource);
      }
      Set<String> words = new HashSet<>();
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
      return new AskingWords(words);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the asking words " + resource, e);
    }
  }

  /**
   * True when {@code token} (a word as typed, with any punctuation around it) only asks. A word of
   * two letters or more in capitals is an acronym ("WHO"), not a question word.
   */
  public boolean asks(String token) {
    String word = token.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(word.toLowerCase(Locale.ROOT))) {
      return false;
    }
    return words.contains(word.toLowerCase(Locale.ROOT));
  }
}
