package org.councilsearch.eval;

import java.util.Objects;
import org.councilsearch.nlp.EntityTagger;

/** Which tagger tags each paper of an evaluation. */
public interface TaggerSource {
  /** The tagger for the paper that reports on {@code year}. */
  EntityTagger forPaper(int year);

  /** True when no paper is tagged by a statistical model that was trained on that paper. */
  boolean heldOut();

  /**
   * One tagger for every paper, such as the shipped one. Its name finder was trained on the whole
   * corpus, so the figures it gets are not held out.
   */
  static TaggerSource everyPaper(EntityTagger tagger) {
    Objects.requireNonNull(tagger, "tagger");
    return new TaggerSource() {
      @Override
      public EntityTagger forPaper(int year) {
        return tagger;
      }

      @Override
      public boolean heldOut() {
        return false;
      }
    };
  }
}
