package org.councilsearch.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what is wrong with a query the parser refused, in the words of the person who typed it ("a
 * quote is not closed"), where it is, and which plain words could be searched instead. The
 * parser's own messages name its grammar's tokens and states; none of that is ever shown.
 */
final class QueryMistakes {
  /** A mistake at a character of the query, counted from 0. */
  record Mistake(String message, int at) {}

  private static final Set<String> BINARY = Set.of("AND", "OR", "&&", "||");
  private static final Set<String> PREFIX = Set.of("NOT", "!", "+", "-");
  private static final Pattern FIELD = Pattern.compile("^([\\p{L}\\d_.]+):(.*)$");
  private static final Pattern TRAILING_OPERATOR = Pattern.compile("[~^][\\d.]*");
  private static final Pattern SYNTAX_CHARACTERS = Pattern.compile("[\"()\\[\\]{}~^\\\\!:&|]");
  private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

  private QueryMistakes() {}

  /**
   * The failure to report for {@code query}.
   *
   * @param parserColumn where the parser stopped, counted from 0 in the query, or -1 when unknown
   */
  static BadQueryException explain(String query, int parserColumn) {
    Optional<Mistake> known = find(query);
    if (known.isPresent()) {
      int at = known.get().at();
      return new BadQueryException(
          "cannot read the query: " + known.get().message() + " (character " + (at + 1) + ")",
          at + 1,
          plainWords(query));
    }
    int at = parserColumn < 0 ? -1 : Math.min(parserColumn, Math.max(0, query.length() - 1));
    return new BadQueryException(
        "cannot read the query"
            + (at >= 0 ? " at character " + (at + 1) : "")
            + ": check its quotes, brackets and operators (AND, OR, NOT)",
        at + 1,
        plainWords(query));
  }

  /** Where the parser's message says it stopped, counted from 0, or -1. */
  static int columnIn(String parserMessage) {
    if (parserMessage == null) {
      return -1;
    }
    Matcher m = COLUMN.matcher(parserMessage);
    return m.find() ? Math.max(0, Integer.parseInt(m.group(1)) - 1) : -1;
  }

  /** The first mistake a reader can fix in {@code query}, if it is one of the usual ones. */
  static Optional<Mistake> find(String query) {
    Optional<Mistake> grouping = grouping(query);
    if (grouping.isPresent()) {
      return grouping;
    }
    List<Token> tokens = tokens(query);
    for (int i = 0; i < tokens.size(); i++) {
      Optional<Mistake> m = inToken(tokens, i);
      if (m.isPresent()) {
        return m;
      }
    }
    return Optional.empty();
  }

  /**
   * The words of {@code query} with its syntax taken out, to search word for word: {@code
   * "unclosed} gives {@code unclosed}, {@code year:2009 AND *grant} gives {@code 2009 grant}.
   */
  static String plainWords(String query) {
    List<String> words = new ArrayList<>();
    for (String token : query.replace("\\", " ").split("[\\s()\\[\\]{}\"]+")) {
      if (BINARY.contains(token) || PREFIX.contains(token) || token.equals("TO")) {
        continue;
      }
      Matcher field = FIELD.matcher(token);
      String word = field.matches() ? field.group(2) : token;
      word = TRAILING_OPERATOR.matcher(word).replaceAll(" ");
      word = SYNTAX_CHARACTERS.matcher(word.replace("*", "").replace("?", "")).replaceAll(" ");
      word = word.replaceAll("^[+\\-]+|[+\\-]+$", "").strip();
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return String.join(" ", words).replaceAll("\\s+", " ").strip();
  }

  /** Unclosed quotes and brackets, and ranges without TO. */
  private static Optional<Mistake> grouping(String q) {
    boolean inQuote = false;
    int quoteAt = -1;
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < q.length(); i++) {
      char c = q.charAt(i);
      if (c == '\\') {
        i++;
        continue;
      }
      if (inQuote) {
        inQuote = c != '"';
        continue;
      }
      switch (c) {
        case '"' -> {
          inQuote = true;
          quoteAt = i;
        }
        case '(', '[', '{' -> open.push(i);
        case ')', ']', '}' -> {
          if (open.isEmpty() || (c == ')') != (q.charAt(open.peek()) == '(')) {
            return Optional.of(
                new Mistake(
                    "a closing " + c + " has no opening " + opening(c) + " before it; remove it",
                    i));
          }
          int from = open.pop();
          if (c != ')' && !q.substring(from + 1, i).matches("(?s).*\\sTO\\s.*")) {
            return Optional.of(
                new Mistake(
                    "a range in brackets needs TO between its ends, as in year:[2005 TO 2009]",
                    from));
          }
        }
        default -> {}
      }
    }
    if (inQuote) {
      return Optional.of(
          new Mistake(
              "a quote is not closed; add a closing \" after the words you mean, or remove the"
                  + " one that opens",
              quoteAt));
    }
    if (!open.isEmpty()) {
      int at = open.peekLast();
      char c = q.charAt(at);
      return Optional.of(
          new Mistake(
              "a bracket "
                  + c
                  + " is not closed; add a "
                  + (c == '(' ? ")" : c == '[' ? "] or }" : "} or ]")
                  + " after the words it groups, or remove it",
              at));
    }
    return Optional.empty();
  }

  private static char opening(char closing) {
    return closing == ')' ? '(' : '[';
  }

  /** A word of the query outside quotes, or a whole quoted phrase, and where it starts. */
  private record Token(String text, int at, boolean quoted, char before) {}

  private static List<Token> tokens(String q) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < q.length()) {
      char c = q.charAt(i);
      if (Character.isWhitespace(c) || c == '(' || c == ')') {
        i++;
        continue;
      }
      int start = i;
      char before = start > 0 ? q.charAt(start - 1) : ' ';
      boolean quoted = c == '"';
      if (quoted) {
        i++;
        while (i < q.length() && q.charAt(i) != '"') {
          i += q.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
      }
      int depth = 0;
      while (i < q.length()) {
        char d = q.charAt(i);
        if (d == '\\') {
          i += 2;
          continue;
        }
        if (d == '[' || d == '{') {
          depth++;
        } else if ((d == ']' || d == '}') && depth > 0) {
          depth--;
        } else if (depth == 0 && (Character.isWhitespace(d) || d == '(' || d == ')')) {
          break;
        }
        i++;
      }
      tokens.add(new Token(q.substring(start, Math.min(i, q.length())), start, quoted, before));
    }
    return tokens;
  }

  private static Optional<Mistake> inToken(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String s = t.text();
    boolean first = i == 0;
    boolean last = i == tokens.size() - 1;
    if (BINARY.contains(s)) {
      if (first || last || BINARY.contains(tokens.get(i + 1).text())) {
        return Optional.of(
            new Mistake(s + " needs words on both sides, as in trafficking " + s + " Senegal", t.at()));
      }
      return Optional.empty();
    }
    if (PREFIX.contains(s)) {
      if (last || BINARY.contains(tokens.get(i + 1).text())) {
        String example = s.equals("NOT") ? "NOT Senegal" : s + "Senegal";
        return Optional.of(
            new Mistake(
                "a " + s + " needs a word right after it, as in " + example, t.at()));
      }
      return Optional.empty();
    }
    if (s.startsWith("~") && t.before() != '"') {
      return Optional.of(
          new Mistake(
              "a ~ needs a word before it, as in migrant~ (similar spellings) or \"white"
                  + " ribbons\"~3 (words near each other)",
              t.at()));
    }
    if (s.startsWith("^") && t.before() != ')') {
      return Optional.of(
          new Mistake("a ^ needs a word before it, as in gender^2 (that word counts more)", t.at()));
    }
    int caret = caretWithoutNumber(s);
    if (caret >= 0) {
      return Optional.of(
          new Mistake("a ^ needs a number after it, as in gender^2", t.at() + caret));
    }
    if (t.quoted()) {
      return Optional.empty();
    }
    if (s.startsWith(":")) {
      return Optional.of(
          new Mistake("a : needs a field name before it, as in place:Geneva", t.at()));
    }
    Matcher field = FIELD.matcher(s);
    String value = field.matches() ? field.group(2) : s;
    int valueAt = t.at() + (field.matches() ? field.group(1).length() + 1 : 0);
    if (field.matches() && value.isEmpty() && last) {
      return Optional.of(
          new Mistake(
              field.group(1) + ": needs something after it, as in " + example(field.group(1)),
              t.at()));
    }
    if (value.startsWith("[") || value.startsWith("{") || value.startsWith("\"")) {
      return Optional.empty();
    }
    int wild = leadingWildcard(value);
    if (wild >= 0) {
      return Optional.of(
          new Mistake(
              "a word cannot start with * or ?; put at least one letter first, as in remittance*",
              valueAt + wild));
    }
    return Optional.empty();
  }

  /** Where a word or a part of a hyphenated word starts with a wildcard, or -1. */
  private static int leadingWildcard(String value) {
    String v = value.startsWith("+") || value.startsWith("-") || value.startsWith("!")
        ? " " + value.substring(1) : value;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      boolean starts = i == 0 || v.charAt(i - 1) == '-' || v.charAt(i - 1) == ' ';
      if (starts && (c == '*' || c == '?')) {
        return i;
      }
    }
    return -1;
  }

  private static int caretWithoutNumber(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\\') {
        i++;
      } else if (s.charAt(i) == '^' && i > 0
          && (i + 1 >= s.length() || !Character.isDigit(s.charAt(i + 1)))) {
        return i;
      }
    }
    return -1;
  }

  private static String example(String field) {
    return switch (field.toLowerCase(Locale.ROOT)) {
      case "year" -> "year:2009";
      case "org" -> "org:\"UN Women\"";
      case "place" -> "place:Geneva";
      case "event" -> "event:workshop";
      default -> field + ":word";
    };
  }
}
