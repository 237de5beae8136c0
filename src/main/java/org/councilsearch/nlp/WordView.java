package org.councilsearch.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence's tokens glued back into written words wherever the text has no space between a
 * word and a hyphen, slash or possessive: "UN-Women", "Women’s", "Co-operation". Regular
 * expressions over names read more naturally on these words, and a spaced dash ("Development
 * – The Way Forward") stays a word of its own, which tells a subtitle from a compound.
 *
 * @param words the words, as written
 * @param firstToken for each word, the index of its first token in the sentence
 */
record WordView(List<String> words, List<Integer> firstToken, int tokenCount) {
  WordView {
    words = List.copyOf(words);
    firstToken = List.copyOf(firstToken);
  }

  static WordView of(String text, List<Token> tokens) {
    List<String> words = new ArrayList<>();
    List<Integer> first = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (i > 0 && glued(tokens.get(i - 1), token)) {
        int last = words.size() - 1;
        Token start = tokens.get(first.get(last));
        words.set(last, text.substring(start.start(), token.end()));
      } else {
        words.add(token.text());
        first.add(i);
      }
    }
    return new WordView(words, first, tokens.size());
  }

  String[] array() {
    return words.toArray(String[]::new);
  }

  int size() {
    return words.size();
  }

  /** The token index where word {@code word} starts; {@code size()} maps to the token count. */
  int token(int word) {
    return word == words.size() ? tokenCount : firstToken.get(word);
  }

  private static boolean glued(Token previous, Token next) {
    if (previous.end() != next.start()) {
      return false;
    }
    return isJoinerOrPossessive(next.text()) || isJoinerOrPossessive(previous.text());
  }

  private static boolean isJoinerOrPossessive(String token) {
    if (token.length() == 1) {
      char c = token.charAt(0);
      return CouncilTokenizer.isJoiner(c) || CouncilTokenizer.isApostrophe(c);
    }
    return token.length() == 2 && CouncilTokenizer.isApostrophe(token.charAt(0)) && (token.charAt(1) == 's' || token.charAt(1) == 'S');
  }
}
