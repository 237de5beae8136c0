package org.councilsearch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CouncilTokenizerTest {
  private static final NlpModels MODELS = NlpModels.loadWithoutNameFinder();

  private static List<String> tokens(String text) {
    return new CouncilTokenizer(MODELS).tokenize(text).stream().map(Token::text).toList();
  }

  @Test
  void splitsHyphensPossessivesAndQuotesThatTheStatisticalTokenizerLeavesGlued() {
    assertThat(tokens("UN-Women’s office")).containsExactly("UN", "-", "Women", "’s", "office");
    assertThat(tokens("UN Women")).containsExactly("UN", "Women");
    assertThat(tokens("the Children’s Fund")).containsExactly("the", "Children", "’s", "Fund");
    assertThat(tokens("IOM’ s policy")).containsExactly("IOM", "’", "s", "policy");
    assertThat(tokens("of Women”, published")).containsExactly("of", "Women", "”", ",", "published");
    assertThat(tokens("European Commission–United Nations")).containsExactly("European", "Commission", "–", "United", "Nations");
    assertThat(tokens("HIV/AIDS and http://www.iom.int")).containsExactly("HIV", "/", "AIDS", "and", "http://www.iom.int");
  }

  @Test
  void splitsAFrenchElidedArticleOffTheNameItIsGluedTo() {
    assertThat(tokens("avec l’UNICEF et d'UNIFEM")).containsExactly("avec", "l’", "UNICEF", "et", "d'", "UNIFEM");
    assertThat(tokens("l'Organisation a publié")).containsExactly("l'", "Organisation", "a", "publié");
    assertThat(tokens("Côte d'Ivoire")).containsExactly("Côte", "d'Ivoire");
    assertThat(tokens("l'enfance")).containsExactly("l'enfance");
  }

  @Test
  void remembersEachWordsSplitWithoutChangingAToken() throws IOException {
    List<Path> papers;
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      papers = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(papers).isNotEmpty();
    CouncilTokenizer remembering = new CouncilTokenizer(MODELS);
    CouncilTokenizer asking = new CouncilTokenizer(MODELS, 0);
    for (Path paper : papers) {
      String text = Files.readString(paper);
      List<Token> expected = asking.tokenize(text);
      assertThat(remembering.tokenize(text)).isEqualTo(expected);
      // The second time every word comes from memory.
      assertThat(remembering.tokenize(text)).isEqualTo(expected);
    }
  }

  @Test
  void keepsOffsetsIntoTheText() {
    String text = "With UN-Women in Geneva.";
    for (Token token : new CouncilTokenizer(MODELS).tokenize(text)) {
      assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text());
    }
  }

  @Test
  void keepsTitlesWithTheNamesTheyIntroduce() {
    TextAnalyzer analyzer = new TextAnalyzer(MODELS);
    String text = "The Under-Secretary-General of UN-Women, Ms. Michelle Bachelet, spoke. St. Lucia and Jamaica took part.";
    assertThat(analyzer.analyze(text)).extracting(s -> text.substring(s.start(), s.end()))
        .containsExactly(
            "The Under-Secretary-General of UN-Women, Ms. Michelle Bachelet, spoke.", "St. Lucia and Jamaica took part.");
  }
}
