package org.councilsearch.nlp;

import java.util.Arrays;
import java.util.Locale;

/**
 * The tokens {@link DateFinder} reads: maximal runs of letters (words), maximal runs of ASCII
 * digits (numbers) and every other non-space character on its own (symbols). Whitespace of any
 * kind and length only separates tokens, so a date may run across a line break. Lexing is one
 * linear pass; the tokens are kept in parallel arrays to stay cheap on megabyte inputs.
 */
final class DateTokens {
  static final byte WORD = 0;
  static final byte NUM = 1;
  static final byte SYM = 2;

  private final String text;
  private final int size;
  private final byte[] types;
  private final int[] starts;
  private final int[] ends;
  /** Lower-case words, made on first use: patterns ask for the same word many times. */
  private String[] lower;

  private DateTokens(String text, int size, byte[] types, int[] starts, int[] ends) {
    this.text = text;
    this.size = size;
    this.types = types;
    this.starts = starts;
    this.ends = ends;
  }

  static DateTokens lex(String text) {
    int capacity = Math.max(16, text.length() / 4);
    byte[] types = new byte[capacity];
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    int size = 0;
    int i = 0;
    int length = text.length();
    while (i < length) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      int start = i;
      byte type;
      if (isDigit(c)) {
        type = NUM;
        while (i < length && isDigit(text.charAt(i))) {
          i++;
        }
      } else if (Character.isLetter(c)) {
        type = WORD;
        while (i < length && Character.isLetter(text.charAt(i))) {
          i++;
        }
      } else {
        type = SYM;
        i++;
      }
      if (size == types.length) {
        int grown = size + (size >> 1) + 16;
        types = Arrays.copyOf(types, grown);
        starts = Arrays.copyOf(starts, grown);
        ends = Arrays.copyOf(ends, grown);
      }
      types[size] = type;
      starts[size] = start;
      ends[size] = i;
      size++;
    }
    return new DateTokens(text, size, types, starts, ends);
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  String text() {
    return text;
  }

  int size() {
    return size;
  }

  int start(int k) {
    return starts[k];
  }

  int end(int k) {
    return ends[k];
  }

  int length(int k) {
    return ends[k] - starts[k];
  }

  /** Whether whitespace separates token {@code k} from the one before (true for the first). */
  boolean gapBefore(int k) {
    return k == 0 || (k < size && starts[k] != ends[k - 1]);
  }

  boolean isWord(int k) {
    return k >= 0 && k < size && types[k] == WORD;
  }

  boolean isNum(int k) {
    return k >= 0 && k < size && types[k] == NUM;
  }

  boolean isNum(int k, int digits) {
    return isNum(k) && length(k) == digits;
  }

  boolean isSym(int k) {
    return k >= 0 && k < size && types[k] == SYM;
  }

  boolean isSym(int k, char c) {
    return isSym(k) && text.charAt(starts[k]) == c;
  }

  /** The symbol character of token {@code k}, or 0 when it is no symbol. */
  char sym(int k) {
    return isSym(k) ? text.charAt(starts[k]) : 0;
  }

  /** Whether token {@code k} is the word {@code lower}, ignoring case. */
  boolean wordIs(int k, String lower) {
    return isWord(k)
        && length(k) == lower.length()
        && text.regionMatches(true, starts[k], lower, 0, lower.length());
  }

  /** The word in lower case, or null when token {@code k} is no word or a long one. */
  String lowerWord(int k, int maxLength) {
    if (!isWord(k) || length(k) > maxLength) {
      return null;
    }
    return text.substring(starts[k], ends[k]).toLowerCase(Locale.ROOT);
  }

  /** The word at {@code k} in lower case; {@code k} must be a word. */
  String lower(int k) {
    if (lower == null) {
      lower = new String[size];
    }
    String word = lower[k];
    if (word == null) {
      word = text.substring(starts[k], ends[k]).toLowerCase(Locale.ROOT);
      lower[k] = word;
    }
    return word;
  }

  boolean capitalised(int k) {
    return isWord(k) && Character.isUpperCase(text.charAt(starts[k]));
  }

  /** The value of a number token of at most nine digits, or -1. */
  int value(int k) {
    if (!isNum(k) || length(k) > 9) {
      return -1;
    }
    int v = 0;
    for (int i = starts[k]; i < ends[k]; i++) {
      v = v * 10 + (text.charAt(i) - '0');
    }
    return v;
  }
}
