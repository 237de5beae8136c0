package org.councilsearch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTest {
  @Test
  void plainAndAccentedSpellingsFoldAlike() {
    assertThat(Folding.fold("Côte d’Ivoire")).isEqualTo(Folding.fold("Cote d'Ivoire")).isEqualTo("cote d'ivoire");
    assertThat(Folding.fold("UN-Women")).isEqualTo("un-women");
    assertThat(Folding.fold("Muñoz Villalobos")).isEqualTo(Folding.fold("MUNOZ villalobos"));
    assertThat(Folding.token("St.")).isEqualTo("st");
    assertThat(Folding.token(",")).isNull();
  }
}
