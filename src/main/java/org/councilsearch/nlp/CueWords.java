package org.councilsearch.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word lists kept as data, one file per language ({@code NAME-en.txt}, {@code NAME-fr.txt},
 * {@code NAME-es.txt}), so that a language is added by writing its file. A cue is a word or phrase
 * as written; a closing "*" stands for any ending ("collaborat*"), a space for any spacing, an
 * apostrophe for either apostrophe. A line "label: cue|cue" files its cues under a label; a label
 * may come back further down (a second, weaker rule for the same kind), and the n-th line of a
 * label in one language is read with the n-th line of that label in the others. Immutable and
 * thread-safe.
 */
public final class CueWords {
  /** The languages whose lists are shipped, in the order their labels are read. */
  public static final List<String> LANGUAGES = List.of("en", "fr", "es");

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

  /** Rules keyed by label and the label's line number within a file ("meeting#2"). */
  private final Map<String, Set<String>> cues;

  private CueWords(Map<String, Set<String>> cues) {
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    cues.forEach((key, words) -> copy.put(key, Set.copyOf(words)));
    this.cues = copy;
  }

  /** The lists {@code base-LANG.txt} of every shipped language, read together. */
  public static CueWords shipped(String base) {
    Map<String, Set<String>> cues = new LinkedHashMap<>();
    for (String language : LANGUAGES) {
      read(base + "-" + language + ".txt", cues);
    }
    return new CueWords(cues);
  }

  /**
   * Each labelled rule with a pattern finding its cues as whole words, in the order the rules
   * first appear (the English list's order).
   */
  public List<Map.Entry<String, Pattern>> rules() {
    List<Map.Entry<String, Pattern>> rules = new ArrayList<>();
    cues.forEach((key, words) -> rules.add(Map.entry(key.substring(0, key.lastIndexOf('#')), compile(new ArrayList<>(words)))));
    return List.copyOf(rules);
  }

  /** A pattern finding any cue, of every label, as whole words. */
  public Pattern pattern() {
    List<String> all = new ArrayList<>();
    cues.values().forEach(all::addAll);
    return compile(all);
  }

  private static Pattern compile(List<String> words) {
    // Longest first, so that a phrase wins over the word it starts with.
    words.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
    List<String> parts = new ArrayList<>();
    for (String w : words) {
      boolean open = w.endsWith("*");
      String body = open ? w.substring(0, w.length() - 1) : w;
      String regex = Pattern.quote(body).replace("'", "\\E['’]\\Q").replace(" ", "\\E\\s+\\Q");
      parts.add(regex + (open ? "\\w*" : ""));
    }
    return Pattern.compile(parts.isEmpty() ? "(?!)" : "(?<!\\w)(?:" + String.join("|", parts) + ")(?!\\w)", FLAGS);
  }

  private static void read(String resource, Map<String, Set<String>> cues) {
    try (InputStream in = CueWords.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("not on the classpath: " + resource);
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, Integer> seen = new LinkedHashMap<>();
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String entry = line.strip();
        if (entry.isEmpty() || entry.startsWith("#")) {
          continue;
        }
        int colon = entry.indexOf(": ");
        String label = colon < 0 ? "" : entry.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String key = colon < 0 ? "#1" : label + "#" + seen.merge(label, 1, Integer::sum);
        for (String cue : entry.substring(colon < 0 ? 0 : colon + 2).split("\\|")) {
          if (!cue.isBlank()) {
            cues.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(cue.strip().toLowerCase(Locale.ROOT));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the word list " + resource, e);
    }
  }
}
