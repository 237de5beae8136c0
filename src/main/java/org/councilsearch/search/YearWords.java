package org.councilsearch.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the years of a query as a time constraint ("in 2009", "entre 2010 et 2012", "desde 2011"),
 * from the words each language gives the roles of a range (year-words-LANG.txt). Immutable and
 * thread-safe.
 */
public final class YearWords {
  private static final String YEAR = "((?:19|20)\\d\\d)";
  private static final List<String> ROLES = List.of("opens", "joins", "since", "after", "before", "until", "in", "month", "of", "the");
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

  /** The years read in a query: {@code from} and {@code to} (either may be null), and where. */
  public record Years(Integer from, Integer to, int start, int end, String text) {}

  private final Pattern range;
  private final Pattern since;
  private final Pattern before;
  private final Pattern single;

  YearWords(Map<String, Set<String>> words) {
    // A day and a month may come before a year ("5 May 2010", "June 5, 2010", "12 de marzo de
    // 2013", "le 3 mars 2009"): they are part of the time constraint, not words to search for.
    String of = "(?:(?:" + alternation(words, "of") + ")\\s+)?";
    String day = "\\d{1,2}(?:st|nd|rd|th|er|º|°|o)?";
    String dated =
        "\\b(?:(?:(?:" + alternation(words, "the") + ")\\s+)?" + day + "\\s+" + of + ")?"
            + "(?:" + alternation(words, "month") + ")(?:\\s+" + day + ",?)?\\s+" + of;
    range =
        Pattern.compile(
            "\\b(?:" + alternation(words, "opens") + ")?\\s*(?:" + dated + ")?" + YEAR + "\\s*(?:" + alternation(words, "joins") + ")\\s*(?:" + dated + ")?" + YEAR + "\\b",
            FLAGS);
    since = Pattern.compile("\\b(?:(" + alternation(words, "since") + ")|(" + alternation(words, "after") + "))\\s+(" + dated + ")?" + YEAR + "\\b", FLAGS);
    before = Pattern.compile("\\b(?:(" + alternation(words, "until") + ")|(" + alternation(words, "before") + "))\\s+(" + dated + ")?" + YEAR + "\\b", FLAGS);
    single = Pattern.compile("(?:\\b(?:" + alternation(words, "in") + ")\\s+)?(?:\\b" + dated + ")?\\b" + YEAR + "\\b", FLAGS);
  }

  /** The words of every language shipped: a query's years are read in English, French or Spanish. */
  public static YearWords shipped() {
    Map<String, Set<String>> words = new LinkedHashMap<>();
    for (String language : AskingWords.LANGUAGES) {
      read("org/councilsearch/search/year-words-" + language + ".txt", words);
    }
    return new YearWords(words);
  }

  /** The first range, then the first open-ended bound, then the first single year in {@code query}. */
  public Optional<Years> in(String query) {
    Matcher m = range.matcher(query);
    if (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      return Optional.of(years(Math.min(a, b), Math.max(a, b), m));
    }
    // "after 1997" starts in 1998, but "after June 1997" in 1997; "before" alike.
    m = since.matcher(query);
    if (m.find()) {
      return Optional.of(years(Integer.parseInt(m.group(4)) + (m.group(2) != null && m.group(3) == null ? 1 : 0), null, m));
    }
    m = before.matcher(query);
    if (m.find()) {
      return Optional.of(years(null, Integer.parseInt(m.group(4)) - (m.group(2) != null && m.group(3) == null ? 1 : 0), m));
    }
    m = single.matcher(query);
    if (m.find()) {
      int year = Integer.parseInt(m.group(1));
      return Optional.of(years(year, year, m));
    }
    return Optional.empty();
  }

  private static Years years(Integer from, Integer to, Matcher m) {
    return new Years(from, to, m.start(), m.end(), m.group().strip());
  }

  /** The role's words, longest first so that "a partir de" wins over "a", apostrophes either way. */
  private static String alternation(Map<String, Set<String>> words, String role) {
    List<String> sorted = new ArrayList<>(words.getOrDefault(role, Set.of()));
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    List<String> patterns = new ArrayList<>();
    for (String w : sorted) {
      patterns.add(Pattern.quote(w).replace("'", "\\E['’]\\Q").replace(" ", "\\E\\s+\\Q"));
    }
    return String.join("|", patterns);
  }

  private static void read(String resource, Map<String, Set<String>> words) {
    try (InputStream in = YearWords.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("not on the classpath: " + resource);
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String entry = line.strip();
        if (entry.isEmpty() || entry.startsWith("#")) {
          continue;
        }
        int colon = entry.indexOf(':');
        String role = colon < 0 ? "" : entry.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        if (!ROLES.contains(role)) {
          throw new IOException("a line of " + resource + " names no role of " + ROLES + ": " + entry);
        }
        for (String word : entry.substring(colon + 1).split("\\|")) {
          if (!word.isBlank()) {
            words.computeIfAbsent(role, k -> new LinkedHashSet<>()).add(word.strip().toLowerCase(Locale.ROOT));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the year words " + resource, e);
    }
  }
}
