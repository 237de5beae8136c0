package org.councilsearch.nlp;

import java.util.List;
import org.councilsearch.model.Entities;
import org.councilsearch.model.Paper;
import org.councilsearch.model.Passage;

/**
 * Finds the organizations, dates, events, places and people of every passage of one paper.
 * Implementations are thread-safe: several indexing threads tag different papers at once.
 */
public interface EntityTagger {
  /**
   * Tags a whole paper at once, because some knowledge holds for the whole paper: acronyms it
   * defines ("Inter-Parliamentary Union (IPU)"), the year it reports on (which completes dates
   * like "25-28 September"), and events named in a heading (which belong to the passages below).
   *
   * @return one {@link Entities} per passage, in the same order; never null
   */
  List<Entities> tag(Paper paper, List<Passage> passages);

  /**
   * Says that papers are about to come, so that a tagger that loads its models lazily may start
   * now, in the background; {@link #tag} works without it.
   */
  default void prepare() {}

  /** A tagger that finds nothing, for indexing without tagging (a baseline in benchmarks). */
  EntityTagger NONE = (paper, passages) -> passages.stream().map(p -> Entities.NONE).toList();
}
