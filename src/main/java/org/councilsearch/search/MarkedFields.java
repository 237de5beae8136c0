package org.councilsearch.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * A query cut to the fields a page marks. A highlighter finds every clause's matches before it
 * keeps those of the marked fields; a query searched in every language's field, the headings and
 * the tags made it find three or four times what it shows (marking was a third of a search's
 * time). Only passages the whole query matched are marked, so a required clause cut down to the
 * marked fields is no longer required: its other fields may be where it matched.
 */
final class MarkedFields {
  private MarkedFields() {}

  /** {@code query} with only its clauses on {@code fields}, or null when none is left. */
  static Query keep(Query query, Set<String> fields) {
    if (query instanceof BoostQuery b) {
      Query inner = keep(b.getQuery(), fields);
      return inner == null ? null : inner == b.getQuery() ? b : new BoostQuery(inner, b.getBoost());
    }
    if (query instanceof ConstantScoreQuery c) {
      Query inner = keep(c.getQuery(), fields);
      return inner == null ? null : inner == c.getQuery() ? c : new ConstantScoreQuery(inner);
    }
    if (query instanceof DisjunctionMaxQuery d) {
      List<Query> kept = new ArrayList<>();
      boolean changed = false;
      for (Query q : d.getDisjuncts()) {
        Query k = keep(q, fields);
        changed |= k != q;
        if (k != null) {
          kept.add(k);
        }
      }
      return kept.isEmpty() ? null : changed ? new DisjunctionMaxQuery(kept, d.getTieBreakerMultiplier()) : d;
    }
    if (query instanceof BooleanQuery b) {
      return keep(b, fields);
    }
    return fieldsOf(query).stream().anyMatch(fields::contains) ? query : null;
  }

  private static Query keep(BooleanQuery b, Set<String> fields) {
    List<BooleanClause> kept = new ArrayList<>();
    boolean changed = false;
    for (BooleanClause c : b.clauses()) {
      if (c.getOccur() == Occur.MUST_NOT) {
        changed = true;
        continue;
      }
      Query k = keep(c.getQuery(), fields);
      if (k == null) {
        changed = true;
      } else if (k != c.getQuery()) {
        changed = true;
        kept.add(new BooleanClause(k, Occur.SHOULD));
      } else {
        kept.add(c);
      }
    }
    if (kept.isEmpty()) {
      return null;
    }
    if (!changed) {
      return b;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    kept.forEach(any::add);
    return any.build();
  }

  /** The fields a query that is no compound of others searches. */
  private static Set<String> fieldsOf(Query query) {
    Set<String> fields = new HashSet<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            fields.add(field);
            return false;
          }
        });
    return fields;
  }
}
