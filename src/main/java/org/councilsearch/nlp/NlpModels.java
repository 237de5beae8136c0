package org.councilsearch.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.ext.ExtensionLoader;

/**
 * The OpenNLP models the tagger runs: English sentences, tokens and parts of speech from the
 * opennlp-models artifacts, and our own name finder. Models are immutable and shared by all
 * threads; load them once per process, in the composition root.
 */
public final class NlpModels {
  /** Where the committed name finder lives on the classpath; {@code train-ner} rewrites it. */
  public static final String NAME_FINDER_RESOURCE = "org/councilsearch/nlp/ner-council-en.bin";

  // Loaded by exact file name: the shaded jar keeps only one of the artifacts' model.properties.
  static final String SENTENCE_RESOURCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKENS_RESOURCE = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS_RESOURCE = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  static {
    allowOwnFeatures();
  }

  private final SentenceModel sentences;
  private final TokenizerModel tokens;
  private final POSModel partsOfSpeech;
  private final TokenNameFinderModel names;

  private NlpModels(
      SentenceModel sentences, TokenizerModel tokens, POSModel partsOfSpeech, TokenNameFinderModel names) {
    this.sentences = Objects.requireNonNull(sentences, "sentences");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.partsOfSpeech = Objects.requireNonNull(partsOfSpeech, "partsOfSpeech");
    this.names = names;
  }

  /**
   * Loads every model from the classpath, our committed name finder included. Takes about a
   * second; nothing is downloaded.
   *
   * @throws UncheckedIOException when a model is missing or unreadable: the build is broken
   */
  public static NlpModels load() {
    NlpModels base = loadWithoutNameFinder();
    try {
      return base.withNameFinder(read(NAME_FINDER_RESOURCE, TokenNameFinderModel::new));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the name finder model " + NAME_FINDER_RESOURCE, e);
    }
  }

  /**
   * Loads the sentence, token and POS models only: for a rules-only baseline, and for preparing
   * training text before any name finder exists.
   *
   * @throws UncheckedIOException when a model is missing or unreadable: the build is broken
   */
  public static NlpModels loadWithoutNameFinder() {
    try {
      return new NlpModels(
          read(SENTENCE_RESOURCE, SentenceModel::new),
          read(TOKENS_RESOURCE, TokenizerModel::new),
          read(POS_RESOURCE, POSModel::new),
          null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the OpenNLP models", e);
    }
  }

  /**
   * Lets OpenNLP build the feature generators of ours that a name finder model names ({@link
   * TokenFeaturesOnce}): it builds only classes of packages it was told of. Done before any model is
   * read or trained; doing it again changes nothing.
   */
  public static void allowOwnFeatures() {
    ExtensionLoader.registerAllowedPackage(TokenFeaturesOnce.class.getPackageName());
  }

  /** Reads a name finder model written by {@code NerTrainer.write} or {@code train-ner}. */
  public static TokenNameFinderModel readNameFinder(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new TokenNameFinderModel(in);
    }
  }

  private static <T> T read(String resource, ModelReader<T> reader) throws IOException {
    try (InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("model not on the classpath: " + resource);
      }
      return reader.read(in);
    }
  }

  /** A model constructor that reads a stream. */
  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  /** The same sentence, token and POS models with another name finder, e.g. one trained without a held-out paper. */
  public NlpModels withNameFinder(TokenNameFinderModel nameFinder) {
    return new NlpModels(sentences, tokens, partsOfSpeech, Objects.requireNonNull(nameFinder, "nameFinder"));
  }

  /** The same models with no statistical name finder: gazetteer, acronyms and patterns only (a baseline). */
  public NlpModels withoutNameFinder() {
    return new NlpModels(sentences, tokens, partsOfSpeech, null);
  }

  SentenceModel sentences() {
    return sentences;
  }

  TokenizerModel tokens() {
    return tokens;
  }

  POSModel partsOfSpeech() {
    return partsOfSpeech;
  }

  Optional<TokenNameFinderModel> nameFinder() {
    return Optional.ofNullable(names);
  }
}
