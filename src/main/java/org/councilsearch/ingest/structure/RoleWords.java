package org.councilsearch.ingest.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The word lists of {@value #RESOURCE} (months, ordinal words, session, body, organization,
 * distribution words ... in English, French and Spanish): data, not code, so that what the
 * line-role model knows about words shows up as a data diff. Other word lists in the same format
 * (the title case's small words) are read with {@link #read}. Immutable and thread-safe.
 */
final class RoleWords {
  static final String RESOURCE = "org/councilsearch/ingest/structure/role-words.txt";
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  /** A number with an ordinal's ending, folded ("86th", "43e", "1er", "52eme", "98.º", "30ª"). */
  private static final Pattern ORDINAL_FIGURES = Pattern.compile("\\d{1,3}(?:st|nd|rd|th|e|er|ere|eme|\\.?[ºª])");
  private static final List<String> ORDINAL = List.of("ordinal");
  private static final RoleWords BUNDLED = read(RESOURCE);

  private final Map<String, List<String>> categories;

  private RoleWords(Map<String, List<String>> categories) {
    this.categories = categories;
  }

  static RoleWords bundled() {
    return BUNDLED;
  }

  /**
   * The categories {@code word} belongs to, in a fixed order; empty when none. A word no list holds
   * that joins words by hyphens is taken as its last ("Forty-seventh", "trente-sixième",
   * "sous-comité"), and a number with an ordinal's ending ("86th", "43e", "1er", "98.º") is an
   * ordinal: the lists cannot hold every compound.
   */
  List<String> categoriesOf(String word) {
    String folded = fold(word);
    List<String> listed = categories.get(folded);
    if (listed != null) {
      return listed;
    }
    if (ORDINAL_FIGURES.matcher(folded).matches()) {
      return ORDINAL;
    }
    int hyphen = folded.lastIndexOf('-');
    return hyphen > 0 ? categories.getOrDefault(folded.substring(hyphen + 1), List.of()) : List.of();
  }

  /** Lowercase, accents removed, apostrophes unified; punctuation at either end dropped. */
  static String fold(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    int from = 0;
    int to = lower.length();
    while (from < to && !Character.isLetterOrDigit(lower.charAt(from))) {
      from++;
    }
    while (to > from && !Character.isLetterOrDigit(lower.charAt(to - 1))) {
      to--;
    }
    String core = lower.substring(from, to);
    for (int i = 0; i < core.length(); i++) {
      if (core.charAt(i) > 127) {
        return MARKS.matcher(Normalizer.normalize(core, Normalizer.Form.NFD)).replaceAll("");
      }
    }
    return core;
  }

  /** The word lists of a classpath resource in the format of {@value #RESOURCE}. */
  static RoleWords read(String resource) {
    Map<String, TreeSet<String>> sets = new HashMap<>();
    try (InputStream in = RoleWords.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("word lists missing from the classpath: " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String category = null;
      String line;
      while ((line = reader.readLine()) != null) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        if (l.startsWith("[") && l.endsWith("]")) {
          category = l.substring(1, l.length() - 1);
          continue;
        }
        if (category == null) {
          throw new IllegalStateException(resource + ": words before the first [category]: " + l);
        }
        for (String word : l.split("\\s+")) {
          sets.computeIfAbsent(fold(word), k -> new TreeSet<>()).add(category);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    Map<String, List<String>> categories = new HashMap<>();
    sets.forEach((word, set) -> categories.put(word, List.copyOf(set)));
    return new RoleWords(Map.copyOf(categories));
  }
}
