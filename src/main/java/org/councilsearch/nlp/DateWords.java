package org.councilsearch.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One named word list of a date table ("month", "range", "part", ...): phrases of one or more
 * tokens (words, numbers, symbols), each with an optional value. Phrases match token by token
 * ignoring case; a "-" in a
 * phrase matches any dash and a "'" any apostrophe. Immutable and thread-safe.
 */
final class DateWords {
  /** How an abbreviated entry ("Sept.", "janv.") takes its full stop. */
  enum Dot {
    NONE,
    OPTIONAL,
    REQUIRED
  }

  /**
   * One phrase of the list.
   *
   * @param tokens the phrase's tokens in lower case
   * @param low its value (a month, or the first month of a part of a year), or -1
   * @param high the last month of a part of a year, else {@code low}
   * @param capitalOnly whether it counts only when written with a capital
   * @param dot whether it is an abbreviation and how it takes its full stop
   */
  record Entry(List<String> tokens, int low, int high, boolean capitalOnly, Dot dot) {
    boolean abbreviated() {
      return dot != Dot.NONE;
    }
  }

  /** Where a phrase matched: the token after it and the entry. */
  record Hit(int next, Entry entry) {}

  static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212";
  private static final String APOSTROPHES = "'\u2019\u02bc";
  /** Keys of the Latin-1 symbols, made once: symbols are looked up at most tokens. */
  private static final String[] SYMBOLS = new String[256];

  static {
    for (char c = 0; c < SYMBOLS.length; c++) {
      SYMBOLS[c] = key(String.valueOf(c));
    }
  }

  private final String name;
  private final Map<String, List<Entry>> byFirstToken;

  private DateWords(String name, Map<String, List<Entry>> byFirstToken) {
    this.name = name;
    this.byFirstToken = byFirstToken;
  }

  /**
   * Reads a list written as {@code entry | entry | ...}, where an entry is a phrase, optionally
   * followed by {@code =N} or {@code =N-M}; a leading {@code ^} means "only with a capital" and
   * a trailing {@code .} or {@code .?} marks an abbreviation that takes a full stop always or
   * optionally.
   */
  static DateWords parse(String name, String entries) {
    Map<String, List<Entry>> index = new HashMap<>();
    for (String raw : entries.split("\\|")) {
      String entry = raw.strip();
      if (entry.isEmpty()) {
        throw new IllegalArgumentException("empty entry in the word list " + name);
      }
      int low = -1;
      int high = -1;
      int eq = entry.lastIndexOf('=');
      if (eq > 0) {
        String value = entry.substring(eq + 1).strip();
        entry = entry.substring(0, eq).strip();
        int dash = value.indexOf('-');
        low = Integer.parseInt(dash < 0 ? value : value.substring(0, dash));
        high = dash < 0 ? low : Integer.parseInt(value.substring(dash + 1));
      }
      boolean capitalOnly = entry.startsWith("^");
      if (capitalOnly) {
        entry = entry.substring(1);
      }
      Dot dot = Dot.NONE;
      if (entry.endsWith(".?")) {
        dot = Dot.OPTIONAL;
        entry = entry.substring(0, entry.length() - 2);
      } else if (entry.endsWith(".") && entry.length() > 1) {
        dot = Dot.REQUIRED;
        entry = entry.substring(0, entry.length() - 1);
      }
      List<String> tokens = List.of(entry.toLowerCase(Locale.ROOT).split("\\s+"));
      index
          .computeIfAbsent(key(tokens.get(0)), k -> new ArrayList<>())
          .add(new Entry(tokens, low, high, capitalOnly, dot));
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    return new DateWords(name, Map.copyOf(index));
  }

  String name() {
    return name;
  }

  /** The first tokens of the phrases (lower case, dashes as "-"), which index the patterns. */
  java.util.Set<String> firstTokens() {
    return byFirstToken.keySet();
  }

  /** The key under which token {@code k} is looked up, or null for a long word. */
  static String keyOf(DateTokens t, int k) {
    return key(t, k);
  }

  /** Several lists as one (the exclusion lists of all tables, when the language is unknown). */
  static DateWords union(String name, List<DateWords> lists) {
    Map<String, List<Entry>> index = new HashMap<>();
    for (DateWords list : lists) {
      list.byFirstToken.forEach((k, v) -> index.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    return new DateWords(name, Map.copyOf(index));
  }

  /** Every phrase of the list that starts at token {@code k}, with its abbreviation stop. */
  void matchAt(DateTokens t, int k, Consumer<Hit> out) {
    if (k < 0 || k >= t.size()) {
      return;
    }
    String key = key(t, k);
    List<Entry> candidates = key == null ? null : byFirstToken.get(key);
    if (candidates == null) {
      return;
    }
    for (Entry e : candidates) {
      int next = k;
      boolean ok = true;
      for (String token : e.tokens()) {
        if (!same(t, next, token)) {
          ok = false;
          break;
        }
        next++;
      }
      if (!ok || (e.capitalOnly() && !t.capitalised(k))) {
        continue;
      }
      if (e.abbreviated()) {
        boolean stop = t.isSym(next, '.') && !t.gapBefore(next);
        if (stop) {
          next++;
        } else if (e.dot() == Dot.REQUIRED) {
          continue;
        }
      }
      out.accept(new Hit(next, e));
    }
  }

  /** The first token of a phrase of the list that ends just before token {@code k}, or -1. */
  int startBefore(DateTokens t, int k) {
    for (int length = 1; length <= 4; length++) {
      int from = k - length;
      if (from < 0) {
        return -1;
      }
      boolean[] found = {false};
      matchAt(t, from, hit -> found[0] |= hit.next() == k);
      if (found[0]) {
        return from;
      }
    }
    return -1;
  }

  /** Whether a phrase of the list starts at token {@code k}. */
  boolean startsAt(DateTokens t, int k) {
    boolean[] found = {false};
    matchAt(t, k, hit -> found[0] = true);
    return found[0];
  }

  /** Whether token {@code k} is {@code lower}, a word ignoring case or a symbol of its kind. */
  static boolean same(DateTokens t, int k, String lower) {
    if (t.isWord(k)) {
      return t.wordIs(k, lower);
    }
    if (t.isNum(k)) {
      return t.length(k) == lower.length() && t.text().startsWith(lower, t.start(k));
    }
    char c = t.sym(k);
    if (c == 0 || lower.length() != 1) {
      return false;
    }
    char want = lower.charAt(0);
    if (want == '-') {
      return DASHES.indexOf(c) >= 0;
    }
    if (want == '\'') {
      return APOSTROPHES.indexOf(c) >= 0;
    }
    return c == want;
  }

  private static String key(String token) {
    if (token.length() == 1 && DASHES.indexOf(token.charAt(0)) >= 0) {
      return "-";
    }
    if (token.length() == 1 && APOSTROPHES.indexOf(token.charAt(0)) >= 0) {
      return "'";
    }
    return token;
  }

  private static String key(DateTokens t, int k) {
    if (t.isWord(k)) {
      return t.lower(k);
    }
    if (t.isSym(k)) {
      char c = t.sym(k);
      return c < SYMBOLS.length ? SYMBOLS[c] : key(String.valueOf(c));
    }
    return t.text().substring(t.start(k), t.end(k));
  }
}
