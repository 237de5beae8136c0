package org.councilsearch.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.councilsearch.nlp.DateFinder;
import org.councilsearch.nlp.EntityTagger;
import org.councilsearch.nlp.Gazetteer;
import org.councilsearch.nlp.NlpModels;
import org.councilsearch.nlp.OpenNlpTagger;
import org.councilsearch.nlp.train.NerSource;
import org.councilsearch.nlp.train.NerTrainer;

/**
 * Leave-one-paper-out taggers: the paper reporting on a year is tagged with a name finder trained
 * on every bundled training file except that paper's own ({@code corpus-YEAR.txt}), so no figure
 * is measured on the model's training sentences. A paper without a training file of its own is
 * tagged by a model trained on all files, which never saw it either.
 *
 * <p>Only the statistical model is held out: the gazetteer, the date rules and the event patterns
 * are the shipped ones. Each call trains a model (seconds).
 */
public final class HeldOutTaggers implements TaggerSource {
  private final NlpModels base;
  private final Gazetteer gazetteer;
  private final NerTrainer trainer = new NerTrainer();

  /**
   * @param base the sentence, token and POS models; its name finder, if any, is replaced
   * @param gazetteer the curated names the taggers use
   */
  public HeldOutTaggers(NlpModels base, Gazetteer gazetteer) {
    this.base = Objects.requireNonNull(base, "base");
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  /** The training files for the paper reporting on {@code year}: all but its own. */
  public static List<NerSource> trainingFor(int year) {
    String own = trainingFileOf(year);
    return NerSource.BUNDLED.contains(own) ? NerSource.allBundledExcept(own) : NerSource.allBundled();
  }

  static String trainingFileOf(int year) {
    return "corpus-" + year + ".txt";
  }

  @Override
  public EntityTagger forPaper(int year) {
    try {
      return new OpenNlpTagger(base.withNameFinder(trainer.train(trainingFor(year))), gazetteer, new DateFinder());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot train the name finder without " + trainingFileOf(year), e);
    }
  }

  @Override
  public boolean heldOut() {
    return true;
  }
}
