package org.councilsearch.bench;

import java.util.List;

/**
 * What search by meaning costs, from one run on one archive: indexing with and without the vector
 * pass, embedding throughput, cold searches of the three rankings and the query's embedding, and
 * the embedding model's settings against each other.
 *
 * @param machine where it ran
 * @param archive the archive's directory
 * @param papers papers indexed
 * @param words the lexical pass with the vector pass disabled (index --no-vectors)
 * @param lexical the lexical pass of the run with vectors enabled, before the vector pass
 * @param vectors the vector pass that followed it, from an empty vector store
 * @param searches plain BM25, full search by words and hybrid, one client, cold
 * @param queryEmbedding embedding one query of the mix, afresh each time
 * @param settings the embedding model's settings tried on the same sample of passages
 */
public record HybridFigures(
    Machine machine,
    String archive,
    int papers,
    Pass words,
    Pass lexical,
    Pass vectors,
    List<LatencyFigures> searches,
    Timing queryEmbedding,
    List<SettingFigures> settings) {
  public HybridFigures {
    searches = List.copyOf(searches);
    settings = List.copyOf(settings);
  }

  /**
   * One indexing pass.
   *
   * @param papers papers indexed
   * @param passages passages written (for the vector pass: passages given a vector)
   * @param embedded texts embedded (0 for a lexical pass)
   * @param seconds wall time
   * @param cpuSeconds CPU time of the whole process during the pass (all threads, native ones too)
   */
  public record Pass(int papers, long passages, long embedded, double seconds, double cpuSeconds) {
    public double papersPerSecond() {
      return papers / seconds;
    }

    public double papersPerCpuSecond() {
      return papers / cpuSeconds;
    }

    public double embeddedPerSecond() {
      return embedded / seconds;
    }

    public double embeddedPerCpuSecond() {
      return embedded / cpuSeconds;
    }
  }

  /**
   * A repeated timing.
   *
   * @param count how many were timed
   * @param p50Ms median wall time
   * @param p99Ms 99th percentile
   * @param cpuMs process CPU time per item
   */
  public record Timing(int count, double p50Ms, double p99Ms, double cpuMs) {}

  /**
   * The embedding model with one setting, on the sample of passages.
   *
   * @param maxWordPieces the passage length cap
   * @param onnxThreads ONNX Runtime's threads per text
   * @param parallelTexts texts embedded at once
   * @param passages passages in the sample
   * @param overCap passages of the sample longer than the cap (cut to it)
   * @param seconds wall time
   * @param cpuSeconds process CPU time
   */
  public record SettingFigures(
      int maxWordPieces, int onnxThreads, int parallelTexts, int passages, int overCap, double seconds, double cpuSeconds) {
    public double passagesPerSecond() {
      return passages / seconds;
    }

    public double passagesPerCpuSecond() {
      return passages / cpuSeconds;
    }
  }
}
