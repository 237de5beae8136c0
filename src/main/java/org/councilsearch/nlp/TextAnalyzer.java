package org.councilsearch.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.Span;

/** Splits a text into tokenized sentences and tags parts of speech. Not thread-safe: one per thread. */
final class TextAnalyzer {
  private final SentenceSplitter sentences;
  private final CouncilTokenizer tokenizer;
  private final POSTaggerME partsOfSpeech;

  TextAnalyzer(NlpModels models) {
    this.sentences = new SentenceSplitter(models);
    this.tokenizer = new CouncilTokenizer(models);
    this.partsOfSpeech = new POSTaggerME(models.partsOfSpeech());
  }

  List<Sentence> analyze(String text) {
    List<Sentence> out = new ArrayList<>();
    for (Span span : sentences.split(text)) {
      List<Token> tokens = new ArrayList<>();
      for (Token token : tokenizer.tokenize(text.substring(span.getStart(), span.getEnd()))) {
        tokens.add(new Token(token.text(), token.start() + span.getStart(), token.end() + span.getStart()));
      }
      if (!tokens.isEmpty()) {
        out.add(new Sentence(span.getStart(), span.getEnd(), tokens));
      }
    }
    return out;
  }

  /** The tokenizer this analyzer uses, for phrases that must be tokenized the same way. */
  CouncilTokenizer tokenizer() {
    return tokenizer;
  }

  /** Universal POS tags (PROPN, NOUN, ...) of a sentence's tokens. */
  String[] partsOfSpeech(Sentence sentence) {
    return partsOfSpeech.tag(sentence.texts());
  }
}
