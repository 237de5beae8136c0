package org.councilsearch.nlp;

/**
 * How the sentence-embedding model runs.
 *
 * @param maxWordPieces a passage is read up to this many word pieces; the model was trained on 256
 *     and reads longer texts in windows whose vectors it averages, at several times the cost
 * @param onnxThreads threads ONNX Runtime gives one text
 * @param parallelTexts texts embedded at once, each on its own thread
 */
public record EmbedderSettings(int maxWordPieces, int onnxThreads, int parallelTexts) {
  /**
   * Chosen by the figures in docs/performance.md: 256 word pieces (the model's own training
   * length: quality the same as reading whole passages, faster), and two texts at once with one
   * ONNX thread each, which uses two cores better than one text on two threads.
   */
  public static final EmbedderSettings DEFAULT = new EmbedderSettings(256, 1, 2);

  public EmbedderSettings {
    if (maxWordPieces < 8 || onnxThreads < 1 || parallelTexts < 1) {
      throw new IllegalArgumentException("embedder settings out of range: " + maxWordPieces + ", " + onnxThreads + ", " + parallelTexts);
    }
  }
}
