package org.councilsearch.ingest.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rejoins words that typesetting broke across lines with a hyphen: "partici-\npants" becomes
 * "participants", while "inter-\nagency" becomes "inter-agency" and "gender-\nrelated" stays
 * "gender-related". The two lines become one. Up to two blank lines between the halves (a PDF
 * scar) are tolerated; a soft hyphen at a line end always joins without a hyphen.
 *
 * <p>Whether the hyphen is kept is decided in this order:
 *
 * <ol>
 *   <li>kept when the second part starts with a capital or a digit, or the first part is a number
 *       or an acronym ("Non-UN", "1998-2003", "IOM-sponsored");
 *   <li>kept with a space before "and", "or", "to": a suspended hyphen ("short- and long-term");
 *   <li>the paper's own spelling: kept when the paper writes "x-y" elsewhere more often than "xy",
 *       dropped when it writes "xy" more often;
 *   <li>dropped when the second part is only an ending ("-ing", "-tion", "-ment", ...) or the
 *       joined word is a common word that merely starts like a prefix ("present", "interest");
 *   <li>kept when the first part is a prefix or word that forms hyphenated compounds ("inter",
 *       "non", "pre", "post", "self", "co", "cross", "ex", "gender", "well", "long", ...) or the
 *       second part is a typical compound tail ("based", "related", "specific", "level", ...), or
 *       the first part is a single letter ("e-learning");
 *   <li>dropped otherwise.
 * </ol>
 */
public final class Dehyphenator implements TextFilter {
  /** Blank lines tolerated between the two halves of a word. */
  private static final int MAX_BLANK_LINES = 2;

  private static final Set<String> COMPOUND_PREFIXES =
      Set.of(
          "inter", "intra", "non", "pre", "post", "self", "co", "cross", "ex", "gender", "well",
          "long", "short", "mid", "multi", "sub", "anti", "counter", "semi", "half", "full", "high",
          "low", "macro", "micro", "mini", "neo", "pan", "pseudo", "quasi", "socio", "ultra", "vice",
          "large", "small", "first", "second", "third", "one", "two", "three", "four", "five", "six",
          "seven", "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
          "eighty", "ninety", "hundred", "follow", "decision", "policy", "capacity", "fact", "peer");

  private static final Set<String> COMPOUND_TAILS =
      Set.of(
          "based", "related", "specific", "sensitive", "oriented", "making", "makers", "maker",
          "building", "led", "owned", "run", "wide", "scale", "level", "term", "up", "out", "free",
          "like", "friendly", "prone", "driven", "focused", "affected", "responsive", "funded",
          "sponsored", "sized", "income", "year", "day", "round", "mainstreamed", "disaggregated",
          "speaking", "bound", "looking");

  private static final Set<String> ENDINGS =
      Set.of(
          "s", "es", "d", "ed", "ing", "ings", "er", "ers", "est", "ly", "ment", "ments", "ness",
          "tion", "tions", "sion", "sions", "ity", "ities", "al", "ally", "ive", "ives", "ous",
          "ful", "less", "able", "ible", "ance", "ances", "ence", "ences", "ism", "ist", "ists",
          "ize", "ise", "ized", "ised", "izes", "ises", "ization", "isation", "ure", "ures", "ate",
          "ated", "ates", "ating", "ant", "ants", "ent", "ents", "ial", "ially", "ic", "ics",
          "ical", "ory", "ary", "ty", "cy", "ry", "ny", "le", "les", "ling", "ship", "ships",
          "hood", "ward", "wards", "age", "ages");

  /** Common words that start like a compound prefix but are written solid. */
  private static final List<String> SOLID_STEMS =
      List.of(
          "present", "prevent", "previous", "preserv", "pressur", "presen", "presid", "prepar",
          "premis", "prefer", "precis", "predict", "predomin", "prejud", "prelimin", "premium",
          "prescri", "prestig", "presum", "pretend", "preced", "precaut", "precious", "pregnan",
          "prelude", "interest", "interpret", "interval", "interview", "interior", "internal",
          "internation", "interrupt", "internet", "intern", "coheren", "cohes", "cohort",
          "coincid", "coalit", "coast", "coerc", "cognit", "cogent", "multipl", "multitud",
          "postpon", "postur", "postal", "poster", "nonsens", "nonetheless", "selfish", "middle",
          "midst", "exact", "examin", "exampl", "exceed", "excel", "except", "excess", "exchang",
          "exclu", "excus", "execut", "exempt", "exercis", "exhaust", "exhibit", "exist", "expan",
          "expect", "expedit", "expend", "expens", "experi", "expert", "expir", "explain",
          "explan", "explic", "explo", "export", "expos", "express", "extend", "extens", "extent",
          "extern", "extra", "extrem", "exotic", "subject", "submi", "subsequ", "subsid",
          "substan", "substitu", "subtl", "subtract", "suburb", "subscri", "subsist",
          "counterpart", "highlight", "highway", "shortag", "shorten", "longitud", "antic",
          "antiqu", "semin", "fulfil", "lowest", "lower", "higher", "highest", "longer", "longest",
          "shorter", "shortest", "factor", "factual", "policies", "panel", "pandem", "microph",
          "miniatur", "minister", "ministr", "minim", "minor", "minut", "tenant", "tendenc",
          "tender", "tension", "tenure", "onerous", "seconda", "secondly", "fivefold", "tenfold");

  @Override
  public String apply(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    if (text.indexOf("-\n") < 0 && text.indexOf('\u00AD') < 0 && text.indexOf("- \n") < 0) {
      return text;
    }
    Vocabulary vocabulary = Vocabulary.of(text);
    int n = text.length();
    StringBuilder out = new StringBuilder(n);
    int copied = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c != '-' && c != '\u00AD') {
        continue;
      }
      int lineEnd = skipSpaces(text, i + 1);
      if (lineEnd >= n || text.charAt(lineEnd) != '\n') {
        continue;
      }
      if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
        continue;
      }
      int next = nextLineStart(text, lineEnd);
      if (next < 0 || !Character.isLetterOrDigit(text.charAt(next))) {
        continue;
      }
      int aStart = i;
      while (aStart > 0 && Character.isLetterOrDigit(text.charAt(aStart - 1))) {
        aStart--;
      }
      int bEnd = next;
      while (bEnd < n && Character.isLetterOrDigit(text.charAt(bEnd))) {
        bEnd++;
      }
      String a = text.substring(aStart, i);
      String b = text.substring(next, bEnd);
      String joiner = c == '\u00AD' ? "" : joiner(a, b, vocabulary);
      out.append(text, copied, i).append(joiner);
      copied = next;
      i = next - 1;
    }
    out.append(text, copied, n);
    return out.toString();
  }

  /** What goes between the two halves: "-", "- " or nothing. */
  static String joiner(String a, String b, Vocabulary vocabulary) {
    char b0 = b.charAt(0);
    if (Character.isUpperCase(b0) || Character.isDigit(b0) || isNumber(a) || isAcronym(a)) {
      return "-";
    }
    String al = a.toLowerCase(Locale.ROOT);
    String bl = b.toLowerCase(Locale.ROOT);
    if (bl.equals("and") || bl.equals("or") || bl.equals("nor") || bl.equals("to")) {
      return "- ";
    }
    int hyphenated = vocabulary.compound(al + "-" + bl);
    int solid = vocabulary.word(al + bl);
    if (hyphenated > solid) {
      return "-";
    }
    if (solid > hyphenated) {
      return "";
    }
    if (ENDINGS.contains(bl) || startsWithSolidStem(al + bl)) {
      return "";
    }
    if (COMPOUND_PREFIXES.contains(al) || COMPOUND_TAILS.contains(bl) || a.length() == 1) {
      return "-";
    }
    return "";
  }

  private static boolean startsWithSolidStem(String word) {
    for (String stem : SOLID_STEMS) {
      if (word.startsWith(stem)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNumber(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAcronym(String s) {
    if (s.length() < 2) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /**
   * Where the text of the next non-blank line starts (after its indentation), when at most {@value
   * #MAX_BLANK_LINES} blank lines come first; -1 otherwise.
   */
  private static int nextLineStart(String text, int newline) {
    int i = newline;
    for (int blankLines = 0; blankLines <= MAX_BLANK_LINES; blankLines++) {
      int start = skipSpaces(text, i + 1);
      if (start >= text.length()) {
        return -1;
      }
      if (text.charAt(start) != '\n') {
        return start;
      }
      i = start;
    }
    return -1;
  }

  /** How often the paper writes each word, solid and hyphenated, outside line-end hyphens. */
  static final class Vocabulary {
    private final Map<String, Integer> words = new HashMap<>();
    private final Map<String, Integer> compounds = new HashMap<>();

    static Vocabulary of(String text) {
      Vocabulary v = new Vocabulary();
      int n = text.length();
      int i = 0;
      String linkedWord = null;
      boolean fragmentNext = false;
      while (i < n) {
        char c = text.charAt(i);
        if (!Character.isLetter(c)) {
          if (!Character.isWhitespace(c)) {
            fragmentNext = false;
          }
          linkedWord = null;
          i++;
          continue;
        }
        int start = i;
        while (i < n && Character.isLetter(text.charAt(i))) {
          i++;
        }
        String word = text.substring(start, i).toLowerCase(Locale.ROOT);
        boolean fragment = fragmentNext;
        fragmentNext = false;
        boolean brokenAfter = i < n && text.charAt(i) == '-' && lineEndsAt(text, i + 1);
        if (!fragment && !brokenAfter) {
          v.words.merge(word, 1, Integer::sum);
          if (linkedWord != null) {
            v.compounds.merge(linkedWord + "-" + word, 1, Integer::sum);
          }
        }
        linkedWord = null;
        if (i + 1 < n
            && (text.charAt(i) == '-' || text.charAt(i) == '\u2011')
            && Character.isLetter(text.charAt(i + 1))) {
          linkedWord = word;
          i++;
        } else if (brokenAfter) {
          fragmentNext = true;
          i++;
        }
      }
      return v;
    }

    private static boolean lineEndsAt(String text, int from) {
      int i = skipSpaces(text, from);
      return i >= text.length() || text.charAt(i) == '\n';
    }

    int word(String w) {
      return words.getOrDefault(w, 0);
    }

    int compound(String c) {
      return compounds.getOrDefault(c, 0);
    }
  }
}
