package org.councilsearch.ingest.structure;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small judgements about the shape of a line of text, shared by the readers of a paper. */
final class TextShapes {
  /** Words a wrapped line can end with while its sentence or title goes on. */
  private static final Set<String> JOINERS =
      Set.of(
          "the", "a", "an", "of", "and", "or", "nor", "to", "in", "on", "at", "by", "for", "from",
          "with", "into", "onto", "among", "between", "as", "its", "their", "his", "her", "our",
          "your", "this", "that", "these", "those", "which", "who", "whose", "than", "per", "via",
          "but", "including", "such", "both", "either", "whether", "under", "over", "through",
          "towards", "toward", "against", "within", "without", "about", "across", "after",
          "before", "during", "upon", "not", "is", "are", "was", "were", "be", "been", "has",
          "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "&");

  /** Headings that open a paper's main parts wherever they appear. */
  private static final Set<String> TOP_LEVEL_WORDS =
      Set.of(
          "introduction", "background", "summary", "executive summary", "overview", "conclusion",
          "conclusions", "conclusions and recommendations", "recommendations", "preamble",
          "foreword", "acknowledgements", "acknowledgments", "contents", "table of contents",
          "purpose", "scope", "abstract");

  /** A symbol's series of parts between slashes, spaced or not ("MC/2345", "GB.310 / 4"). */
  static final Pattern SLASH_SERIES = Pattern.compile("\\p{L}[\\p{L}\\d.()-]*(?:\\s?/\\s?[\\p{L}\\d.()-]+)+");

  private static final Pattern SENTENCE_INSIDE = Pattern.compile("(?:\\p{Ll}{2,}|\\d{4})[.!?][”’\"]?\\s+[“‘\"]?\\p{Lu}");
  private static final Pattern FIELD =
      Pattern.compile("[\\p{Lu}][\\p{L}\\p{N}’'\\-]*(?:\\s+[\\p{L}\\p{N}’'\\-]+){0,3}:(?:\\s.*|$)");
  private static final Pattern LABEL = Pattern.compile("[\\p{Lu}][\\p{L}\\p{N}’'\\-]*(?:\\s+[\\p{L}\\p{N}’'\\-]+){0,4}:");

  private TextShapes() {}

  /** Drops closing quotes, brackets, emphasis marks and a footnote number from the end. */
  static String stripClosers(String s) {
    int end = s.length();
    while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    // "staff.1": a footnote number glued after the final punctuation.
    int digits = end;
    while (digits > 0 && Character.isDigit(s.charAt(digits - 1)) && end - digits < 2) {
      digits--;
    }
    if (digits < end && digits > 0 && ".;:!?".indexOf(s.charAt(digits - 1)) >= 0) {
      end = digits;
    }
    while (end > 0 && "”’\"')]*_»".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }

  /** Ends with a full stop, question or exclamation mark, semicolon or colon. */
  static boolean endsSentence(String line) {
    String s = stripClosers(line);
    if (s.isEmpty()) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == ';' || last == ':' || last == '…';
  }

  /** Ends with a word or mark after which the sentence or title must go on. */
  static boolean endsWithJoiner(String line) {
    String s = line.strip();
    if (s.isEmpty()) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    if (last == ',' || last == '–' || last == '-' || last == '—' || last == '/' || last == '('
        || last == '&') {
      return true;
    }
    int space = s.lastIndexOf(' ');
    String word = s.substring(space + 1).toLowerCase(Locale.ROOT);
    return JOINERS.contains(word);
  }

  static boolean startsLowercase(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        return Character.isLowerCase(c);
      }
      if (Character.isDigit(c)) {
        return false;
      }
    }
    return false;
  }

  /** Upper case throughout, with at least three letters. */
  static boolean isAllCaps(String s) {
    int upper = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        upper++;
      }
    }
    return upper >= 3;
  }

  /** "Constraints: none encountered", "WGGI funding: USD 10,000": a short label, a colon, a value. */
  static boolean isFieldLine(String s) {
    return s.length() <= 400 && FIELD.matcher(s).matches();
  }

  /** "Chapter One:": a short label alone, the left column of a two-column list. */
  static boolean isLabel(String s) {
    return s.length() <= 40 && LABEL.matcher(s).matches();
  }

  static int wordCount(String s) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }

  /**
   * Could be one line of a heading: short, mostly letters, not ending a sentence, one phrase rather
   * than sentences.
   */
  static boolean couldBeHeadingLine(String s) {
    if (s.length() < 2 || s.length() > 200 || wordCount(s) > 25) {
      return false;
    }
    int letters = 0;
    int others = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
      } else if (!Character.isWhitespace(c)) {
        others++;
      }
    }
    if (letters < 2 || letters < others) {
      return false;
    }
    String stripped = stripClosers(s);
    if (stripped.endsWith(".") || stripped.endsWith(";") || stripped.endsWith("!")
        || stripped.endsWith("?")) {
      return false;
    }
    return !SENTENCE_INSIDE.matcher(s).find();
  }

  /**
   * A whole heading: {@link #couldBeHeadingLine}, starting with a capital or a digit, not ending in
   * a colon or comma, and not a "label: value" line.
   */
  static boolean isHeadingLike(String s) {
    if (s.length() > 300 || !startsLikeHeading(s)) {
      return false;
    }
    String stripped = stripClosers(s);
    if (stripped.isEmpty()) {
      return false;
    }
    char last = stripped.charAt(stripped.length() - 1);
    if (last == ':' || last == ',') {
      return false;
    }
    if (isFieldLine(s)) {
      return false;
    }
    return s.length() <= 200 ? couldBeHeadingLine(s) : !endsSentence(s);
  }

  static boolean startsLikeHeading(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        return Character.isUpperCase(c) || Character.isTitleCase(c);
      }
      if (Character.isDigit(c)) {
        return true;
      }
      if ("“‘\"'(«".indexOf(c) < 0) {
        return false;
      }
    }
    return false;
  }

  static boolean isTopLevelWord(String heading) {
    return TOP_LEVEL_WORDS.contains(heading.strip().toLowerCase(Locale.ROOT));
  }

  /** Letters and digits only, lower case: for comparing a title with its repetitions. */
  static String key(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /** How many letters {@code s} holds. */
  static int letters(String s) {
    int count = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        count++;
      }
    }
    return count;
  }

  /** Letters printed apart by single spaces ("B O A R D"): one word, its letters spaced. */
  private static final Pattern LETTER_SPACED = Pattern.compile("(?<!\\S)\\p{L}(?: \\p{L})+(?!\\S)");
  private static final Pattern GAP = Pattern.compile(" {2,}");
  /** The widest gap between the words of a line set in spaced type ("LEAGUE   OF   NATIONS"). */
  private static final int MAX_SPACED_GAP = 6;
  private static final int MIN_SPACED_WORDS = 3;

  /**
   * A line set in spaced type, as typewritten mastheads are, with its spacing closed up: letters
   * printed apart ("B O A R D") make their words again, and words set a few
   * spaces apart ("LEAGUE   OF   NATIONS") are joined by one space, so that the line reads as the
   * name it prints. A line whose gaps part cells of several words, or differ in width (columns
   * side by side), keeps its gaps; leading and trailing spaces are dropped.
   */
  static String closeSpacing(String line) {
    String s = line.strip();
    String[] tokens = s.split("\\s+");
    long single = Arrays.stream(tokens).filter(t -> t.codePointCount(0, t.length()) == 1 && Character.isLetter(t.codePointAt(0))).count();
    if (single >= 4 && single * 2 > tokens.length) {
      StringBuilder out = new StringBuilder();
      Matcher m = LETTER_SPACED.matcher(s);
      int last = 0;
      while (m.find()) {
        out.append(s, last, m.start()).append(m.group().replace(" ", ""));
        last = m.end();
      }
      s = out.append(s.substring(last)).toString();
    }
    List<String> gaps = GAP.matcher(s).results().map(MatchResult::group).toList();
    if (gaps.isEmpty()) {
      return s;
    }
    String[] cells = GAP.split(s);
    int widest = gaps.stream().mapToInt(String::length).max().orElse(0);
    int narrowest = gaps.stream().mapToInt(String::length).min().orElse(0);
    boolean spacedWords = cells.length >= MIN_SPACED_WORDS && widest <= MAX_SPACED_GAP && widest - narrowest <= 1
        && Arrays.stream(cells).allMatch(c -> c.indexOf(' ') < 0);
    return spacedWords ? String.join(" ", cells) : s;
  }
}
