package org.councilsearch.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.councilsearch.index.Schema;
import org.councilsearch.model.Paper;

/**
 * The papers each organization issued, by its canonical name, for one state of the index: read
 * once per commit from the papers' metadata, as their passages do not carry it. Thread-safe.
 */
final class Issuers {
  private final OncePerIndexState<Map<String, Query>> known = new OncePerIndexState<>();

  /**
   * The query that finds the passages of the papers {@code view} holds that each organization
   * issued, by its canonical name; an organization that issued none is absent.
   */
  Map<String, Query> of(IndexView view) throws IOException {
    return known.get(view, () -> compute(view.papers()));
  }

  private static Map<String, Query> compute(List<Paper> papers) {
    Map<String, TreeSet<String>> ids = new HashMap<>();
    for (Paper p : papers) {
      String issuer = p.metadata().organization();
      if (issuer != null) {
        ids.computeIfAbsent(issuer, o -> new TreeSet<>()).add(p.id());
      }
    }
    Map<String, Query> queries = new HashMap<>();
    ids.forEach((org, set) -> queries.put(org, new TermInSetQuery(Schema.PAPER, set.stream().map(BytesRef::new).toList())));
    return Map.copyOf(queries);
  }
}
