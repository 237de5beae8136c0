package org.councilsearch.nlp.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.councilsearch.nlp.NlpModels;
import org.junit.jupiter.api.Test;

class NerTextFormatterTest {
  private static final NerTextFormatter FORMATTER = new NerTextFormatter(NlpModels.loadWithoutNameFinder());

  @Test
  void tokenizesTextAndNamesTheTaggersWay() {
    assertThat(FORMATTER.format("In 2011, <START:organization>UN-Women</START> x".replace("</START>", "<END>")))
        .isEqualTo("In 2011 , <START:organization> UN - Women <END> x");
    assertThat(FORMATTER.format("Ms. <START:person> Michelle Bachelet <END> met the <START:organization> IOM <END>’s staff in <START:place> Geneva <END>."))
        .isEqualTo("Ms. <START:person> Michelle Bachelet <END> met the <START:organization> IOM <END> ’s staff in <START:place> Geneva <END> .");
  }

  @Test
  void refusesNamesThatDoNotFallOnTokensAndUnknownTypes() {
    assertThatCode(() -> FORMATTER.format("the <START:organization> UN <END>-Women office")).doesNotThrowAnyException();
    assertThatThrownBy(() -> FORMATTER.format("the <START:organization> Wom <END>en office"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("token boundaries");
    assertThatThrownBy(() -> FORMATTER.format("<START:country> Chad <END>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("country");
  }

  @Test
  void everyBundledTrainingLineIsAlreadyInTheTaggersTokens() throws IOException {
    for (NerSource source : NerSource.allBundled()) {
      try (InputStream in = source.open()) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          assertThat(FORMATTER.format(line)).as(source.name()).isEqualTo(line);
        }
      }
    }
  }
}
