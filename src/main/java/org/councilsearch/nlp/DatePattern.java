package org.councilsearch.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One line of a date table: a sequence of token classes that reads as a date, and what it
 * captures (first and last day, month and year, or a part of a year). {@link DateTable} documents
 * the notation. Immutable and thread-safe.
 */
final class DatePattern {
  /** Whether a date without a written year may take the context year. */
  enum Kind {
    /** A missing year comes from a later date of a list, else from the context. */
    DATE,
    /** A date only as the first of a list whose later date states the year. */
    LEAD
  }

  static final int D1 = 0;
  static final int M1 = 1;
  static final int Y1 = 2;
  static final int D2 = 3;
  static final int M2 = 4;
  static final int Y2 = 5;
  static final int PART_FROM = 6;
  static final int PART_TO = 7;
  static final int SLOTS = 8;

  static final int MIN_YEAR = 1000;
  static final int MAX_YEAR = 2999;
  static final int MIN_BARE_YEAR = 1900;
  static final int MAX_BARE_YEAR = 2099;
  /** How often a repeated group ("5, 6, 7 and 8 May") may repeat. */
  private static final int MAX_REPEAT = 12;

  /** What an atom reads. */
  enum Type {
    DAY,
    ORDINAL_DAY,
    DAY_NUMBER,
    MONTH,
    MONTH_NUMBER,
    YEAR,
    BARE_YEAR,
    NEXT_YEAR_SHORT,
    NEXT_YEAR,
    PART,
    WORDS,
    LITERAL
  }

  /** Whether whitespace must, must not or may stand before an atom's first token. */
  enum Glue {
    ANY,
    GAP,
    GLUED
  }

  sealed interface Node permits Atom, Group {}

  /**
   * One token class.
   *
   * @param slot the capture it fills, or -1
   * @param bare for a month: it must be written out, and capitalised where the table says so
   * @param literal for {@link Type#LITERAL}: the word or symbol
   * @param words for {@link Type#WORDS}, {@link Type#MONTH}, {@link Type#PART}: the list
   */
  record Atom(Type type, int slot, Glue glue, boolean bare, String literal, DateWords words)
      implements Node {}

  /** Alternatives repeated {@code min} to {@code max} times. */
  record Group(List<List<Node>> alternatives, int min, int max) implements Node {}

  /**
   * A partial match: the token after it, its captures, and whether its first and last tokens
   * are bare years (which money and references may disqualify).
   */
  record State(int next, int[] captures, boolean firstBare, boolean lastBare) {
    int get(int slot) {
      return captures[slot];
    }

    State with(int next, int slot, int value, boolean bare, int start) {
      int[] c = captures;
      if (slot >= 0) {
        c = captures.clone();
        c[slot] = value;
      }
      return new State(next, c, firstBare || (bare && start == FIRST), bare);
    }
  }

  /** Marks the first token in {@link State#with}; matching starts at {@link #FIRST} offsets. */
  private static final int FIRST = Integer.MIN_VALUE;

  private final Kind kind;
  private final List<Node> before;
  private final List<Node> body;
  private final DateTable table;
  private final String source;
  private final boolean range;
  private final boolean startsWithYear;
  private final boolean startsWithNumber;
  private final boolean startsWithWord;
  private final java.util.Set<String> firstKeys;
  private final boolean needsMonth;

  DatePattern(Kind kind, List<Node> before, List<Node> body, DateTable table, String source) {
    this.kind = kind;
    this.before = List.copyOf(before);
    this.body = List.copyOf(body);
    this.table = table;
    this.source = source;
    this.range = captures(body, D2) || captures(body, M2) || captures(body, Y2);
    List<Atom> first = new ArrayList<>();
    firstAtoms(this.body, 0, first);
    this.startsWithYear = first.stream().anyMatch(a -> a.type() == Type.YEAR || a.type() == Type.BARE_YEAR);
    this.startsWithNumber = first.stream().anyMatch(a -> numeric(a.type()));
    this.startsWithWord = first.stream().anyMatch(a -> !numeric(a.type()));
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (Atom a : first) {
      switch (a.type()) {
        case DAY, ORDINAL_DAY -> keys.addAll(List.of("#1", "#2"));
        case DAY_NUMBER, MONTH_NUMBER, NEXT_YEAR_SHORT -> keys.add("#2");
        case YEAR, BARE_YEAR, NEXT_YEAR -> keys.add("#4");
        case MONTH, PART, WORDS -> keys.addAll(a.words().firstTokens());
        case LITERAL -> keys.add(a.literal());
        default -> throw new IllegalStateException("unknown atom " + a.type());
      }
    }
    this.firstKeys = java.util.Set.copyOf(keys);
    this.needsMonth = this.body.stream().anyMatch(n -> n instanceof Atom a && a.type() == Type.MONTH);
  }

  Kind kind() {
    return kind;
  }

  DateTable table() {
    return table;
  }

  /** Whether the pattern names a first and a last date (a range or a list). */
  boolean range() {
    return range;
  }

  /**
   * The keys of the tokens a match may start at: lower-case words, and "#1", "#2", "#4" for
   * numbers of so many digits.
   */
  java.util.Set<String> firstKeys() {
    return firstKeys;
  }

  /** Whether every match holds a month name of the table: none near, no match. */
  boolean needsMonth() {
    return needsMonth;
  }

  /** Whether the pattern starts with a year, which a list's later date may not. */
  boolean startsWithYear() {
    return startsWithYear;
  }

  /** Whether the pattern can start at a number token (else only at a word or symbol). */
  boolean startsWithNumber() {
    return startsWithNumber;
  }

  /** Whether the pattern can start at a word or symbol token. */
  boolean startsWithWord() {
    return startsWithWord;
  }

  private static boolean numeric(Type type) {
    return switch (type) {
      case DAY, ORDINAL_DAY, DAY_NUMBER, MONTH_NUMBER, YEAR, BARE_YEAR, NEXT_YEAR, NEXT_YEAR_SHORT -> true;
      default -> false;
    };
  }

  /** The atoms that may read a match's first token. */
  private static void firstAtoms(List<Node> nodes, int index, List<Atom> into) {
    if (index >= nodes.size()) {
      return;
    }
    Node n = nodes.get(index);
    if (n instanceof Atom a) {
      into.add(a);
      return;
    }
    Group g = (Group) n;
    for (List<Node> alternative : g.alternatives()) {
      firstAtoms(alternative, 0, into);
    }
    if (g.min() == 0) {
      firstAtoms(nodes, index + 1, into);
    }
  }

  @Override
  public String toString() {
    return table.language() + ": " + source;
  }

  /** Every way the pattern matches with its date starting at token {@code i}. */
  void matchAt(DateTokens t, int i, Consumer<State> out) {
    State start = new State(FIRST, new int[] {-1, -1, -1, -1, -1, -1, -1, -1}, false, false);
    if (before.isEmpty()) {
      sequence(t, body, 0, start, i, out);
      return;
    }
    // The words before are checked only for a body that matched: most bodies fail at once.
    List<State> found = new ArrayList<>(2);
    sequence(t, body, 0, start, i, found::add);
    if (!found.isEmpty() && precededBy(t, i)) {
      found.forEach(out);
    }
  }

  private boolean precededBy(DateTokens t, int i) {
    State start = new State(FIRST, new int[SLOTS], false, false);
    for (int from = i - 1; from >= Math.max(0, i - 4); from--) {
      boolean[] found = {false};
      sequence(t, before, 0, start, from, s -> found[0] |= s.next() == i);
      if (found[0]) {
        return true;
      }
    }
    return false;
  }

  /** Matches nodes[index..] from token {@code k} ({@code s.next()} unless at the start). */
  private void sequence(DateTokens t, List<Node> nodes, int index, State s, int k, Consumer<State> out) {
    if (index == nodes.size()) {
      out.accept(s);
      return;
    }
    Node node = nodes.get(index);
    if (node instanceof Atom atom) {
      step(t, atom, s, k, next -> sequence(t, nodes, index + 1, next, next.next(), out));
    } else {
      repeat(t, (Group) node, 0, nodes, index, s, k, out);
    }
  }

  private void repeat(
      DateTokens t, Group g, int count, List<Node> nodes, int index, State s, int k, Consumer<State> out) {
    if (count >= g.min()) {
      sequence(t, nodes, index + 1, s, k, out);
    }
    if (count < Math.min(g.max(), MAX_REPEAT)) {
      for (List<Node> alternative : g.alternatives()) {
        sequence(
            t,
            alternative,
            0,
            s,
            k,
            next -> {
              if (next.next() > k) {
                repeat(t, g, count + 1, nodes, index, next, next.next(), out);
              }
            });
      }
    }
  }

  /** The states after one atom at token {@code k}. */
  private void step(DateTokens t, Atom a, State s, int k, Consumer<State> out) {
    if (k < 0 || k >= t.size()) {
      return;
    }
    if (a.glue() == Glue.GAP && !t.gapBefore(k) || a.glue() == Glue.GLUED && (k == 0 || t.gapBefore(k))) {
      return;
    }
    int start = s.next();
    switch (a.type()) {
      case DAY, ORDINAL_DAY -> {
        if (!t.isNum(k) || t.length(k) > 2) {
          return;
        }
        int v = t.value(k);
        if (v < 1 || v > 31) {
          return;
        }
        int next = k + 1;
        boolean[] suffixed = {false};
        DateWords ordinals = table.words("ordinal");
        if (ordinals != null && next < t.size() && !t.gapBefore(next)) {
          int[] after = {next};
          ordinals.matchAt(t, next, hit -> after[0] = Math.max(after[0], hit.next()));
          suffixed[0] = after[0] > next;
          next = after[0];
        }
        if (a.type() == Type.ORDINAL_DAY && !suffixed[0]) {
          return;
        }
        out.accept(s.with(next, a.slot(), v, false, start));
      }
      case DAY_NUMBER, MONTH_NUMBER -> {
        if (t.isNum(k, 2)) {
          out.accept(s.with(k + 1, a.slot(), t.value(k), false, start));
        }
      }
      case YEAR -> {
        int v = t.isNum(k, 4) ? t.value(k) : -1;
        if (v >= MIN_YEAR && v <= MAX_YEAR) {
          out.accept(s.with(k + 1, a.slot(), v, false, start));
        }
      }
      case BARE_YEAR -> {
        int v = t.isNum(k, 4) ? t.value(k) : -1;
        int earlier = a.slot() == Y2 ? s.get(Y1) : -1;
        int min = earlier >= 0 ? earlier : MIN_BARE_YEAR;
        if (v >= min && v <= MAX_BARE_YEAR) {
          out.accept(s.with(k + 1, a.slot(), v, true, start));
        }
      }
      case NEXT_YEAR_SHORT, NEXT_YEAR -> {
        int earlier = s.get(Y1);
        boolean shortForm = a.type() == Type.NEXT_YEAR_SHORT;
        if (earlier >= 0 && t.isNum(k, shortForm ? 2 : 4)) {
          int v = t.value(k);
          if (v == (shortForm ? (earlier + 1) % 100 : earlier + 1)) {
            out.accept(s.with(k + 1, a.slot(), earlier + 1, true, start));
          }
        }
      }
      case MONTH -> a.words().matchAt(t, k, hit -> {
        DateWords.Entry e = hit.entry();
        if (!a.bare() || !e.abbreviated() && (!table.bareMonthCapital() || t.capitalised(k))) {
          out.accept(s.with(hit.next(), a.slot(), e.low(), false, start));
        }
      });
      case PART -> a.words().matchAt(t, k, hit -> {
        State part = s.with(hit.next(), PART_FROM, hit.entry().low(), false, start);
        out.accept(part.with(hit.next(), PART_TO, hit.entry().high(), false, 0));
      });
      case WORDS -> a.words().matchAt(t, k, hit -> out.accept(s.with(hit.next(), -1, 0, false, start)));
      case LITERAL -> {
        if (DateWords.same(t, k, a.literal())) {
          out.accept(s.with(k + 1, -1, 0, false, start));
        }
      }
      default -> throw new IllegalStateException("unknown atom " + a.type());
    }
  }

  private static boolean captures(List<Node> nodes, int slot) {
    for (Node n : nodes) {
      if (n instanceof Atom a && a.slot() == slot) {
        return true;
      }
      if (n instanceof Group g) {
        for (List<Node> alternative : g.alternatives()) {
          if (captures(alternative, slot)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- reading a pattern line

  /** Reads the elements of one pattern line (after its kind), resolving word lists in {@code table}. */
  static DatePattern parse(Kind kind, String elements, DateTable table) {
    List<String> tokens = split(elements);
    List<Node> before = new ArrayList<>();
    int[] at = {0};
    if (!tokens.isEmpty() && tokens.get(0).equals("[")) {
      at[0]++;
      before = sequence(tokens, at, table, "]");
      at[0]++;
    }
    List<Node> body = sequence(tokens, at, table, null);
    if (body.isEmpty()) {
      throw new IllegalArgumentException("a pattern needs at least one element: " + elements);
    }
    return new DatePattern(kind, before, body, table, elements);
  }

  private static List<String> split(String line) {
    List<String> tokens = new ArrayList<>();
    for (String word : line.strip().split("\\s+")) {
      String w = word;
      while (w.length() > 1 && (w.startsWith("(") || w.startsWith("["))) {
        tokens.add(w.substring(0, 1));
        w = w.substring(1);
      }
      List<String> tail = new ArrayList<>();
      while (true) {
        int cut = w.endsWith(")") || w.endsWith("]") ? 1 : w.endsWith(")?") || w.endsWith(")*") ? 2 : 0;
        if (cut == 0 || w.length() == cut) {
          break;
        }
        tail.add(0, w.substring(w.length() - cut));
        w = w.substring(0, w.length() - cut);
      }
      tokens.add(w);
      tokens.addAll(tail);
    }
    return tokens;
  }

  private static List<Node> sequence(List<String> tokens, int[] at, DateTable table, String end) {
    List<Node> nodes = new ArrayList<>();
    while (at[0] < tokens.size()) {
      String token = tokens.get(at[0]);
      if (token.equals(end) || token.equals("|") || token.startsWith(")")) {
        return nodes;
      }
      at[0]++;
      if (token.equals("(")) {
        List<List<Node>> alternatives = new ArrayList<>();
        alternatives.add(sequence(tokens, at, table, ")"));
        while (at[0] < tokens.size() && tokens.get(at[0]).equals("|")) {
          at[0]++;
          alternatives.add(sequence(tokens, at, table, ")"));
        }
        if (at[0] >= tokens.size()) {
          throw new IllegalArgumentException("unclosed group in a date pattern");
        }
        String close = tokens.get(at[0]++);
        int max = close.equals(")*") ? MAX_REPEAT : 1;
        int min = close.equals(")") ? 1 : 0;
        nodes.add(new Group(List.copyOf(alternatives), min, max));
      } else {
        boolean optional = token.length() > 1 && token.endsWith("?");
        Atom atom = atom(optional ? token.substring(0, token.length() - 1) : token, table);
        nodes.add(optional ? new Group(List.of(List.of(atom)), 0, 1) : atom);
      }
    }
    if (end != null) {
      throw new IllegalArgumentException("a date pattern misses its closing " + end);
    }
    return nodes;
  }

  private static Atom atom(String written, DateTable table) {
    String w = written;
    Glue glue = Glue.ANY;
    if (w.length() > 1 && w.startsWith("_")) {
      glue = Glue.GAP;
      w = w.substring(1);
    } else if (w.length() > 1 && w.startsWith("~")) {
      glue = Glue.GLUED;
      w = w.substring(1);
    }
    boolean bare = w.length() > 1 && w.endsWith("!");
    if (bare) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.length() > 1 && w.startsWith("@")) {
      return new Atom(Type.WORDS, -1, glue, false, null, table.required(w.substring(1)));
    }
    if (w.length() > 1 && w.startsWith("%")) {
      String name = w.substring(1);
      char last = name.charAt(name.length() - 1);
      int which = last == '1' ? 1 : last == '2' ? 2 : 0;
      String type = which == 0 ? name : name.substring(0, name.length() - 1);
      return switch (type) {
        case "d" -> new Atom(Type.DAY, slot(which, D1, D2), glue, false, null, null);
        case "o" -> new Atom(Type.ORDINAL_DAY, slot(which, D1, D2), glue, false, null, null);
        case "dd" -> new Atom(Type.DAY_NUMBER, slot(which, D1, D2), glue, false, null, null);
        case "m" -> new Atom(Type.MONTH, slot(which, M1, M2), glue, bare, null, table.required("month"));
        case "mm" -> new Atom(Type.MONTH_NUMBER, slot(which, M1, M2), glue, false, null, null);
        case "y" -> new Atom(Type.YEAR, slot(which, Y1, Y2), glue, false, null, null);
        case "by" -> new Atom(Type.BARE_YEAR, slot(which, Y1, Y2), glue, false, null, null);
        case "yy" -> new Atom(Type.NEXT_YEAR_SHORT, Y2, glue, false, null, null);
        case "ny" -> new Atom(Type.NEXT_YEAR, Y2, glue, false, null, null);
        case "p" -> new Atom(Type.PART, -1, glue, false, null, table.required("part"));
        default -> throw new IllegalArgumentException("unknown token class %" + name);
      };
    }
    return new Atom(Type.LITERAL, -1, glue, false, w.toLowerCase(Locale.ROOT), null);
  }

  private static int slot(int which, int first, int second) {
    return which == 0 ? -1 : which == 1 ? first : second;
  }
}
