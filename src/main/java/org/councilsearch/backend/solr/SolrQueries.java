package org.councilsearch.backend.solr;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.PrefixCodedTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.councilsearch.index.Schema;

/**
 * Writes a Lucene query that query understanding built as the same query in Solr's local-params
 * syntax, node for node, so that a SolrCloud collection matches and scores exactly what the
 * embedded index does. Nothing is analyzed twice: the terms in a Lucene query are already
 * analyzed (stemmed, lowercased), so terms go through Solr's {@code term} parser, which takes
 * them as they are, and phrases through the Lucene parser on fields whose query-time analysis
 * only splits on spaces (see {@link SolrSchema}), with {@value #GAP} for each position a stop
 * word left empty.
 *
 * <ul>
 *   <li>BooleanQuery: {@code {!bool must=… should=… filter=… must_not=… mm=N}};
 *   <li>BoostQuery and ConstantScoreQuery: the Lucene parser's {@code ^b} and {@code ^=b} on a
 *       nested query, which build the same BoostQuery and ConstantScoreQuery;
 *   <li>DisjunctionMaxQuery: {@code {!maxscore tie=…}} over nested queries;
 *   <li>phrases with their slop and position gaps, ranges of years, the ranges of days a passage
 *       mentions (Solr's DateRangeField intersects as LongRange does), wildcards, prefixes, fuzzy
 *       terms, field existence and match-all through the Lucene parser.
 * </ul>
 *
 * Each sub-query goes into a request parameter of its own ({@code $q1}, {@code $q2} …), so no
 * term or phrase needs escaping beyond the Lucene parser's own. Not thread-safe: one per query.
 */
final class SolrQueries {
  /** Stands for an empty position in a phrase; the phrase fields' query analysis drops it. */
  static final String GAP = SolrSchema.PHRASE_GAP;

  private static final Pattern LONG_RANGE = Pattern.compile("<ranges:\\[(-?\\d+) : (-?\\d+)\\]>");

  private final Map<String, String> params = new LinkedHashMap<>();
  private final Set<String> phraseFields = new TreeSet<>();
  private final String prefix;
  private final Map<String, String> renamed;

  /**
   * @param prefix what the names of this query's parameters start with, so that two queries can
   *     share a request
   */
  SolrQueries(String prefix) {
    this(prefix, Map.of());
  }

  /** @param renamed fields whose clauses are asked of another field instead */
  SolrQueries(String prefix, Map<String, String> renamed) {
    this.prefix = prefix;
    this.renamed = Map.copyOf(renamed);
  }

  /** The request parameters that {@code query}'s local-params string refers to, as built so far. */
  Map<String, String> params() {
    return params;
  }

  /**
   * The Solr query for {@code query} as the main query of a request: {@link #translate} with, for
   * each field a phrase searches, a clause that matches nothing. Solr's
   * {@code ExactStatsCache} learns a field's statistics (its document count, its average length)
   * from the shards that ask for them while weighing the query, and a phrase asks for them only on
   * the shards that hold its words; without the extra clause a phrase would be scored with one
   * shard's document count instead of the collection's.
   */
  String translateMain(Query query) {
    String main = translate(query);
    if (phraseFields.isEmpty()) {
      return main;
    }
    StringBuilder s = new StringBuilder("{!bool must=").append(param(main));
    for (String field : phraseFields) {
      // The gap marker is never indexed, so this clause matches and scores nothing; weighing it
      // still asks every shard for the field's statistics. (A clause boosted by 0 would not.)
      s.append(" should=").append(param("{!term f=" + field + " v=" + param(GAP) + "}"));
    }
    return s.append('}').toString();
  }

  /**
   * The Solr query for {@code query}: a local-params string whose sub-queries are in {@link
   * #params()}.
   *
   * @throws IllegalArgumentException for a kind of query the project never builds
   */
  String translate(Query query) {
    if (query instanceof TermQuery t) {
      return term(t.getTerm());
    }
    if (query instanceof BooleanQuery b) {
      return bool(b);
    }
    if (query instanceof TermInSetQuery t) {
      // Ids never hold a unit separator, so it parts them safely, whatever they contain.
      StringBuilder values = new StringBuilder();
      PrefixCodedTerms.TermIterator it = t.getTermData().iterator();
      for (BytesRef v = it.next(); v != null; v = it.next()) {
        values.append(values.length() == 0 ? "" : "\u001f").append(v.utf8ToString());
      }
      return "{!terms f=" + field(t.getField()) + " separator=" + param("\u001f") + " v=" + param(values.toString()) + "}";
    }
    if (query instanceof BoostQuery b) {
      if (b.getQuery() instanceof ConstantScoreQuery c) {
        return lucene("_query_:\"{!query v=" + ref(c.getQuery()) + "}\"^=" + Float.toString(b.getBoost()));
      }
      return lucene("_query_:\"{!query v=" + ref(b.getQuery()) + "}\"^" + Float.toString(b.getBoost()));
    }
    if (query instanceof ConstantScoreQuery c) {
      return lucene("_query_:\"{!query v=" + ref(c.getQuery()) + "}\"^=1.0");
    }
    if (query instanceof DisjunctionMaxQuery d) {
      StringBuilder disjuncts = new StringBuilder();
      for (Query q : d.getDisjuncts()) {
        disjuncts.append(disjuncts.length() == 0 ? "" : " ").append("_query_:\"{!query v=").append(ref(q)).append("}\"");
      }
      return "{!maxscore tie=" + Float.toString(d.getTieBreakerMultiplier()) + " v=" + param(disjuncts.toString()) + "}";
    }
    if (query instanceof PhraseQuery p) {
      phraseFields.add(field(p.getField()));
      return lucene(phrase(field(p.getField()), p));
    }
    if (query instanceof PointRangeQuery r && r.getField().equals(Schema.YEAR) && r.getNumDims() == 1) {
      int from = IntPoint.decodeDimension(r.getLowerPoint(), 0);
      int to = IntPoint.decodeDimension(r.getUpperPoint(), 0);
      return lucene(Schema.YEAR + ":[" + bound(from, Integer.MIN_VALUE) + " TO " + bound(to, Integer.MAX_VALUE) + "]");
    }
    if (query.getClass().getEnclosingClass() == LongRange.class) {
      return lucene(dayRange(query));
    }
    if (query instanceof FieldExistsQuery e) {
      return lucene(field(e.getField()) + ":*");
    }
    if (query instanceof MatchAllDocsQuery) {
      return lucene("*:*");
    }
    if (query instanceof MatchNoDocsQuery) {
      return "{!bool}";
    }
    if (query instanceof PrefixQuery p) {
      return "{!prefix f=" + field(p.getField()) + " v=" + param(p.getPrefix().text()) + "}";
    }
    if (query instanceof WildcardQuery w) {
      return lucene(field(w.getField()) + ":" + escapeExceptWildcards(w.getTerm().text()));
    }
    if (query instanceof FuzzyQuery f && f.getPrefixLength() == 0 && f.getTranspositions()) {
      return lucene(field(f.getField()) + ":" + escape(f.getTerm().text()) + "~" + f.getMaxEdits());
    }
    if (query instanceof TermRangeQuery r) {
      return lucene(
          field(r.getField()) + ":" + (r.includesLower() ? "[" : "{") + endpoint(r.getLowerTerm()) + " TO "
              + endpoint(r.getUpperTerm()) + (r.includesUpper() ? "]" : "}"));
    }
    throw new IllegalArgumentException("no SolrCloud form for the query part " + query + " (" + query.getClass().getSimpleName() + ")");
  }

  private String field(String name) {
    return renamed.getOrDefault(name, name);
  }

  private String term(Term term) {
    String field = field(term.field());
    String value = term.text();
    if (field.equals(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)) {
      // A facet's drill-down term, "dimension<DELIM>value": the collection keeps each dimension
      // in a field of its own.
      int cut = value.indexOf(FacetsConfig.DELIM_CHAR);
      field = SolrSchema.facetField(value.substring(0, cut));
      value = value.substring(cut + 1);
    }
    return "{!term f=" + field + " v=" + param(value) + "}";
  }

  private String bool(BooleanQuery b) {
    StringBuilder s = new StringBuilder("{!bool");
    for (BooleanClause c : b.clauses()) {
      String occur =
          switch (c.getOccur()) {
            case MUST -> "must";
            case SHOULD -> "should";
            case FILTER -> "filter";
            case MUST_NOT -> "must_not";
          };
      s.append(' ').append(occur).append('=').append(ref(c.getQuery()));
    }
    if (b.getMinimumNumberShouldMatch() > 0) {
      s.append(" mm=").append(b.getMinimumNumberShouldMatch());
    }
    return s.append('}').toString();
  }

  /** The phrase in the Lucene parser's syntax, each empty position written as {@link #GAP}. */
  private static String phrase(String field, PhraseQuery p) {
    Term[] terms = p.getTerms();
    int[] positions = p.getPositions();
    StringBuilder words = new StringBuilder();
    int next = 0;
    for (int i = 0; i < terms.length; i++) {
      for (; next < positions[i]; next++) {
        words.append(GAP).append(' ');
      }
      words.append(terms[i].text().replace("\\", "\\\\").replace("\"", "\\\"")).append(' ');
      next = positions[i] + 1;
    }
    return field + ":\"" + words.toString().strip() + "\"" + (p.getSlop() > 0 ? "~" + p.getSlop() : "");
  }

  /**
   * The days a passage's dates must touch, as Solr's DateRangeField reads a range: it finds the
   * ranges that intersect it, as the LongRange query of the embedded index does on epoch days.
   */
  private static String dayRange(Query query) {
    Matcher m = LONG_RANGE.matcher(query.toString());
    String field = query.toString().substring(0, Math.max(0, query.toString().indexOf(':')));
    if (!m.find()) {
      throw new IllegalArgumentException("no SolrCloud form for the range " + query);
    }
    long from = Long.parseLong(m.group(1));
    long to = Long.parseLong(m.group(2));
    if (!query.equals(LongRange.newIntersectsQuery(field, new long[] {from}, new long[] {to}))) {
      throw new IllegalArgumentException("only ranges of days that intersect have a SolrCloud form, not " + query);
    }
    return field + ":[" + LocalDate.ofEpochDay(from) + " TO " + LocalDate.ofEpochDay(to) + "]";
  }

  private static String bound(int value, int open) {
    return value == open ? "*" : Integer.toString(value);
  }

  private static String endpoint(BytesRef term) {
    return term == null ? "*" : "\"" + term.utf8ToString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private String lucene(String text) {
    return "{!lucene v=" + param(text) + "}";
  }

  /** A parameter holding {@code q}'s translation, referred to by the name returned. */
  private String ref(Query q) {
    return param(translate(q));
  }

  private String param(String value) {
    String name = prefix + (params.size() + 1);
    params.put(name, value);
    return "$" + name;
  }

  private static final String SPECIAL = "\\+-!():^[]\"{}~*?|&/ ";

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if (SPECIAL.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  private static String escapeExceptWildcards(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        // Already escaped in the Lucene term: a literal * or ?.
        out.append(c).append(s.charAt(++i));
      } else if (c == '*' || c == '?') {
        out.append(c);
      } else {
        out.append(escape(String.valueOf(c)));
      }
    }
    return out.toString();
  }
}
