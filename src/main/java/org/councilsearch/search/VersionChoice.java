package org.councilsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.councilsearch.index.Schema;
import org.councilsearch.model.Hit;
import org.councilsearch.model.Paper;
import org.councilsearch.model.ParagraphVersion;
import org.councilsearch.model.Passage;

/**
 * One hit per paragraph, whatever languages it exists in. Of the versions of a paragraph that a
 * search ranks, the best ranked one stands for all: a query matches its own language best, so that
 * is the query's language when the paragraph has a version in it. When the reader chose a language,
 * the hit is shown in that language where the paragraph has a version in it, saying in which
 * version it was found ("found in the English version, ¶12"). Every hit names the same paragraph's
 * other versions.
 */
final class VersionChoice {
  private final Schema schema;

  VersionChoice(Schema schema) {
    this.schema = schema;
  }

  /**
   * The hits, best first, with the versions of a paragraph ranked below its first kept out, each
   * shown in {@code chosen} (an ISO 639-1 code, or null for the best ranked version).
   */
  List<Hit> arrange(IndexView view, VersionLinks links, List<Hit> hits, String chosen) throws IOException {
    if (links.linkedPassages() == 0) {
      return hits;
    }
    Set<String> covered = new HashSet<>();
    List<Hit> kept = new ArrayList<>();
    Map<Integer, ParagraphVersion> switched = new HashMap<>();
    for (Hit hit : hits) {
      if (!covered.add(hit.id())) {
        continue;
      }
      List<ParagraphVersion> versions = links.passageVersions(hit.id());
      versions.forEach(v -> covered.add(v.id()));
      if (chosen != null) {
        for (ParagraphVersion v : versions) {
          if (v.language().equals(chosen) && !chosen.equals(links.languageOf(hit.paperId()))) {
            switched.put(kept.size(), v);
          }
        }
      }
      kept.add(hit.withVersions(versions));
    }
    return switched.isEmpty() ? kept : switched(view, links, kept, switched);
  }

  /** The hits with those at the given ranks shown in the version they switch to. */
  private List<Hit> switched(
      IndexView view, VersionLinks links, List<Hit> hits, Map<Integer, ParagraphVersion> switched)
      throws IOException {
    List<BytesRef> ids = new ArrayList<>();
    switched.values().forEach(v -> ids.add(new BytesRef(v.id())));
    List<Passage> found =
        view.passages(
            new BooleanQuery.Builder()
                .add(new TermInSetQuery(Schema.ID, ids), Occur.MUST)
                .add(schema.passagesOnly(), Occur.FILTER)
                .build());
    Map<String, Passage> byId = new HashMap<>();
    Set<String> paperIds = new HashSet<>();
    for (Passage p : found) {
      byId.put(p.id(), p);
      paperIds.add(p.paperId());
    }
    Map<String, Paper> papers = view.papers(paperIds);
    List<Hit> shown = new ArrayList<>(hits);
    for (Map.Entry<Integer, ParagraphVersion> e : switched.entrySet()) {
      Hit was = hits.get(e.getKey());
      Passage p = byId.get(e.getValue().id());
      Paper paper = p == null ? null : papers.get(p.paperId());
      if (paper == null) {
        continue;
      }
      String where =
          "found in the "
              + LanguageNames.name(links.languageOf(was.paperId()))
              + " version"
              + (was.paragraph() != null ? ", ¶" + was.paragraph() : "");
      Hit hit = Hit.of(paper, p, was.score(), SearchService.lead(p.text())).withVersions(links.passageVersions(p.id()));
      hit = hit.withNote(was.note() == null ? where : where + "; " + was.note());
      shown.set(e.getKey(), was.meaningOnly() ? hit.foundByMeaningOnly() : hit);
    }
    return shown;
  }
}
