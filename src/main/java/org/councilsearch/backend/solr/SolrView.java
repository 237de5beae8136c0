package org.councilsearch.backend.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.councilsearch.index.Schema;
import org.councilsearch.model.Paper;
import org.councilsearch.model.Passage;
import org.councilsearch.model.SearchResult.FacetCount;
import org.councilsearch.search.FacetDimension;
import org.councilsearch.search.IndexView;
import org.councilsearch.search.Snippets;

/**
 * A SolrCloud collection seen through {@link IndexView}: every query is the embedded index's
 * Lucene query written in Solr's syntax ({@link SolrQueries}), so matches, scores, totals and facet
 * counts are the embedded index's. Scores agree across shards because the collection computes
 * term statistics over all shards (Solr's {@code ExactStatsCache}, in the generated
 * solrconfig.xml); equal scores are ordered as the shards' merge leaves them, as the embedded
 * index leaves them in document order. Used by one thread.
 */
final class SolrView implements IndexView {
  /** Documents read per request when a listing may be long. */
  private static final int PAGE = 1_000;

  private final SolrCluster cluster;
  private final String collection;
  private final Schema schema;
  /** The documents this view ranked; a {@link Ranked#doc()} is an index into it. */
  private final List<SolrDocument> ranked = new ArrayList<>();
  /** Snippets by passage id, marked where {@link #snippetsOf} matches. */
  private final Map<String, String> snippets = new HashMap<>();
  private Query snippetsOf;

  /** Equal scores by paper and in reading order, as the embedded index orders them. */
  private static final String BY_SCORE = "score desc," + Schema.PAPER + " asc," + Schema.ORDER + " asc";

  SolrView(SolrCluster cluster, String collection, Schema schema) {
    this.cluster = cluster;
    this.collection = collection;
    this.schema = schema;
  }

  @Override
  public List<Ranked> rank(Query query, int wanted) throws IOException {
    ModifiableSolrParams p = query(query);
    p.set("rows", wanted);
    p.set("fl", "*,score");
    p.set("sort", BY_SCORE);
    return top(send(p));
  }

  /** One request: the top, the total, the facets and the top's snippets. */
  @Override
  public Matches find(Query query, int wanted, List<FacetDimension> dimensions, Query highlighted)
      throws IOException {
    ModifiableSolrParams p = query(query);
    p.set("rows", wanted);
    p.set("fl", "*,score");
    p.set("sort", BY_SCORE);
    StringBuilder facets = new StringBuilder("{");
    for (int i = 0; i < dimensions.size(); i++) {
      FacetDimension d = dimensions.get(i);
      // Refined, so that a value's count is its count over every shard, not the sum of the
      // shards that had it in their own top.
      facets.append(i == 0 ? "" : ",")
          .append("f").append(i).append(":{type:terms,field:\"").append(SolrSchema.facetField(d.name()))
          .append("\",limit:").append(d.top()).append(",overrequest:").append(d.top() * 4)
          .append(",mincount:1,sort:\"count desc\",refine:true}");
    }
    p.set("json.facet", facets.append('}').toString());
    markWith(p, highlighted);
    QueryResponse r = send(p);
    List<Ranked> top = top(r);
    keepSnippets(r, highlighted);
    long total = r.getResults().getNumFound();
    Map<String, List<FacetCount>> byDimension = new LinkedHashMap<>();
    if (total == 0 && count(schema.passagesOnly()) == 0) {
      // Nothing indexed yet: no facets at all, as the embedded index has none.
      return new Matches(top, new Counted(0, byDimension));
    }
    NestableJsonFacet json = r.getJsonFacetingResponse();
    for (int i = 0; i < dimensions.size(); i++) {
      List<FacetCount> values = new ArrayList<>();
      var buckets = json == null ? null : json.getBucketBasedFacets("f" + i);
      if (buckets != null) {
        for (BucketJsonFacet b : buckets.getBuckets()) {
          String value = String.valueOf(b.getVal());
          values.add(new FacetCount(value, value, b.getCount()));
        }
      }
      // As the embedded index orders them: most frequent first, equal counts by value.
      values.sort(
          (x, y) ->
              x.count() != y.count()
                  ? Long.compare(y.count(), x.count())
                  : new BytesRef(x.value()).compareTo(new BytesRef(y.value())));
      byDimension.put(dimensions.get(i).name(), values);
    }
    return new Matches(top, new Counted(total, byDimension));
  }

  private List<Ranked> top(QueryResponse r) {
    List<Ranked> top = new ArrayList<>();
    for (SolrDocument doc : r.getResults()) {
      top.add(new Ranked(ranked.size(), ((Number) doc.getFieldValue("score")).floatValue()));
      ranked.add(doc);
    }
    return top;
  }

  private void keepSnippets(QueryResponse r, Query highlighted) {
    Map<String, Map<String, List<String>>> found = r.getHighlighting();
    if (found == null) {
      return;
    }
    snippetsOf = highlighted;
    for (SolrDocument doc : r.getResults()) {
      String id = (String) doc.getFirstValue(Schema.ID);
      snippets.put(id, joined(found.get(id)));
    }
  }

  /** Solr's knn parser over the same field; the filter goes in as a filter query, which knn applies first. */
  @Override
  public List<Ranked> nearest(float[] vector, int k, Query filter) throws IOException {
    // As the embedded index does: at least NEAREST_CANDIDATES, and where the filter leaves few
    // enough documents, all of them, which makes each shard compare every one (exact), so both
    // engines find the same passages however their graphs were built.
    int candidates = Math.max(Math.max(1, k), NEAREST_CANDIDATES);
    long filtered = count(filter);
    if (filtered <= NEAREST_EXACT_UP_TO) {
      candidates = Math.max(candidates, (int) filtered);
    }
    ModifiableSolrParams p = query(filter);
    p.add("fq", p.get("q"));
    StringBuilder v = new StringBuilder("[");
    for (int i = 0; i < vector.length; i++) {
      v.append(i == 0 ? "" : ",").append(vector[i]);
    }
    p.set("q", "{!knn f=" + Schema.VECTOR + " topK=" + candidates + "}" + v.append(']'));
    p.set("rows", Math.max(1, k));
    p.set("fl", "*,score");
    return top(send(p));
  }

  @Override
  public long count(Query query) throws IOException {
    ModifiableSolrParams p = query(query);
    p.set("rows", 0);
    return send(p).getResults().getNumFound();
  }

  @Override
  public Map<String, Long> spelledLike(String word) throws IOException {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    p.set("rows", 0);
    p.set("spellcheck", true);
    p.set("spellcheck.q", word.toLowerCase(Locale.ROOT));
    p.set("spellcheck.count", SPELLING_CANDIDATES);
    p.set("spellcheck.extendedResults", true);
    SpellCheckResponse spelling = send(p).getSpellCheckResponse();
    Map<String, Long> near = new HashMap<>();
    if (spelling != null && !spelling.getSuggestions().isEmpty()) {
      SpellCheckResponse.Suggestion s = spelling.getSuggestions().get(0);
      for (int i = 0; i < s.getAlternatives().size(); i++) {
        near.put(s.getAlternatives().get(i), (long) s.getAlternativeFrequencies().get(i));
      }
    }
    return near;
  }

  @Override
  public boolean[] matches(Query query, List<Ranked> docs) throws IOException {
    boolean[] matches = new boolean[docs.size()];
    if (docs.isEmpty()) {
      return matches;
    }
    ModifiableSolrParams p = query(query);
    p.add("fq", "{!terms f=" + Schema.ID + " v=$cs_ids}");
    p.set("cs_ids", String.join(",", idsOf(docs)));
    p.set("rows", docs.size());
    p.set("fl", Schema.ID);
    Set<String> matched = new HashSet<>();
    for (SolrDocument d : send(p).getResults()) {
      matched.add((String) d.getFirstValue(Schema.ID));
    }
    for (int i = 0; i < docs.size(); i++) {
      matches[i] = matched.contains(idsOf(List.of(docs.get(i))).get(0));
    }
    return matches;
  }

  @Override
  public List<String> highlight(Query query, List<Ranked> docs, List<Passage> passages) throws IOException {
    if (docs.isEmpty()) {
      return List.of();
    }
    List<String> ids = idsOf(docs);
    if (!query.equals(snippetsOf) || !snippets.keySet().containsAll(ids)) {
      ModifiableSolrParams p = new ModifiableSolrParams();
      p.set("q", "{!terms f=" + Schema.ID + " v=$cs_ids}");
      p.set("cs_ids", String.join(",", ids));
      p.set("rows", ids.size());
      p.set("fl", Schema.ID);
      markWith(p, query);
      snippets.clear();
      keepSnippets(send(p), query);
    }
    List<String> page = new ArrayList<>(ids.size());
    for (String id : ids) {
      page.add(snippets.get(id));
    }
    return page;
  }

  /** Asks for the documents' text to be marked where {@code query} matches, as the embedded highlighter marks it. */
  private static void markWith(ModifiableSolrParams p, Query query) {
    // The highlighter marks matches in the text only; the unstemmed copy's matches (wildcards)
    // are shown in the text too, as the embedded index's highlighter shows them.
    SolrQueries marked = new SolrQueries("cs_h", Map.of(Schema.TEXT_WORDS, Schema.TEXT));
    p.set("hl", true);
    p.set("hl.q", marked.translate(query));
    marked.params().forEach(p::set);
    p.set("hl.method", "unified");
    p.set("hl.fl", Schema.TEXT);
    p.set("hl.requireFieldMatch", true);
    p.set("hl.snippets", 2);
    // Whole sentences, as the embedded highlighter cuts them: Solr reads 0 as the whole text and
    // lengthens passages towards any size above 1.
    p.set("hl.fragsize", 1);
    p.set("hl.maxAnalyzedChars", 100_000);
    p.set("hl.defaultSummary", true);
    p.set("hl.encoder", "html");
    p.set("hl.tag.pre", "<mark>");
    p.set("hl.tag.post", "</mark>");
    p.set("hl.tag.ellipsis", " … ");
  }

  private static String joined(Map<String, List<String>> fields) {
    List<String> s = fields == null ? null : fields.get(Schema.TEXT);
    return s == null || s.isEmpty() ? null : String.join(" … ", s);
  }

  @Override
  public List<Passage> passages(List<Ranked> docs) {
    List<Passage> passages = new ArrayList<>(docs.size());
    for (Ranked r : docs) {
      passages.add(schema.passageFrom(stored(ranked.get(r.doc()))));
    }
    return passages;
  }

  @Override
  public List<Passage> passages(Query query) throws IOException {
    List<Passage> passages = new ArrayList<>();
    for (SolrDocument d : all(query, Schema.ORDER + " asc," + Schema.ID + " asc")) {
      passages.add(schema.passageFrom(stored(d)));
    }
    return passages;
  }

  @Override
  public Map<String, Paper> papers(Collection<String> ids) throws IOException {
    Map<String, Paper> papers = new HashMap<>();
    if (ids.isEmpty()) {
      return papers;
    }
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "{!terms f=" + Schema.ID + " v=$cs_ids}");
    p.set("cs_ids", String.join(",", ids));
    SolrQueries papersOnly = new SolrQueries("cs_p");
    p.add("fq", papersOnly.translate(schema.papersOnly()));
    papersOnly.params().forEach(p::set);
    p.set("rows", ids.size());
    for (SolrDocument d : send(p).getResults()) {
      Paper paper = schema.paperFrom(stored(d));
      papers.put(paper.id(), paper);
    }
    return papers;
  }

  @Override
  public Optional<Paper> paper(String idOrSource) throws IOException {
    for (String field : List.of(Schema.ID, Schema.SOURCE)) {
      ModifiableSolrParams p = new ModifiableSolrParams();
      p.set("q", "{!term f=" + field + " v=$value}");
      p.set("value", idOrSource);
      SolrQueries papersOnly = new SolrQueries("cs_p");
      p.add("fq", papersOnly.translate(schema.papersOnly()));
      papersOnly.params().forEach(p::set);
      p.set("rows", 1);
      SolrDocumentList found = send(p).getResults();
      if (!found.isEmpty()) {
        return Optional.of(schema.paperFrom(stored(found.get(0))));
      }
    }
    return Optional.empty();
  }

  @Override
  public List<Paper> papers() throws IOException {
    List<Paper> papers = new ArrayList<>();
    for (SolrDocument d : all(schema.papersOnly(), Schema.ID + " asc")) {
      papers.add(schema.paperFrom(stored(d)));
    }
    return papers;
  }

  /** Every document {@code query} matches, read a page at a time with a cursor. */
  private List<SolrDocument> all(Query query, String sort) throws IOException {
    List<SolrDocument> docs = new ArrayList<>();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      ModifiableSolrParams p = query(query);
      p.set("rows", PAGE);
      p.set("sort", sort);
      p.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse r = send(p);
      docs.addAll(r.getResults());
      String next = r.getNextCursorMark();
      if (next == null || next.equals(cursor)) {
        return docs;
      }
      cursor = next;
    }
  }

  private ModifiableSolrParams query(Query query) {
    SolrQueries solr = new SolrQueries("cs_q");
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", solr.translateMain(query));
    solr.params().forEach(p::set);
    return p;
  }

  private List<String> idsOf(List<Ranked> docs) {
    List<String> ids = new ArrayList<>(docs.size());
    for (Ranked r : docs) {
      ids.add((String) ranked.get(r.doc()).getFirstValue(Schema.ID));
    }
    return ids;
  }

  private QueryResponse send(ModifiableSolrParams params) {
    try {
      // Posted: a translated query has a parameter per clause and outgrows a URL.
      return SolrCluster.send(() -> cluster.client().query(collection, params, SolrRequest.METHOD.POST), SolrCluster.READ_PAUSES);
    } catch (SolrServerException | IOException | SolrException e) {
      throw cluster.failure("cannot search collection \"" + collection + "\"", e);
    }
  }

  /**
   * The stored values of a Solr document as the Lucene document {@link Schema} reads papers and
   * passages from, so that both backends read them back through one piece of code.
   */
  private static Document stored(SolrDocument solr) {
    Document doc = new Document();
    for (String field : solr.getFieldNames()) {
      for (Object value : solr.getFieldValues(field)) {
        if (value instanceof Integer i) {
          doc.add(new StoredField(field, i));
        } else if (value instanceof Long l) {
          doc.add(new StoredField(field, l));
        } else if (value instanceof Float f) {
          doc.add(new StoredField(field, f));
        } else if (value != null) {
          doc.add(new StoredField(field, value.toString()));
        }
      }
    }
    return doc;
  }
}
