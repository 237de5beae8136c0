package org.councilsearch.nlp;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * all-MiniLM-L6-v2 (quantized to 8 bits; trained on English), read from the jar and run in-process by ONNX Runtime on
 * the CPU: 384 dimensions, mean pooling, unit-length vectors. Nothing is downloaded: the model, its
 * tokenizer and the native libraries all come from the classpath. Thread-safe.
 */
public final class MiniLmEmbedder implements TextEmbedder, Closeable {
  /** The model's resources inside langchain4j's artifact. */
  private static final String MODEL = "/all-minilm-l6-v2-q.onnx";

  private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

  private static final int DIMENSIONS = 384;

  private final EmbedderSettings settings;
  private final OrtSession session;
  private final Model model;
  private final HuggingFaceTokenizer pieces;
  private final ExecutorService pool;

  /** Loads the model (about a second); the first texts embedded warm it up. */
  public MiniLmEmbedder(EmbedderSettings settings) {
    this.settings = settings;
    // DJL looks for the tokenizer's native library in the jar first and would otherwise download
    // it; offline, it fails instead, so a missing library is a clear error, never a download.
    System.setProperty("ai.djl.offline", "true");
    try {
      OrtEnvironment env = OnnxNatives.environment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(settings.onnxThreads());
      options.setInterOpNumThreads(1);
      this.session = env.createSession(resource(MODEL), options);
      OnnxBertBiEncoder encoder;
      try (InputStream tokenizer = stream(TOKENIZER)) {
        encoder = new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.MEAN);
      }
      try (InputStream tokenizer = stream(TOKENIZER)) {
        this.pieces = HuggingFaceTokenizer.newInstance(tokenizer, Map.of("addSpecialTokens", "false", "padding", "false", "truncation", "false"));
      }
      this.pool =
          settings.parallelTexts() > 1
              ? Executors.newFixedThreadPool(settings.parallelTexts(), daemons())
              : null;
      this.model = new Model(encoder, pool == null ? Runnable::run : pool);
    } catch (OrtException | UnsatisfiedLinkError | IllegalStateException e) {
      throw new IllegalStateException(
          "the embedding model cannot be loaded on this machine (search by meaning needs Linux on x86-64"
              + " or aarch64): "
              + e.getMessage()
              + "; index with --no-vectors to search by words alone",
          e);
    } catch (IOException e) {
      throw new UncheckedIOException("the embedding model's tokenizer cannot be read", e);
    }
  }

  @Override
  public String modelId() {
    return "all-minilm-l6-v2-q/" + settings.maxWordPieces();
  }

  @Override
  public String language() {
    return "en";
  }

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String text : texts) {
      segments.add(TextSegment.from(capped(text.isBlank() ? "." : text)));
    }
    List<Embedding> embedded = model.embedAll(segments).content();
    List<float[]> vectors = new ArrayList<>(embedded.size());
    for (Embedding e : embedded) {
      vectors.add(e.vector());
    }
    return vectors;
  }

  /**
   * The text up to its last word piece within the cap (less the two markers the model adds):
   * the model would otherwise read the rest in further windows and average them in.
   */
  public String capped(String text) {
    int room = settings.maxWordPieces() - 2;
    // A word piece never spans fewer than one character, so shorter texts need no tokenizing.
    if (text.length() <= room) {
      return text;
    }
    Encoding encoding = pieces.encode(text);
    CharSpan[] spans = encoding.getCharTokenSpans();
    if (spans.length <= room || spans[room - 1] == null) {
      return text;
    }
    return text.substring(0, spans[room - 1].getEnd());
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
    pieces.close();
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("the embedding model did not close: " + e.getMessage(), e);
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = stream(name)) {
      return in.readAllBytes();
    }
  }

  private static InputStream stream(String name) throws IOException {
    InputStream in = MiniLmEmbedder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " is missing from the classpath; rebuild the jar");
    }
    return in;
  }

  /** Embedding threads never keep the JVM alive: a search server or a run may end at any time. */
  private static ThreadFactory daemons() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "embed-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** langchain4j's in-process model over our own session, so its threads are ours to set. */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    Model(OnnxBertBiEncoder encoder, java.util.concurrent.Executor executor) {
      super(executor);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSIONS;
    }
  }
}
