package org.councilsearch.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory.AbstractXmlFeatureGeneratorFactory;

/**
 * The name finder's features of one token, worked out once per sentence. OpenNLP's window
 * feature generator asks its inner generator for each of the five tokens around every token, so
 * each token's class and lower-cased form were computed five times over (a quarter of the name
 * finder's time went to {@code StringUtil.toLowerCase} and {@code StringPattern}); this gives the
 * same features, in the same order, from the first answer. For generators whose features depend on
 * the token alone, not on the outcomes so far. Named in the model's feature descriptor
 * ({@code ner-features.xml}), so it must stay public and keep its name.
 */
public final class TokenFeaturesOnce extends AbstractXmlFeatureGeneratorFactory {
  /** For OpenNLP, which builds the generator from the model's descriptor. */
  public TokenFeaturesOnce() {}

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    Object inner = args.get("generator#0");
    if (!(inner instanceof AdaptiveFeatureGenerator generator)) {
      throw new InvalidFormatException("TokenFeaturesOnce must hold one feature generator");
    }
    return new Remembering(generator);
  }

  /** Remembers each token's features until it is shown another sentence. One per name finder. */
  private static final class Remembering implements AdaptiveFeatureGenerator {
    private final AdaptiveFeatureGenerator inner;
    private String[] sentence;
    private List<List<String>> features;

    Remembering(AdaptiveFeatureGenerator inner) {
      this.inner = inner;
    }

    @Override
    public void createFeatures(List<String> out, String[] tokens, int index, String[] previousOutcomes) {
      // The same array is the same sentence, as in OpenNLP's own CachedFeatureGenerator.
      if (tokens != sentence) {
        sentence = tokens;
        features = new ArrayList<>(tokens.length);
        for (int i = 0; i < tokens.length; i++) {
          features.add(null);
        }
      }
      List<String> known = features.get(index);
      if (known == null) {
        known = new ArrayList<>(4);
        inner.createFeatures(known, tokens, index, previousOutcomes);
        features.set(index, known);
      }
      out.addAll(known);
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
      inner.updateAdaptiveData(tokens, outcomes);
    }

    @Override
    public void clearAdaptiveData() {
      inner.clearAdaptiveData();
    }
  }
}
