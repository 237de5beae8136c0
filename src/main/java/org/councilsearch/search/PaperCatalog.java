package org.councilsearch.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.councilsearch.index.Schema;
import org.councilsearch.model.Paper;
import org.councilsearch.model.PaperContent;

/** Reads whole papers back from the index, for show, export and citation. Thread-safe. */
public final class PaperCatalog {
  private static final Comparator<Paper> BY_YEAR_THEN_TITLE =
      Comparator.comparing(
              (Paper p) -> p.metadata().year(), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(p -> p.metadata().title())
          .thenComparing(Paper::source);

  private final PassageIndex index;
  private final Schema schema;
  private final Translations translations;

  public PaperCatalog(PassageIndex index, Schema schema) {
    this.index = index;
    this.schema = schema;
    this.translations = new Translations(schema);
  }

  /** The language versions of the papers, linked paragraph by paragraph. */
  public VersionLinks versionLinks() {
    return index.read(translations::links);
  }

  /** The links as {@code view} sees them. */
  VersionLinks versionLinks(IndexView view) throws java.io.IOException {
    return translations.links(view);
  }

  /**
   * One paper with its passages and its language versions, named by its id or its source file
   * name: what show, export and the paper page present.
   *
   * @throws PaperNotFoundException when no paper has that id or name
   */
  public PaperView view(String idOrSource) {
    return index.read(view -> PaperView.of(content(view, idOrSource), translations.links(view)));
  }

  /** Every indexed paper, oldest first. */
  public List<Paper> papers() {
    return index.read(
        view -> {
          List<Paper> papers = new ArrayList<>(view.papers());
          papers.sort(BY_YEAR_THEN_TITLE);
          return papers;
        });
  }

  /** How many papers the index holds. */
  public int paperCount() {
    return index.read(view -> (int) view.count(schema.papersOnly()));
  }

  /** How many passages the index holds. */
  public int passageCount() {
    return index.read(view -> (int) view.count(schema.passagesOnly()));
  }

  /**
   * One paper with its passages, named by its id or its source file name.
   *
   * @throws PaperNotFoundException when no paper has that id or name
   */
  public PaperContent content(String idOrSource) {
    return index.read(view -> content(view, idOrSource));
  }

  private PaperContent content(IndexView view, String idOrSource) throws java.io.IOException {
    Paper paper = find(view, idOrSource);
    Query passages =
        new BooleanQuery.Builder()
            .add(new TermQuery(schema.paperTerm(paper.id())), Occur.MUST)
            .add(schema.passagesOnly(), Occur.FILTER)
            .build();
    return new PaperContent(paper, view.passages(passages));
  }

  /**
   * The id of the paper named by its id or file name.
   *
   * @throws PaperNotFoundException when there is none
   */
  public String paperId(String idOrSource) {
    return index.read(view -> find(view, idOrSource).id());
  }

  private static Paper find(IndexView view, String idOrSource) throws java.io.IOException {
    return view.paper(idOrSource)
        .orElseThrow(
            () ->
                new PaperNotFoundException(
                    "no paper '" + idOrSource + "' in the index; list papers with: council-search export",
                    idOrSource));
  }
}
