package org.councilsearch.nlp.train;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.councilsearch.nlp.NlpModels;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the name finder (organization, person, event, place) on annotated training files, with
 * fixed parameters and one thread so that the same files always give the same model, and writes
 * it byte for byte reproducibly. Stateless and thread-safe.
 */
public final class NerTrainer {
  /** Maximum entropy, as OpenNLP's English name finders are trained. */
  static final String ALGORITHM = "MAXENT";
  static final int ITERATIONS = 150;
  static final int CUTOFF = 1;
  /**
   * One sequence kept while tagging, not OpenNLP's default three: the model is evaluated once per
   * token instead of three times, which was most of the name finder's cost, and on the held-out
   * evaluation the figures stayed the same.
   */
  static final int BEAM_SIZE = 1;
  /** What the model sees of each token and its neighbours (OpenNLP's feature descriptor format). */
  static final String FEATURES_RESOURCE = "org/councilsearch/nlp/train/ner-features.xml";

  private final String algorithm;
  private final int iterations;
  private final int cutoff;

  /** A trainer with the fixed parameters the committed model is trained with. */
  public NerTrainer() {
    this(ALGORITHM, ITERATIONS, CUTOFF);
  }

  /** A trainer with other parameters, for trying them out; the committed model uses the defaults. */
  NerTrainer(String algorithm, int iterations, int cutoff) {
    this.algorithm = algorithm;
    this.iterations = iterations;
    this.cutoff = cutoff;
  }

  /** Trains a model on the sentences of {@code sources}, read in order. */
  public TokenNameFinderModel train(List<NerSource> sources) throws IOException {
    List<NameSample> samples = new ArrayList<>();
    for (NerSource source : sources) {
      samples.addAll(read(source));
    }
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("no training sentences in " + sources);
    }
    TrainingParameters parameters = new TrainingParameters();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    parameters.put(TrainingParameters.THREADS_PARAM, 1);
    parameters.put(BeamSearch.BEAM_SIZE_PARAMETER, BEAM_SIZE);
    NlpModels.allowOwnFeatures();
    TokenNameFinderFactory factory = new TokenNameFinderFactory(features(), Map.of(), new BioCodec());
    try (ObjectStream<NameSample> stream = ObjectStreamUtils.createObjectStream(samples)) {
      return NameFinderME.train("en", null, stream, parameters, factory);
    }
  }

  /** The feature descriptor; the model keeps a copy, so tagging computes the features it was trained on. */
  static byte[] features() throws IOException {
    try (InputStream in = NerTrainer.class.getClassLoader().getResourceAsStream(FEATURES_RESOURCE)) {
      if (in == null) {
        throw new IOException("name finder features not on the classpath: " + FEATURES_RESOURCE);
      }
      return in.readAllBytes();
    }
  }

  /** Writes the model so that equal models give equal files (see {@link StableModelFile}). */
  public void write(TokenNameFinderModel model, Path file) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.serialize(out);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(file, StableModelFile.normalize(out.toByteArray()));
  }

  /** Trains on {@code sources}, writes the model to {@code file}, and says what it did. */
  public TrainingReport trainAndWrite(List<NerSource> sources, Path file) throws IOException {
    Map<String, Integer> sentences = new LinkedHashMap<>();
    Map<String, Integer> entities = new TreeMap<>();
    for (NerSource source : sources) {
      List<NameSample> samples = read(source);
      sentences.put(source.name(), samples.size());
      for (NameSample sample : samples) {
        for (Span name : sample.getNames()) {
          entities.merge(name.getType(), 1, Integer::sum);
        }
      }
    }
    write(train(sources), file);
    byte[] bytes = Files.readAllBytes(file);
    return new TrainingReport(
        sources.stream().map(NerSource::name).toList(), sentences, entities, file, bytes.length, sha256(bytes));
  }

  /** The annotated sentences of one file; blank lines (document breaks) are skipped. */
  static List<NameSample> read(NerSource source) throws IOException {
    List<NameSample> samples = new ArrayList<>();
    try (InputStream probe = source.open()) {
      // Fails early, with the file's name, when the file is missing.
      probe.available();
    }
    try (ObjectStream<NameSample> stream = new NameSampleDataStream(new PlainTextByLineStream(source::open, StandardCharsets.UTF_8))) {
      NameSample sample;
      while ((sample = stream.read()) != null) {
        if (sample.getSentence().length > 0) {
          samples.add(sample);
        }
      }
    }
    return samples;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
