package org.councilsearch.nlp;

import java.util.List;

/**
 * Turns texts into unit-length vectors whose dot product says how close two texts are in meaning.
 * Implementations are thread-safe.
 */
public interface TextEmbedder {
  /** Names the model and every setting that changes its vectors: vectors of another id differ. */
  String modelId();

  /**
   * The language the model was trained on, as an ISO 639-1 code: its vectors of texts in other
   * languages say less about their meaning.
   */
  String language();

  /** The length of every vector. */
  int dimensions();

  /** The vectors of {@code texts}, in order. */
  List<float[]> embed(List<String> texts);

  /** The vector of one text. */
  default float[] embed(String text) {
    return embed(List.of(text)).get(0);
  }
}
