package org.councilsearch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
  @Test
  void acronymsMatchOnlyInTheirOwnCase() {
    assertThat(PhraseMatcher.caseAgrees(List.of("WHO"), List.of("WHO"))).isTrue();
    assertThat(PhraseMatcher.caseAgrees(List.of("WHO"), List.of("who"))).isFalse();
    assertThat(PhraseMatcher.caseAgrees(List.of("WHO"), List.of("Who"))).isFalse();
  }

  @Test
  void aLongNameMayLowerOneWordButNeverItsFirst() {
    assertThat(PhraseMatcher.caseAgrees(List.of("Working", "Group", "on", "Gender", "Issues"), List.of("Working", "Group", "on", "Gender", "issues")))
        .isTrue();
    assertThat(PhraseMatcher.caseAgrees(List.of("the", "Organization"), List.of("the", "organization"))).isFalse();
    assertThat(PhraseMatcher.caseAgrees(List.of("Human", "Resources", "Management"), List.of("Human", "resources", "management")))
        .isFalse();
    assertThat(PhraseMatcher.caseAgrees(List.of("Working", "Group"), List.of("WORKING", "GROUP"))).isTrue();
  }

  @Test
  void findsTheLongestKnownPhraseWhateverItsHyphens() {
    CouncilTokenizer tokenizer = new CouncilTokenizer(NlpModels.loadWithoutNameFinder());
    PhraseMatcher<String> matcher =
        new PhraseMatcher<>(
            List.of(
                new PhraseMatcher.Phrase<>(List.of("UN", "-", "Women"), "UN-Women"),
                new PhraseMatcher.Phrase<>(List.of("Organization", "for", "Security", "and", "Co", "-", "operation", "in", "Europe"), "OSCE"),
                new PhraseMatcher.Phrase<>(List.of("Europe"), "Europe")));
    List<Token> tokens = tokenizer.tokenize("UN Women and the Organization for Security and Co-operation in Europe met in Europe.");
    assertThat(matcher.find(tokens)).extracting(PhraseMatcher.Match::payload).containsExactly("UN-Women", "OSCE", "Europe");
  }
}
