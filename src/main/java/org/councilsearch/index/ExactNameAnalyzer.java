package org.councilsearch.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;

/**
 * Reads a whole name as one lowercased term, the way {@link Schema#exact(String)} indexes it, so
 * that {@code place:Geneva} and {@code org:"UN-Women"} match exactly, whatever their case.
 */
final class ExactNameAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    KeywordTokenizer tokenizer = new KeywordTokenizer();
    TokenStream lower = new LowerCaseFilter(tokenizer);
    return new TokenStreamComponents(tokenizer, lower);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
