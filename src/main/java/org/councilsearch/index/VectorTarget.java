package org.councilsearch.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.councilsearch.model.Paper;
import org.councilsearch.model.Passage;

/**
 * A store the vector pass ({@link VectorPass}) writes to: it says which passages lack a vector and
 * gives papers back as stored, to be replaced with their vectors: the embedded index, and a
 * SolrCloud collection. Both find the passages lacking a vector by {@link Schema#withVector()}.
 */
public interface VectorTarget extends PaperStore {
  /**
   * The papers with passages that lack a vector, with how many each has, in index order. The
   * embedded index takes a snapshot that {@link #read} then reads from; a collection has none and
   * is read as it is.
   */
  Map<String, Integer> lackingVectors() throws IOException;

  /** The paper and its passages, in their order, as the last {@link #lackingVectors} saw them. */
  Optional<Content> read(String paperId) throws IOException;

  /** A paper as stored, with its passages. */
  record Content(Paper paper, List<Passage> passages) {}
}
