package org.councilsearch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {
  private static MiniLmEmbedder embedder;

  @BeforeAll
  static void load() {
    embedder = new MiniLmEmbedder(EmbedderSettings.DEFAULT);
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  @Test
  void a_paraphrase_is_nearer_than_a_text_on_another_subject() {
    List<float[]> v =
        embedder.embed(
            List.of(
                "The council approved the budget for the coming year.",
                "Next year's spending plan was adopted by the board.",
                "Heavy rain flooded the coastal villages in the autumn."));
    assertThat(dot(v.get(0), v.get(1))).isGreaterThan(dot(v.get(0), v.get(2)) + 0.2f);
  }

  @Test
  void vectors_have_unit_length_and_the_schema_s_dimensions() {
    float[] v = embedder.embed("Migrants sent money home to their families.");
    assertThat(v).hasSize(384);
    assertThat(dot(v, v)).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-3f));
  }

  @Test
  void a_long_text_is_read_up_to_the_cap_only() {
    String sentence = "The organization trained its staff in the regional offices. ";
    String longText = sentence.repeat(60);
    String capped = embedder.capped(longText);
    assertThat(capped.length()).isLessThan(longText.length()).isGreaterThan(sentence.length() * 10);
    assertThat(embedder.embed(longText)).containsExactly(embedder.embed(capped));
    assertThat(embedder.capped(sentence)).isEqualTo(sentence);
  }

  @Test
  void the_model_id_names_the_cap() {
    assertThat(embedder.modelId()).isEqualTo("all-minilm-l6-v2-q/256");
  }

  private static float dot(float[] a, float[] b) {
    float s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
