package org.councilsearch.ingest.structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the break model sees where a run-on line might have been broken, before word {@code i}:
 * the shapes of the two words on either side (case, digits, a paragraph or heading number, a
 * symbol's slash series, the punctuation a word ends with), the words from two before to two after
 * and their {@link RoleWords} categories, each category of the words next to the break with the
 * shape of the word across it (an agenda word, then a capital: "... provisional | Budget"; a
 * capital, then an author word: "... Geneva | Report by ..."), how far the last break is and the
 * shapes of the two words the line it ends began with, and whether the layout rules of {@link
 * RunOnLines} would break there. Only candidates are asked about ({@link #candidate}): a break
 * before a word that neither starts with a capital, a digit or a mark, nor follows the end of a
 * clause, nor is where the rules break, is too rare in council papers to be worth the cost of
 * asking.
 */
public final class BreakFeatures {
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3})*\\.");
  private static final Pattern ROMAN = Pattern.compile("[IVXLC]{1,6}\\.");
  private static final Pattern LETTER = Pattern.compile("\\p{Lu}\\.");
  private static final String CLOSING = ".:;!?)";
  private static final Pattern EDGE_MARKS = Pattern.compile("^\\p{P}+|\\p{P}+$");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Pattern OPENING_MARKS = Pattern.compile("^[(\"“‘«]+");
  private static final int MAX_WORD = 20;
  private static final String CATEGORY = "c=";
  /** The feature of a place where the layout rules of {@link RunOnLines} break. */
  static final String RULE_BREAKS = "rule=true";

  private final List<String> words;
  private final String[] shapes;
  private final boolean[] rules;
  /**
   * Each word's own features (its folded form and its word-list categories), without a prefix; read
   * when a candidate's window first needs them, as most words of a long line are in none.
   */
  private final List<List<String>> lexicon;

  /** The features of the breaks between {@code words}, the words of one run-on line. */
  public BreakFeatures(List<String> words) {
    this.words = List.copyOf(words);
    this.shapes = new String[words.size()];
    this.rules = new boolean[words.size()];
    this.lexicon = new ArrayList<>(Collections.nCopies(words.size(), null));
    for (int i = 0; i < shapes.length; i++) {
      shapes[i] = shape(words.get(i));
      if (i > 0) {
        rules[i] = RunOnLines.ruleBreaks(words.get(i - 1), words.get(i), i + 1 < words.size() ? words.get(i + 1) : "");
      }
    }
  }

  /** Whether a break before word {@code i} is worth asking the model about. */
  public boolean candidate(int i) {
    if (i <= 0 || i >= words.size()) {
      return false;
    }
    String word = words.get(i);
    String previous = words.get(i - 1);
    return rules[i] || !Character.isLowerCase(word.codePointAt(0)) || CLOSING.indexOf(previous.charAt(previous.length() - 1)) >= 0;
  }

  /** The features of a break before word {@code i}, {@code since} words after the last break. */
  public String[] at(int i, int since) {
    List<String> f = new ArrayList<>(32);
    String p2 = shapeAt(i - 2);
    String p1 = shapeAt(i - 1);
    String w = shapeAt(i);
    String n1 = shapeAt(i + 1);
    String n2 = shapeAt(i + 2);
    f.add("p1=" + p1);
    f.add("w=" + w);
    f.add("n1=" + n1);
    f.add("p2=" + p2);
    f.add("n2=" + n2);
    f.add("p1w=" + p1 + "|" + w);
    f.add("wn1=" + w + "|" + n1);
    f.add("p1wn1=" + p1 + "|" + w + "|" + n1);
    f.add("p2p1w=" + p2 + "|" + p1 + "|" + w);
    lexical(f, "p2", i - 2);
    lexical(f, "p1", i - 1);
    lexical(f, "w", i);
    lexical(f, "n1", i + 1);
    lexical(f, "n2", i + 2);
    categories(f, "p1c|w=", i - 1, w);
    categories(f, "wc|p1=", i, p1);
    categories(f, "wc|n1=", i, n1);
    categories(f, "n1c|w=", i + 1, w);
    String sinceBucket = RoleFeatures.bucket(since, 1, 2, 3, 4, 6, 9, 14, 20, 30, 50);
    f.add("since=" + sinceBucket);
    // A line opened by a paragraph's number runs on to the end of its sentence at least; one opened
    // by a capital may be a title that runs on over several printed lines. The opener's next word
    // tells a numbered heading ("1. INTRODUCTION") from a numbered paragraph ("1. The Council").
    String opener = shapeAt(i - since);
    f.add("u0=" + opener);
    f.add("u0since=" + opener + "|" + sinceBucket);
    if (since >= 2) {
      String second = shapeAt(i - since + 1);
      f.add("u0u1=" + opener + "|" + second);
      f.add("u0u1since=" + opener + "|" + second + "|" + sinceBucket);
    }
    f.add("at=" + RoleFeatures.bucket(i, 2, 5, 10, 20, 40, 80, 160));
    f.add(rules[i] ? RULE_BREAKS : "rule=false");
    return f.toArray(String[]::new);
  }

  private void lexical(List<String> f, String prefix, int i) {
    if (i >= 0 && i < words.size()) {
      for (String feature : lexiconAt(i)) {
        f.add(prefix + feature);
      }
    }
  }

  /** The word-list categories of word {@code i}, each paired with {@code shape}. */
  private void categories(List<String> f, String prefix, int i, String shape) {
    if (i >= 0 && i < words.size()) {
      for (String feature : lexiconAt(i)) {
        if (feature.startsWith(CATEGORY)) {
          f.add(prefix + feature.substring(CATEGORY.length()) + "|" + shape);
        }
      }
    }
  }

  private List<String> lexiconAt(int i) {
    List<String> features = lexicon.get(i);
    if (features == null) {
      features = lexical(words.get(i));
      lexicon.set(i, features);
    }
    return features;
  }

  private static List<String> lexical(String word) {
    List<String> features = new ArrayList<>(4);
    String bare = EDGE_MARKS.matcher(RoleWords.fold(word)).replaceAll("");
    if (!bare.isEmpty() && bare.length() <= MAX_WORD && !DIGIT.matcher(bare).find()) {
      features.add("l=" + bare);
    }
    for (String category : RoleWords.bundled().categoriesOf(word)) {
      features.add(CATEGORY + category);
    }
    return features;
  }

  private String shapeAt(int i) {
    return i < 0 ? "^" : i >= shapes.length ? "$" : shapes[i];
  }

  /** A word's shape: its kind and the punctuation it ends with ("Aa", "AA:", "9.", "sym", "(y)"). */
  static String shape(String word) {
    String open = word.startsWith("(") ? "(" : "";
    String core = OPENING_MARKS.matcher(word).replaceFirst("");
    if (core.isEmpty()) {
      return "p";
    }
    if (NUMBER.matcher(core).matches()) {
      return open + "9.";
    }
    if (ROMAN.matcher(core).matches()) {
      return open + "I.";
    }
    if (LETTER.matcher(core).matches()) {
      return open + "A.";
    }
    String end = "";
    char last = core.charAt(core.length() - 1);
    if (".,:;)!?".indexOf(last) >= 0) {
      end = String.valueOf(last);
      core = core.substring(0, core.length() - 1);
    }
    if (core.isEmpty()) {
      return open + "p" + end;
    }
    if (TextShapes.SLASH_SERIES.matcher(core).matches()) {
      return open + "sym" + end;
    }
    if (YEAR.matcher(core).matches()) {
      return open + "y" + end;
    }
    int letters = 0;
    int upper = 0;
    int digits = 0;
    for (int k = 0; k < core.length(); k++) {
      char c = core.charAt(k);
      if (Character.isLetter(c)) {
        letters++;
        upper += Character.isUpperCase(c) ? 1 : 0;
      } else if (Character.isDigit(c)) {
        digits++;
      }
    }
    String kind;
    if (letters == 0) {
      kind = digits > 0 ? "9" : "p";
    } else if (digits > 0) {
      kind = "A9";
    } else if (upper == letters) {
      kind = letters == 1 ? "A" : "AA";
    } else if (Character.isUpperCase(core.codePointAt(0))) {
      kind = "Aa";
    } else {
      kind = "a";
    }
    return open + kind + end;
  }
}
