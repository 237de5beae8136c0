package org.councilsearch.app;

import java.util.Set;
import org.councilsearch.model.PaperContent;
import org.councilsearch.nlp.PaperLanguages;

/**
 * A language detector whose model loads on a background thread once the indexer knows it has
 * papers to read, as {@link BackgroundTagger} does for the tagging models. Thread-safe.
 */
final class BackgroundLanguages implements PaperLanguages {
  private final LoadedInBackground<PaperLanguages> detector;

  /** @param detector the model, shared by every indexer of one {@link Services} */
  BackgroundLanguages(LoadedInBackground<PaperLanguages> detector) {
    this.detector = detector;
  }

  @Override
  public void prepare() {
    detector.start();
  }

  @Override
  public PaperContent detect(PaperContent content) {
    return detector.get().detect(content);
  }

  @Override
  public String languageOf(String text, Set<String> candidates) {
    return detector.get().languageOf(text, candidates);
  }
}
