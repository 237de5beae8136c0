package org.councilsearch.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Our trained name finder over one paper: organizations, people, events and places that no
 * gazetteer entry or pattern covers. Keeps adaptive data (what it saw earlier in the paper) until
 * {@link #endOfPaper()}. Not thread-safe: one per paper being tagged.
 */
final class StatisticalNames {
  /** A name the model found: tokens {@code from} to {@code to}, with the model's confidence. */
  record Found(int from, int to, EntityKind kind, double probability) {}

  private final NameFinderME finder;

  StatisticalNames(TokenNameFinderModel model) {
    this.finder = new NameFinderME(model);
  }

  List<Found> find(Sentence sentence) {
    Span[] spans = finder.find(sentence.texts());
    double[] probabilities = finder.probs(spans);
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < spans.length; i++) {
      EntityKind kind = EntityKind.ofLabel(spans[i].getType());
      if (kind != null) {
        out.add(new Found(spans[i].getStart(), spans[i].getEnd(), kind, probabilities[i]));
      }
    }
    return out;
  }

  /** Forgets the paper, so the next one starts fresh. */
  void endOfPaper() {
    finder.clearAdaptiveData();
  }
}
