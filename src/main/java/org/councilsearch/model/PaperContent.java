package org.councilsearch.model;

import java.util.List;
import java.util.Objects;

/** A paper together with its passages in reading order: what the indexer writes and show reads. */
public record PaperContent(Paper paper, List<Passage> passages) {
  public PaperContent {
    Objects.requireNonNull(paper, "paper");
    passages = List.copyOf(passages);
  }
}
