package org.councilsearch.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ControlCharacterFilterTest {
  private final ControlCharacterFilter filter = new ControlCharacterFilter();

  @Test
  void every_kind_of_line_break_becomes_a_newline() {
    assertThat(filter.apply("a\r\nb\rc\u2028d\u2029e\u0085f\u000Bg\fh"))
        .isEqualTo("a\nb\nc\nd\ne\nf\ng\nh");
  }

  @Test
  void other_control_characters_end_words_as_spaces() {
    assertThat(filter.apply("padded\u0000export\u001Bwith\u007Fescapes\tand tabs"))
        .isEqualTo("padded export with escapes\tand tabs");
  }

  @Test
  void stray_surrogates_become_replacement_characters_and_the_text_survives_utf8() {
    String text = filter.apply("lone \uD83D high, lone \uDE00 low, pair \uD83D\uDE00 kept");

    assertThat(text).isEqualTo("lone \uFFFD high, lone \uFFFD low, pair \uD83D\uDE00 kept");
    assertThat(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .isEqualTo(text);
  }

  @Test
  void clean_text_comes_back_as_it_was_and_null_as_empty() {
    String clean = "1. The Council met.\n2. It adjourned.";
    assertThat(filter.apply(clean)).isSameAs(clean);
    assertThat(filter.apply(null)).isEmpty();
  }
}
