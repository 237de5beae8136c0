package org.councilsearch.backend.solr;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CursorMarkParams;
import org.councilsearch.index.FieldedDocument;
import org.councilsearch.index.PaperStore;
import org.councilsearch.index.Schema;
import org.councilsearch.index.SolrUnavailableException;
import org.councilsearch.index.VectorTarget;
import org.councilsearch.model.Paper;
import org.councilsearch.model.Passage;

/**
 * A SolrCloud collection as a {@link PaperStore}, and as the {@link VectorTarget} that the vector
 * pass gives the passages' vectors to.
 *
 * <p>Each paper is replaced in one update request (its paper document and all its passages, and
 * the deletion of whatever else it had), so a reader never finds half a paper; papers are routed
 * to shards by paper id. Ids are generated (hex digits, dashes), so they need no quoting. The run is committed once at the end. An everyday run writes to the collection (or alias)
 * named; a rebuild ({@code full}) writes to a new collection and, once that is committed, points
 * the alias at it and deletes the collections it replaced, so readers see the whole old archive
 * or the whole new one, never half. A rebuild that fails deletes its new collection.
 *
 * <p>A request that fails while a node restarts is tried again for a while; if the cluster still
 * does not take it, the run ends with one message. Papers already written stay whole, and the next
 * run, which reads the hashes back from the collection, writes the rest.
 *
 * <p>A collection has no snapshot to read from: the vector pass reads each paper as the collection
 * holds it when it gets to that paper, and writes it back with its vectors.
 */
final class SolrPaperStore implements VectorTarget {
  /** Pauses between tries of a failed request, in milliseconds: some 30 s in all. */
  private static final long[] RETRY_PAUSES = {500, 1000, 2000, 4000, 8000, 15000};

  private static final int PAGE = 1000;

  private final SolrCluster cluster;
  private final Schema schema;
  private final SolrSchema solr;
  private final String name;
  private final String target;
  private final List<String> replaced;
  private final boolean full;
  private boolean committed;

  private SolrPaperStore(
      SolrCluster cluster,
      Schema schema,
      SolrSchema solr,
      String name,
      String target,
      List<String> replaced,
      boolean full) {
    this.cluster = cluster;
    this.schema = schema;
    this.solr = solr;
    this.name = name;
    this.target = target;
    this.replaced = replaced;
    this.full = full;
  }

  /**
   * Opens collection or alias {@code name} for one run; the store owns {@code cluster} from then
   * on and closes it with itself.
   *
   * @param full build a new collection behind alias {@code name} instead of updating it
   * @param shards shards of a new collection
   * @param replicas replicas of each shard of a new collection
   * @throws SolrUnavailableException when the cluster does not answer, when {@code name} is missing
   *     (everyday run) or another schema built it, or when {@code name} is a collection that a
   *     rebuild cannot put behind an alias
   */
  static SolrPaperStore open(
      SolrCluster cluster,
      Schema schema,
      String name,
      boolean full,
      int shards,
      int replicas,
      Clock clock) {
    SolrSchema solr = new SolrSchema(schema);
    if (!full) {
      cluster.checkSchema(name);
      return new SolrPaperStore(cluster, schema, solr, name, name, List.of(), false);
    }
    if (cluster.isCollection(name)) {
      throw SolrUnavailableException.failed(
          "\""
              + name
              + "\" is a collection, and a rebuild swaps in a new collection behind an alias of"
              + " that name; delete that collection or choose another --collection",
          null);
    }
    List<String> replaced = cluster.isAlias(name) ? cluster.collectionsOf(name) : List.of();
    String target = cluster.createCollection(name, solr, shards, replicas, clock);
    return new SolrPaperStore(cluster, schema, solr, name, target, replaced, true);
  }

  @Override
  public Map<String, StoredPaper> storedPapers() {
    if (full) {
      return Map.of();
    }
    Map<String, StoredPaper> papers = new HashMap<>();
    SolrQuery query =
        new SolrQuery(Schema.TYPE + ":" + Schema.TYPE_PAPER)
            .setFields(Schema.ID, Schema.SOURCE, Schema.HASH)
            .setSort(Schema.ID, SolrQuery.ORDER.asc);
    each(
        query,
        "cannot read the papers of collection \"" + name + "\"",
        doc -> {
          String source = (String) doc.getFirstValue(Schema.SOURCE);
          papers.put(
              source,
              new StoredPaper((String) doc.getFirstValue(Schema.ID), source, (String) doc.getFirstValue(Schema.HASH)));
        });
    return papers;
  }

  /** The papers whose passages lack a vector, by paper id, reading only the passages' paper ids. */
  @Override
  public Map<String, Integer> lackingVectors() {
    Query lacking =
        new BooleanQuery.Builder()
            .add(schema.passagesOnly(), Occur.FILTER)
            .add(schema.withVector(), Occur.MUST_NOT)
            .build();
    SolrQueries translated = new SolrQueries("cs_q");
    SolrQuery query = new SolrQuery(translated.translate(lacking)).setFields(Schema.PAPER);
    translated.params().forEach(query::set);
    query.setSort(Schema.PAPER, SolrQuery.ORDER.asc).addSort(Schema.ID, SolrQuery.ORDER.asc);
    Map<String, Integer> byPaper = new LinkedHashMap<>();
    each(
        query,
        "cannot read which passages of collection \"" + name + "\" lack a vector",
        doc -> byPaper.merge((String) doc.getFirstValue(Schema.PAPER), 1, Integer::sum));
    return byPaper;
  }

  /** The paper and its passages as the collection holds them now, read as searches read them. */
  @Override
  public Optional<Content> read(String paperId) throws IOException {
    SolrView view = new SolrView(cluster, target, schema);
    Optional<Paper> paper = view.paper(paperId);
    if (paper.isEmpty()) {
      return Optional.empty();
    }
    Query passages =
        new BooleanQuery.Builder()
            .add(schema.passagesOnly(), Occur.FILTER)
            .add(new TermQuery(schema.paperTerm(paperId)), Occur.FILTER)
            .build();
    List<Passage> read = view.passages(passages);
    return Optional.of(new Content(paper.get(), read));
  }

  /** Hands {@code consumer} every document {@code query} matches, a page at a time with a cursor. */
  private void each(SolrQuery query, String what, Consumer<SolrDocument> consumer) {
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    query.setRows(PAGE);
    while (true) {
      query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse page = query(query, what);
      page.getResults().forEach(consumer);
      String next = page.getNextCursorMark();
      if (next == null || next.equals(cursor)) {
        return;
      }
      cursor = next;
    }
  }

  @Override
  public void replace(StoredPaper paper, FieldedDocument paperDoc, List<FieldedDocument> passages)
      throws IOException {
    // Solr applies a request's additions before its deletions, so the deletion spares the ids
    // being added: whatever the order, the paper ends up with exactly these documents.
    UpdateRequest update = new UpdateRequest();
    List<String> ids = new ArrayList<>(passages.size() + 1);
    update.add(solr.document(paperDoc));
    ids.add(paper.id());
    for (FieldedDocument passage : passages) {
      update.add(solr.document(passage));
      ids.add((String) passage.value(Schema.ID));
    }
    update.deleteByQuery(
        "+" + byPaper(paper.id()) + " -{!terms f=" + Schema.ID + " v='" + String.join(",", ids) + "'}");
    send(update, "paper " + paper.source());
  }

  @Override
  public void remove(String paperId) throws IOException {
    UpdateRequest update = new UpdateRequest();
    update.deleteByQuery(byPaper(paperId));
    send(update, "the removal of paper " + paperId);
  }

  @Override
  public Totals commit() throws IOException {
    UpdateRequest commit = new UpdateRequest();
    commit.setAction(UpdateRequest.ACTION.COMMIT, true, true);
    send(commit, "the commit");
    if (full) {
      cluster.pointAlias(name, target);
      committed = true;
      for (String old : replaced) {
        cluster.deleteCollection(old);
      }
    }
    committed = true;
    return new Totals((int) count(Schema.TYPE_PAPER), count(Schema.TYPE_PASSAGE));
  }

  /** Deletes the new collection of a rebuild that did not commit, then lets go of the cluster. */
  @Override
  public void close() {
    try {
      if (full && !committed) {
        cluster.deleteCollection(target);
      }
    } catch (SolrUnavailableException e) {
      // The cluster is down: the half-built collection is left for the operator, and the
      // alias still points at the old one, so readers are not affected.
    } finally {
      cluster.close();
    }
  }

  private long count(String type) {
    SolrQuery query = new SolrQuery(Schema.TYPE + ":" + type).setRows(0);
    return query(query, "cannot count the documents of collection \"" + name + "\"")
        .getResults()
        .getNumFound();
  }

  private QueryResponse query(SolrQuery query, String what) {
    try {
      return SolrCluster.send(() -> cluster.client().query(target, query), SolrCluster.READ_PAUSES);
    } catch (SolrServerException | IOException | SolrException e) {
      throw cluster.failure(what, e);
    }
  }

  private static String byPaper(String paperId) {
    return Schema.PAPER + ":" + ClientUtils.escapeQueryChars(paperId);
  }

  /** Sends {@code update}, trying again while a node restarts or a shard elects a new leader. */
  private void send(UpdateRequest update, String what) {
    try {
      SolrCluster.send(() -> update.process(cluster.client(), target), RETRY_PAUSES);
    } catch (SolrServerException | IOException | SolrException last) {
      throw SolrUnavailableException.failed(
          "the SolrCloud at "
              + cluster.nodes()
              + " did not take "
              + what
              + " ("
              + SolrCluster.firstLine(String.valueOf(last.getMessage()))
              + "); papers written so far are whole, and running the same command again once the"
              + " cluster is back writes the rest",
          last);
    }
  }
}
