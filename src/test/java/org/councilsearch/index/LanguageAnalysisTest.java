package org.councilsearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class LanguageAnalysisTest {
  private final Analyzer analyzer = new Schema().analyzer();

  private List<String> terms(String field, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }

  @Test
  void french_plurals_elisions_stop_words_and_accents_read_alike() throws IOException {
    assertThat(terms(Schema.TEXT_FR, "rapport annuel du comité"))
        .isEqualTo(terms(Schema.TEXT_FR, "Rapports annuels des Comités"))
        .hasSize(3);
    assertThat(terms(Schema.TEXT_FR, "l'exercice")).isEqualTo(terms(Schema.TEXT_FR, "exercice"));
    assertThat(terms(Schema.TEXT_FR, "États Membres")).isEqualTo(terms(Schema.TEXT_FR, "etats membres"));
  }

  @Test
  void spanish_plurals_stop_words_and_accents_read_alike() throws IOException {
    assertThat(terms(Schema.TEXT_ES, "programas de formación"))
        .isEqualTo(terms(Schema.TEXT_ES, "el programa de formacion"))
        .hasSize(2);
  }

  @Test
  void english_text_keeps_its_own_analysis() throws IOException {
    assertThat(terms(Schema.TEXT, "the training programmes")).containsExactly("train", "programm");
  }

  @Test
  void a_french_or_spanish_passage_is_indexed_in_its_language_field_too() {
    assertThat(LanguageAnalysis.of("fr").field()).isEqualTo(Schema.TEXT_FR);
    assertThat(LanguageAnalysis.of("es").field()).isEqualTo(Schema.TEXT_ES);
    assertThat(LanguageAnalysis.of("en")).isNull();
    assertThat(new Schema().searchedFields().keySet()).containsExactly(Schema.TEXT, Schema.SECTION, Schema.PAPER_TITLE, Schema.TEXT_FR, Schema.TEXT_ES);
  }
}
