package org.councilsearch.app;

import java.util.List;
import org.councilsearch.model.Entities;
import org.councilsearch.model.Paper;
import org.councilsearch.model.Passage;
import org.councilsearch.nlp.EntityTagger;

/**
 * A tagger whose models load on a background thread once the indexer knows it has papers to read,
 * so that loading (a second or two) overlaps hashing and the first extractions, and a run with
 * nothing to read never loads them. Thread-safe.
 */
final class BackgroundTagger implements EntityTagger {
  private final LoadedInBackground<EntityTagger> tagger;

  /** @param tagger the models, shared by every indexer of one {@link Services} */
  BackgroundTagger(LoadedInBackground<EntityTagger> tagger) {
    this.tagger = tagger;
  }

  @Override
  public void prepare() {
    tagger.start();
  }

  @Override
  public List<Entities> tag(Paper paper, List<Passage> passages) {
    return tagger.get().tag(paper, passages);
  }
}
