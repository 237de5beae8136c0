package org.councilsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.councilsearch.index.Schema;
import org.councilsearch.model.Paper;
import org.councilsearch.model.Passage;

/**
 * The language versions of the indexed papers, linked paragraph by paragraph ({@link
 * VersionAligner}), for one state of the index. They are derived from what is committed, once per
 * commit, rather than written into each paper: a new or changed version then relinks its whole
 * group without rewriting the other versions, and both engines link alike because they hold the
 * same papers. Thread-safe.
 */
public final class Translations {
  private final Schema schema;
  private final VersionAligner aligner = new VersionAligner();
  private volatile Linked linked;

  /** Links computed for one state of the index, known by its generation or its papers. */
  private record Linked(Object generation, VersionLinks links) {}

  public Translations(Schema schema) {
    this.schema = schema;
  }

  /** The links of the papers {@code view} sees, computed once per commit. */
  public VersionLinks links(IndexView view) throws IOException {
    Object generation = view.generation();
    Linked known = linked;
    if (generation != null && known != null && known.generation() == generation) {
      return known.links();
    }
    List<Paper> papers = view.papers();
    Object key = generation != null ? generation : fingerprint(papers);
    if (known != null && Objects.equals(known.generation(), key)) {
      return known.links();
    }
    VersionLinks links = compute(view, papers);
    linked = new Linked(key, links);
    return links;
  }

  /** What tells apart the states of an index whose engine gives no generation: its papers' contents. */
  private static Map<String, String> fingerprint(List<Paper> papers) {
    Map<String, String> hashes = new HashMap<>();
    for (Paper p : papers) {
      hashes.put(p.id(), p.contentHash() + "|" + p.metadata().symbol() + "|" + languageOf(p));
    }
    return hashes;
  }

  private VersionLinks compute(IndexView view, List<Paper> papers) throws IOException {
    List<VersionAligner.Source> sources = new ArrayList<>();
    for (Paper p : mayHaveVersions(papers)) {
      // Only papers that may have another version are read passage by passage.
      List<Passage> passages =
          view.passages(
              new BooleanQuery.Builder()
                  .add(new TermQuery(schema.paperTerm(p.id())), Occur.MUST)
                  .add(schema.passagesOnly(), Occur.FILTER)
                  .build());
      sources.add(new VersionAligner.Source(p, languageOf(p), passages));
    }
    return sources.isEmpty() ? VersionLinks.NONE : aligner.link(sources);
  }

  /**
   * The papers whose symbol papers in other languages share, and the papers that print none with
   * the papers they may be a version of ({@link UnsymbolledVersions#mayBeVersionOf}).
   */
  private static List<Paper> mayHaveVersions(List<Paper> papers) {
    Map<String, Set<String>> languagesBySymbol = new HashMap<>();
    List<Paper> unsymbolled = new ArrayList<>();
    for (Paper p : papers) {
      String key = VersionAligner.symbolKey(p.metadata().symbol());
      if (languageOf(p) == null) {
        continue;
      }
      if (key == null) {
        unsymbolled.add(p);
      } else {
        languagesBySymbol.computeIfAbsent(key, k -> new HashSet<>()).add(languageOf(p));
      }
    }
    Set<String> chosen = new HashSet<>();
    for (Paper p : papers) {
      String key = VersionAligner.symbolKey(p.metadata().symbol());
      if (key != null && languagesBySymbol.getOrDefault(key, Set.of()).size() > 1) {
        chosen.add(p.id());
      }
    }
    for (Paper orphan : unsymbolled) {
      for (Paper p : papers) {
        if (UnsymbolledVersions.mayBeVersionOf(orphan, languageOf(orphan), p, languageOf(p))) {
          chosen.add(orphan.id());
          chosen.add(p.id());
        }
      }
    }
    return papers.stream().filter(p -> chosen.contains(p.id())).toList();
  }

  /** The paper's language as detected at indexing, or null. */
  static String languageOf(Paper paper) {
    return paper.metadata().language();
  }
}
