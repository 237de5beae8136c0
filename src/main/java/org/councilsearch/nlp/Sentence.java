package org.councilsearch.nlp;

import java.util.List;

/**
 * One sentence of a passage or heading, tokenized.
 *
 * @param start offset of the sentence in its text
 * @param end offset just after it
 * @param tokens its tokens, with offsets into the whole text (not the sentence)
 */
record Sentence(int start, int end, List<Token> tokens) {
  Sentence {
    tokens = List.copyOf(tokens);
  }

  String[] texts() {
    return CouncilTokenizer.texts(tokens);
  }

  int size() {
    return tokens.size();
  }

  Token token(int i) {
    return tokens.get(i);
  }

  /** The text from the first character of token {@code from} to the last of token {@code to - 1}. */
  String cover(String text, int from, int to) {
    return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }
}
