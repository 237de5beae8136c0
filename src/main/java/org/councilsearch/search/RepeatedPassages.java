package org.councilsearch.search;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.councilsearch.index.Schema;
import org.councilsearch.model.Passage;

/**
 * Tells boilerplate from content by repetition: a disclaimer, a running head or a footer a
 * layout left in is the same text in many passages, of one paper or of many, while what a paper
 * reports is said once or twice. Such a passage may match a query (it names the organization),
 * but it never answers one, so the page shows it after the others. Thread-safe.
 */
final class RepeatedPassages {
  /** A text found in this many passages or more is boilerplate; twice is a paper quoting itself. */
  static final int TIMES = 3;

  /** Longer texts are never page furniture, and a phrase of them would cost more to look up. */
  static final int LONGEST = 600;

  /** How many of the passages containing a text are compared with it. */
  static final int LOOKED_AT = 50;

  private final Schema schema;
  private final QueryBuilder phrases;

  RepeatedPassages(Schema schema) {
    this.schema = schema;
    this.phrases = new QueryBuilder(schema.analyzer());
  }

  /** For each of {@code passages}, whether its text is in {@value #TIMES} passages or more. */
  boolean[] of(IndexView view, List<Passage> passages) throws IOException {
    boolean[] repeated = new boolean[passages.size()];
    for (int i = 0; i < repeated.length; i++) {
      String text = passages.get(i).text();
      if (text.length() > LONGEST) {
        continue;
      }
      Query phrase = phrases.createPhraseQuery(Schema.TEXT, text);
      if (phrase == null) {
        continue;
      }
      Query containing = new BooleanQuery.Builder().add(phrase, Occur.MUST).add(schema.passagesOnly(), Occur.FILTER).build();
      if (view.count(containing) >= TIMES) {
        // The phrase finds every passage that contains the text; only those that are the text
        // count ("Colombia" alone is an item, not furniture, though many passages say Colombia).
        String key = key(text);
        long same =
            view.passages(view.rank(containing, LOOKED_AT)).stream().filter(p -> key(p.text()).equals(key)).count();
        repeated[i] = same >= TIMES;
      }
    }
    return repeated;
  }

  /** A text as compared: letters and digits, lower case, one space between words. */
  private static String key(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
