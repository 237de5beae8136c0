package org.councilsearch.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the acronyms a sentence defines, in both orders: "Long Form (ACR)" and "ACR (Long
 * Form)". The long form is found by aligning the acronym's letters with the words before the
 * parenthesis: the nearest word whose initial starts an alignment, preferring alignments on word
 * initials only ("Inter-African Committee on ... (IAC)"), then ones that may use letters inside
 * words ("United Nations Children’s Fund (UNICEF)"), then widened over capitalized words to
 * the left ("Deutsche Gesellschaft ... (GTZ)"). Stateless and thread-safe.
 */
final class AcronymFinder {
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{L}\\d&\\-\u2010\u2011/]*");
  private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+");
  private static final int WINDOW = 14;
  /** A French elided article glued to the name it introduces: "l'Organisation", "d'Europe". */
  private static final Pattern ELIDED = Pattern.compile("^[dDlL]['\u2019](?=\\p{L})");
  private static final Set<String> CONNECTORS =
      Set.of(
          "of", "on", "for", "and", "the", "in", "to", "against", "from", "among", "with", "at", "as", "by", "&",
          "de", "des", "du", "la", "le", "les", "pour", "sur", "et", "für", "fur", "fuer", "und", "der", "die", "del",
          "y", "para", "affecting", "within", "between");
  /** Capitalized words that start a sentence or count things, and never begin a name. */
  private static final Set<String> NOT_NAME_START =
      Set.of(
          "the", "a", "an", "in", "on", "at", "by", "for", "with", "from", "during", "through", "after", "before",
          "since", "under", "as", "this", "these", "that", "its", "their", "his", "her", "our", "both", "all", "each",
          "several", "some", "five", "four", "three", "two", "one", "six", "seven", "eight", "nine", "ten", "first",
          "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
          "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
          "and", "of", "while", "although", "following", "throughout", "over", "within", "also", "moreover",
          "furthermore", "thus", "however", "when", "where", "new", "le", "la", "les", "el", "los", "las", "une",
          "una", "avec", "con", "par", "por", "dans", "durante", "pendant", "según", "selon");

  /** Every definition in one sentence; {@code tokens} carry offsets into {@code text}. */
  List<AcronymDefinition> find(String text, List<Token> tokens) {
    WordView view = WordView.of(text, tokens);
    List<String> words = view.words();
    List<AcronymDefinition> out = new ArrayList<>();
    for (int open = 1; open < words.size(); open++) {
      if (!words.get(open).equals("(")) {
        continue;
      }
      int close = words.subList(open, words.size()).indexOf(")");
      if (close < 0) {
        continue;
      }
      close += open;
      List<String> inside = words.subList(open + 1, close);
      if (inside.size() == 1 && isAcronym(inside.get(0))) {
        int start = longFormStart(words, open, inside.get(0));
        if (start >= 0) {
          out.add(new AcronymDefinition(cover(text, tokens, view, start, open), inside.get(0)));
        }
      } else if (inside.size() >= 2 && isAcronym(words.get(open - 1)) && isCapitalized(inside.get(0))) {
        String letters = letters(words.get(open - 1));
        if (aligns(letters, inside, false) || aligns(letters, inside, true)) {
          out.add(new AcronymDefinition(cover(text, tokens, view, open + 1, close), words.get(open - 1)));
        }
      }
    }
    return out;
  }

  private static String cover(String text, List<Token> tokens, WordView view, int fromWord, int toWord) {
    String covered = text.substring(tokens.get(view.token(fromWord)).start(), tokens.get(view.token(toWord) - 1).end());
    return ELIDED.matcher(covered).replaceFirst("");
  }

  static boolean isAcronym(String word) {
    if (!ACRONYM.matcher(word).matches() || word.length() < 2 || word.length() > 14 || ROMAN.matcher(word).matches()) {
      return false;
    }
    return word.codePoints().filter(Character::isUpperCase).count() >= 2;
  }

  /** The word where the long form before the parenthesis at {@code open} starts, or -1. */
  private static int longFormStart(List<String> words, int open, String acronym) {
    String letters = letters(acronym);
    int from = open - 1;
    while (from >= 0 && open - from <= WINDOW && isNameWord(words.get(from))) {
      from--;
    }
    from++;
    if (from >= open) {
      return -1;
    }
    int start = -1;
    for (boolean insideWords : new boolean[] {false, true}) {
      for (int i = open - 1; i >= from && start < 0; i--) {
        if (isCapitalized(words.get(i)) && aligns(letters, words.subList(i, open), insideWords)) {
          start = i;
        }
      }
    }
    if (start < 0) {
      return sameInitials(letters, words, from, open);
    }
    while (start > from && startsName(words.get(start - 1))) {
      start--;
    }
    return start;
  }

  /** "Tunisian Solidarity Bank (BTS)": the same initials in another language's order. */
  private static int sameInitials(String letters, List<String> words, int from, int open) {
    int start = open;
    while (start > from && startsName(words.get(start - 1))) {
      start--;
    }
    List<String> run = words.subList(start, open);
    if (run.size() < 2 || run.size() != letters.length()) {
      return -1;
    }
    Set<Integer> initials = new HashSet<>();
    run.forEach(word -> initials.add(Character.toLowerCase(ELIDED.matcher(word).replaceFirst("").codePointAt(0))));
    Set<Integer> wanted = new HashSet<>();
    letters.codePoints().forEach(wanted::add);
    return initials.equals(wanted) ? start : -1;
  }

  private static boolean startsName(String word) {
    return isCapitalized(word) && !NOT_NAME_START.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the acronym's letters can be read, in order, off the words: the first letter is the
   * first word's initial, and each next letter is the initial of a later word or, when {@code
   * insideWords}, a later letter of the current word.
   */
  static boolean aligns(String letters, List<String> words, boolean insideWords) {
    List<String> parts = new ArrayList<>();
    for (String word : words) {
      for (String part : word.split("[-\u2010\u2011/]")) {
        String name = ELIDED.matcher(part).replaceFirst("");
        if (!name.isEmpty() && Character.isLetterOrDigit(name.codePointAt(0))) {
          parts.add(name.toLowerCase(Locale.ROOT));
        }
      }
    }
    if (parts.isEmpty() || letters.isEmpty() || parts.get(0).charAt(0) != letters.charAt(0)) {
      return false;
    }
    return align(letters, 1, parts, 0, 1, insideWords);
  }

  private static boolean align(String letters, int next, List<String> parts, int part, int offset, boolean insideWords) {
    if (next == letters.length()) {
      return true;
    }
    char wanted = letters.charAt(next);
    if (insideWords) {
      String current = parts.get(part);
      for (int i = offset; i < current.length(); i++) {
        if (current.charAt(i) == wanted && align(letters, next + 1, parts, part, i + 1, true)) {
          return true;
        }
      }
    }
    for (int p = part + 1; p < parts.size(); p++) {
      if (parts.get(p).charAt(0) == wanted && align(letters, next + 1, parts, p, 1, insideWords)) {
        return true;
      }
    }
    return false;
  }

  /** The acronym's letters, lower case, without a plural "s" ("GFPs" gives "gfp"). */
  private static String letters(String acronym) {
    String word = acronym.endsWith("s") && acronym.length() > 2 && Character.isUpperCase(acronym.charAt(acronym.length() - 2))
        ? acronym.substring(0, acronym.length() - 1)
        : acronym;
    StringBuilder out = new StringBuilder();
    word.codePoints().filter(Character::isLetterOrDigit).forEach(c -> out.appendCodePoint(Character.toLowerCase(c)));
    return out.toString();
  }

  private static boolean isNameWord(String word) {
    return isCapitalized(word) || CONNECTORS.contains(word.toLowerCase(Locale.ROOT)) || word.codePoints().allMatch(Character::isLetter);
  }

  /** Capitalized, an elided article aside ("l'Organisation" is). */
  private static boolean isCapitalized(String word) {
    String name = ELIDED.matcher(word).replaceFirst("");
    return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
  }
}
