package org.councilsearch.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.councilsearch.index.PaperIndexer;
import org.councilsearch.index.ReadableIndex;
import org.councilsearch.index.Schema;
import org.councilsearch.ingest.ExtractionLimits;
import org.councilsearch.ingest.OcrSettings;
import org.councilsearch.ingest.PaperReader;
import org.councilsearch.ingest.TikaExtractor;
import org.councilsearch.ingest.structure.PaperParser;
import org.councilsearch.nlp.DateFinder;
import org.councilsearch.nlp.EntityTagger;
import org.councilsearch.nlp.Gazetteer;
import org.councilsearch.nlp.NlpModels;
import org.councilsearch.nlp.OpenNlpTagger;
import org.councilsearch.model.SolrLocation;
import org.councilsearch.search.AskingWords;
import org.councilsearch.search.CollaborationFinder;
import org.councilsearch.search.EntityCatalog;
import org.councilsearch.search.LuceneIndex;
import org.councilsearch.search.PassageIndex;
import org.councilsearch.search.SolrIndex;
import org.councilsearch.search.PaperCatalog;
import org.councilsearch.search.QueryInterpreter;
import org.councilsearch.search.QueryReader;
import org.councilsearch.search.SubjectAcronyms;
import org.councilsearch.search.SearchService;

/**
 * The composition root: builds the pipeline's parts once and hands them out. The command line and
 * the web server get everything they use from here, so no part reaches for a global.
 */
public final class Services {
  private final Schema schema = new Schema();
  private final Clock clock;
  private final int workers;
  private Gazetteer gazetteer;
  private SubjectAcronyms subjects;
  private EntityTagger tagger;

  /**
   * @param clock the time source for index timestamps
   * @param workers how many files are read at once while indexing
   */
  public Services(Clock clock, int workers) {
    this.clock = clock;
    this.workers = workers;
  }

  /** Services for this machine: the system clock, one indexing worker per core. */
  public static Services forThisMachine() {
    return new Services(Clock.systemUTC(), Runtime.getRuntime().availableProcessors());
  }

  public Schema schema() {
    return schema;
  }

  /** The clock that stamps commits and names rebuilt collections. */
  public Clock clock() {
    return clock;
  }

  /**
   * An indexer that reads files within {@code limits} and tags every paper it reads; Tika's
   * parsers and the tagging models load only once there is a paper to read, in the background.
   */
  public PaperIndexer indexer(ExtractionLimits limits) {
    return indexer(limits, OcrSettings.DEFAULTS);
  }

  /** An indexer that reads files within {@code limits} and scans as {@code ocr} says, and tags every paper. */
  public PaperIndexer indexer(ExtractionLimits limits, OcrSettings ocr) {
    return indexer(limits, ocr, new BackgroundTagger(this::tagger));
  }

  /** An indexer with the given tagger; {@link EntityTagger#NONE} indexes text alone. */
  public PaperIndexer indexer(ExtractionLimits limits, EntityTagger tagger) {
    return indexer(limits, OcrSettings.DEFAULTS, tagger);
  }

  /**
   * An indexer that reads scans as {@code ocr} says, with the given tagger; Tika's parsers are
   * built in the background once there is a paper to read.
   */
  public PaperIndexer indexer(ExtractionLimits limits, OcrSettings ocr, EntityTagger tagger) {
    PaperReader reader =
        new PaperReader(new BackgroundExtractor(() -> new TikaExtractor(limits, ocr)), new PaperParser());
    return new PaperIndexer(schema, reader, tagger, workers, clock);
  }

  /** A reader of single files (extraction, clean-up, structure), as the indexer uses. */
  public PaperReader reader(ExtractionLimits limits) {
    return reader(limits, OcrSettings.DEFAULTS);
  }

  /** A reader of single files that reads scans as {@code ocr} says. */
  public PaperReader reader(ExtractionLimits limits, OcrSettings ocr) {
    return new PaperReader(new TikaExtractor(limits, ocr), new PaperParser());
  }

  /** How many files are read at once while indexing. */
  public int workers() {
    return workers;
  }

  /** The curated organizations and places, read once. */
  public synchronized Gazetteer gazetteer() {
    if (gazetteer == null) {
      gazetteer = Gazetteer.load();
    }
    return gazetteer;
  }

  /** The curated subject acronyms (FGM, PSEA ...), read once. */
  public synchronized SubjectAcronyms subjectAcronyms() {
    if (subjects == null) {
      subjects = SubjectAcronyms.load();
    }
    return subjects;
  }

  /** The entity tagger; its models are loaded once, on first use, as loading takes a while. */
  public synchronized EntityTagger tagger() {
    if (tagger == null) {
      tagger = new OpenNlpTagger(NlpModels.load(), gazetteer(), new DateFinder());
    }
    return tagger;
  }

  /**
   * Opens the index at {@code dir} for searching and reading papers.
   *
   * @throws org.councilsearch.index.IndexUnavailableException when there is no index there
   */
  public Searching open(Path dir) {
    return open(dir, SearchService.CACHED_SEARCHES);
  }

  /**
   * Opens the index at {@code dir}, keeping {@code cachedSearches} searches' results per index
   * reader (0 for none, to measure every search afresh).
   *
   * @throws org.councilsearch.index.IndexUnavailableException when there is no index there
   */
  public Searching open(Path dir, int cachedSearches) {
    return searching(new LuceneIndex(ReadableIndex.open(dir, schema.similarity()), schema, cachedSearches), cachedSearches);
  }

  /**
   * Opens the SolrCloud collection (or alias) at {@code location} for searching and reading
   * papers, with the same query understanding as the embedded index.
   *
   * @throws org.councilsearch.index.SolrUnavailableException when it cannot be used, with what to do
   */
  public Searching open(SolrLocation location) {
    return open(location, SearchService.CACHED_SEARCHES);
  }

  /**
   * Opens the collection at {@code location}, keeping {@code cachedReadings} queries' readings (0
   * for none, to measure every search afresh); the collection's own caches are Solr's.
   *
   * @throws org.councilsearch.index.SolrUnavailableException when it cannot be used, with what to do
   */
  public Searching open(SolrLocation location, int cachedReadings) {
    return searching(SolrIndex.open(location, schema), cachedReadings);
  }

  /**
   * The searches, papers, entities and collaborations of {@code index}, which closing them closes,
   * keeping {@code cachedReadings} queries' readings.
   */
  private Searching searching(PassageIndex index, int cachedReadings) {
    PaperCatalog catalog = new PaperCatalog(index, schema);
    Gazetteer names = gazetteer();
    QueryReader reader =
        new QueryReader(schema, spelling -> names.nameOf(spelling).orElse(spelling));
    QueryInterpreter interpreter = new QueryInterpreter(names, subjectAcronyms(), AskingWords.english());
    EntityCatalog entities = new EntityCatalog(index, schema, names);
    return new Searching(
        index,
        catalog,
        new SearchService(index, schema, interpreter, reader, catalog, names, cachedReadings),
        entities,
        new CollaborationFinder(entities, homeOrganization(names)));
  }

  /**
   * The papers' own organization and its units, whose names stand for "us" in a collaboration.
   * The bundled papers are IOM's; an archive of another organization changes these two names.
   */
  private static Set<String> homeOrganization(Gazetteer names) {
    Set<String> home = new HashSet<>();
    for (String body : List.of("International Organization for Migration", "Gender Coordination Unit")) {
      names.organization(body).ifPresent(o -> home.add(o.name()));
      names.predecessors(body).forEach(o -> home.add(o.name()));
      names.successors(body).forEach(o -> home.add(o.name()));
    }
    return home;
  }

  /** What is open on one index; closing it closes the index. */
  public record Searching(
      PassageIndex index,
      PaperCatalog catalog,
      SearchService search,
      EntityCatalog entities,
      CollaborationFinder collaborations)
      implements AutoCloseable {
    @Override
    public void close() throws java.io.IOException {
      index.close();
    }
  }
}
