package org.councilsearch.backend.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter.OffsetSource;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.councilsearch.index.Schema;

/**
 * Marks the words a page of hits matched, in the passage texts the page has already read. Its
 * settings are made once per searcher (one index reader); each page gets a highlighter that takes
 * the texts as given instead of reading every stored passage a second time (the highlighter's own
 * read was a seventh of a cached search's time in a profile of the query benchmark). Thread-safe.
 */
final class PageHighlighter {
  /** Matches shown per passage. */
  private static final int PASSAGES = 2;

  private final UnifiedHighlighter.Builder settings;
  private final IndexSearcher searcher;
  private final Map<String, OffsetSource> sources;

  PageHighlighter(IndexSearcher searcher, Schema schema) {
    this.searcher = searcher;
    this.settings =
        UnifiedHighlighter.builder(searcher, schema.analyzer())
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withMaxLength(100_000)
            .withFieldMatcher(Schema.MARKED::contains);
    // Where a field's offsets come from is read from the merged field infos of every segment: once
    // per searcher, not once per page (it was a tenth of the highlighter's time).
    GivenTexts reading = new GivenTexts(settings, Map.of(), Map.of());
    Map<String, OffsetSource> found = new HashMap<>();
    for (String field : Schema.MARKED) {
      found.put(field, reading.sourceOf(field));
    }
    this.sources = Map.copyOf(found);
  }

  /** Whether this highlighter was made for {@code other}. */
  boolean serves(IndexSearcher other) {
    return searcher == other;
  }

  /**
   * The snippet of each passage, in the order of {@code docs}; null where {@code query} matched
   * nothing in its text.
   *
   * @param texts each doc's passage text
   */
  String[] highlight(Query query, int[] docs, Map<Integer, String> texts) throws IOException {
    if (docs.length == 0) {
      return new String[0];
    }
    // The whole query, not just its clauses on the text: marks follow what actually matched, so
    // "organized" is no mark of "International Labour Organization" because it shares a stem with
    // one of its words, as Solr's highlighter (weighted matches) marks it too.
    Object[] marked = new GivenTexts(settings, texts, sources).marked(query, docs);
    String[] snippets = new String[docs.length];
    for (int i = 0; i < docs.length; i++) {
      snippets[i] = marked[i] == null ? null : marked[i].toString();
    }
    return snippets;
  }

  /** A highlighter for one page, reading the texts the page already holds. */
  private static final class GivenTexts extends UnifiedHighlighter {
    private final Map<Integer, String> texts;
    private final Map<String, OffsetSource> sources;

    GivenTexts(Builder settings, Map<Integer, String> texts, Map<String, OffsetSource> sources) {
      super(settings);
      this.texts = texts;
      this.sources = sources;
    }

    OffsetSource sourceOf(String field) {
      return super.getOffsetSource(field);
    }

    @Override
    protected OffsetSource getOffsetSource(String field) {
      OffsetSource known = sources.get(field);
      return known != null ? known : super.getOffsetSource(field);
    }

    Object[] marked(Query query, int[] docs) throws IOException {
      return highlightFieldsAsObjects(new String[] {Schema.TEXT}, query, docs, new int[] {PASSAGES}).get(Schema.TEXT);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
        throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        values.add(new CharSequence[] {texts.getOrDefault(doc, "")});
      }
      return values;
    }
  }
}
