package org.councilsearch.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.councilsearch.index.Schema;

/**
 * Tells boilerplate from content by repetition: a disclaimer, a running head or a footer a
 * layout left in is the same text in many passages, of one paper or of many, while what a paper
 * reports is said once or twice. Such a passage may match a query (it names the organization),
 * but it never answers one, so the page shows it after the others. Thread-safe.
 */
final class RepeatedPassages {
  /** A text found in this many passages or more is boilerplate; twice is a paper quoting itself. */
  static final int TIMES = 3;

  /** Longer texts are never page furniture. */
  static final int LONGEST = 600;

  private final Schema schema;

  RepeatedPassages(Schema schema) {
    this.schema = schema;
  }

  /** For each of {@code texts}, whether it is the text of {@value #TIMES} passages or more. */
  boolean[] of(IndexView view, List<String> texts) throws IOException {
    boolean[] repeated = new boolean[texts.size()];
    for (int i = 0; i < repeated.length; i++) {
      String text = texts.get(i);
      if (text.length() > LONGEST) {
        continue;
      }
      // Only passages that are the text count ("Colombia" alone is an item, not furniture,
      // though many passages say Colombia): one term, written at indexing, finds them. Most texts
      // are said once, and the term's document frequency tells so without a search.
      Term key = schema.sameText(text);
      long atMost = view.atMost(key);
      if (atMost >= 0 && atMost < TIMES) {
        continue;
      }
      // Only passages have the term, so it needs no filter by type; alone, the engine counts it
      // from its document frequency where nothing was deleted.
      repeated[i] = view.count(new TermQuery(key)) >= TIMES;
    }
    return repeated;
  }
}
