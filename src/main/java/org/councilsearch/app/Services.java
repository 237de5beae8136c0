package org.councilsearch.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.councilsearch.batch.BatchRunner;
import org.councilsearch.batch.BatchSearches;
import org.councilsearch.export.ResultExport;
import org.councilsearch.nlp.LineRoleModel;
import org.councilsearch.registry.RegisteredOrganization;
import org.councilsearch.registry.Registry;
import org.councilsearch.saved.SavedSearches;
import org.councilsearch.state.StateDatabase;
import org.councilsearch.backend.Backend;
import org.councilsearch.backend.lucene.LuceneBackend;
import org.councilsearch.backend.solr.SolrBackend;
import org.councilsearch.index.LanguageAnalysis;
import org.councilsearch.index.PaperIndexer;
import org.councilsearch.index.Schema;
import org.councilsearch.index.VectorPass;
import org.councilsearch.index.VectorStore;
import org.councilsearch.index.VectorTarget;
import org.councilsearch.ingest.ExtractionLimits;
import org.councilsearch.ingest.OcrSettings;
import org.councilsearch.ingest.PaperReader;
import org.councilsearch.ingest.TikaExtractor;
import org.councilsearch.ingest.structure.PaperParser;
import org.councilsearch.nlp.DateFinder;
import org.councilsearch.nlp.EmbedderSettings;
import org.councilsearch.nlp.EntityTagger;
import org.councilsearch.nlp.Gazetteer;
import org.councilsearch.nlp.MiniLmEmbedder;
import org.councilsearch.nlp.NlpModels;
import org.councilsearch.nlp.OpenNlpLanguages;
import org.councilsearch.nlp.OpenNlpTagger;
import org.councilsearch.nlp.PaperLanguages;
import org.councilsearch.search.AskingWords;
import org.councilsearch.search.YearWords;
import org.councilsearch.nlp.TextEmbedder;
import org.councilsearch.search.CollaborationFinder;
import org.councilsearch.search.EntityCatalog;
import org.councilsearch.search.PaperCatalog;
import org.councilsearch.search.PassageIndex;
import org.councilsearch.search.QueryInterpreter;
import org.councilsearch.search.QueryReader;
import org.councilsearch.search.SearchService;
import org.councilsearch.search.SubjectAcronyms;

/**
 * The composition root: builds the pipeline's parts once and hands them out. The command line and
 * the web server get everything they use from here, so no part reaches for a global.
 */
public final class Services {
  private final Schema schema = new Schema();
  private final Clock clock;
  private final int workers;
  private final LoadedInBackground<Gazetteer> gazetteer =
      new LoadedInBackground<>(Gazetteer::load, "load-gazetteer");
  private final LoadedInBackground<SubjectAcronyms> subjects =
      new LoadedInBackground<>(SubjectAcronyms::load, "load-subject-acronyms");
  private final LoadedInBackground<EntityTagger> tagging;
  private final LoadedInBackground<PaperLanguages> languages =
      new LoadedInBackground<>(OpenNlpLanguages::load, "load-language-model");
  private MiniLmEmbedder embedder;

  /** The languages a query is told among: English and each language with an analysis of its own. */
  private static final Set<String> COUNCIL_LANGUAGES =
      Stream.concat(Stream.of("en"), LanguageAnalysis.ALL.stream().map(LanguageAnalysis::language))
          .collect(Collectors.toUnmodifiableSet());

  /**
   * Builds every part once. What is slow to read (the curated names, the tagging models) is read
   * on first demand, in the background where indexing can overlap it, and never for a command that
   * does not need it.
   *
   * @param clock the time source for index timestamps
   * @param workers how many files are read at once while indexing
   */
  public Services(Clock clock, int workers) {
    this.clock = clock;
    this.workers = workers;
    this.tagging =
        new LoadedInBackground<>(
            () -> new OpenNlpTagger(NlpModels.load(), gazetteer.get(), new DateFinder()),
            "load-tagging-models");
  }

  /** Services for this machine: the system clock, one indexing worker per core. */
  public static Services forThisMachine() {
    return new Services(Clock.systemUTC(), Runtime.getRuntime().availableProcessors());
  }

  /** The one schema both engines are built from. */
  public Schema schema() {
    return schema;
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
    return indexer(limits, ocr, new BackgroundTagger(tagging));
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
    return indexer(limits, ocr, tagger, null);
  }

  /**
   * An indexer that writes passages whose text {@code vectors} holds with their vector at once;
   * null writes them all without.
   */
  public PaperIndexer indexer(ExtractionLimits limits, OcrSettings ocr, EntityTagger tagger, VectorStore vectors) {
    PaperReader reader =
        new PaperReader(new BackgroundExtractor(() -> new TikaExtractor(limits, ocr)), new PaperParser(LineRoleModel.shipped()));
    return new PaperIndexer(
        schema,
        reader,
        tagger,
        workers,
        clock,
        PaperIndexer.MAX_TAGGED_CHARS,
        vectors,
        new BackgroundLanguages(languages));
  }

  /** The tagger that indexing uses: the models load in the background once a paper needs them. */
  public EntityTagger backgroundTagger() {
    return new BackgroundTagger(tagging);
  }

  /** The sentence-embedding model; loaded once, on first use (about a second). */
  public synchronized TextEmbedder embedder() {
    if (embedder == null) {
      embedder = new MiniLmEmbedder(EmbedderSettings.DEFAULT);
    }
    return embedder;
  }

  /**
   * Opens the vector store beside the embedded index at {@code indexDir} for one run, which closes
   * it.
   *
   * @throws org.councilsearch.index.IndexUnavailableException when another run has it open
   */
  public VectorStore openVectors(Path indexDir) throws IOException {
    return openVectors(new IndexConfig.Embedded(indexDir));
  }

  /**
   * Opens the vector store of the index at {@code where} for one run, which closes it: beside an
   * embedded index, in the state directory of a collection.
   *
   * @throws org.councilsearch.index.IndexUnavailableException when another run has it open
   */
  public VectorStore openVectors(IndexConfig where) throws IOException {
    TextEmbedder model = embedder();
    return VectorStore.open(vectorsDir(where), model.modelId(), model.dimensions());
  }

  /** Where the vectors of the index at {@code where} are kept: they outlive the index itself. */
  public static Path vectorsDir(IndexConfig where) {
    if (where instanceof IndexConfig.SolrCloud solr) {
      return solr.stateDir().resolve("vectors");
    }
    return VectorStore.beside(((IndexConfig.Embedded) where).dir());
  }

  /**
   * Opens the embedded index at {@code indexDir} for the vector pass; the caller closes it.
   *
   * @throws org.councilsearch.index.IndexUnavailableException when it is not an index or is locked
   */
  public VectorTarget openVectorTarget(Path indexDir) throws IOException {
    return openVectorTarget(new IndexConfig.Embedded(indexDir));
  }

  /**
   * Opens the index at {@code where} for the vector pass; the caller closes it.
   *
   * @throws org.councilsearch.index.IndexUnavailableException when it is not an index or is locked
   * @throws org.councilsearch.index.SolrUnavailableException when the collection cannot be used
   */
  public VectorTarget openVectorTarget(IndexConfig where) throws IOException {
    return backend(where).openVectorTarget();
  }

  /** The vector pass, with the sentence-embedding model. */
  public VectorPass vectorPass() {
    return new VectorPass(schema, embedder(), clock);
  }

  /** A reader of single files (extraction, clean-up, structure), as the indexer uses. */
  public PaperReader reader(ExtractionLimits limits) {
    return reader(limits, OcrSettings.DEFAULTS);
  }

  /** A reader of single files that reads scans as {@code ocr} says. */
  public PaperReader reader(ExtractionLimits limits, OcrSettings ocr) {
    return new PaperReader(new TikaExtractor(limits, ocr), new PaperParser(LineRoleModel.shipped()));
  }

  /** How many files are read at once while indexing. */
  public int workers() {
    return workers;
  }

  /** The curated organizations and places, read once. */
  public Gazetteer gazetteer() {
    return gazetteer.get();
  }

  /** The curated subject acronyms (FGM, PSEA ...), read once. */
  public SubjectAcronyms subjectAcronyms() {
    return subjects.get();
  }

  /** The language detector the indexer uses, loaded on first demand. */
  public PaperLanguages languages() {
    return languages.get();
  }

  /** The entity tagger; its models are loaded once, on first use, as loading takes a while. */
  public EntityTagger tagger() {
    return tagging.get();
  }

  /**
   * The engine that holds the index at {@code where}: the one place an engine is chosen.
   * Nothing is opened until the backend is asked to.
   */
  public Backend backend(IndexConfig where) {
    if (where instanceof IndexConfig.SolrCloud solr) {
      return new SolrBackend(solr.location(), solr.shards(), solr.replicas(), schema, clock);
    }
    return new LuceneBackend(((IndexConfig.Embedded) where).dir(), schema, clock);
  }

  /**
   * Opens the index at {@code where} for searching and reading papers, with the same query
   * understanding on either engine.
   *
   * @throws org.councilsearch.index.IndexUnavailableException when there is no index there
   * @throws org.councilsearch.index.SolrUnavailableException when the collection cannot be used,
   *     with what to do
   */
  public Searching open(IndexConfig where) {
    return open(where, SearchService.CACHED_SEARCHES);
  }

  /**
   * Opens the index at {@code where}, keeping {@code cachedSearches} searches' results and
   * queries' readings (0 for none, to measure every search afresh); a collection's own caches
   * are Solr's.
   */
  public Searching open(IndexConfig where, int cachedSearches) {
    // Either engine is searched by meaning as far as its passages hold vectors.
    return searching(backend(where).openIndex(cachedSearches), cachedSearches);
  }

  /**
   * The searches, papers, entities and collaborations of {@code index}, which closing them closes,
   * keeping {@code cachedReadings} queries' readings.
   */
  private Searching searching(PassageIndex index, int cachedReadings) {
    // Queries are told apart by language (their stop words differ): the model loads meanwhile.
    languages.start();
    PaperCatalog catalog = new PaperCatalog(index, schema);
    Gazetteer names = gazetteer();
    QueryReader reader =
        new QueryReader(
            schema,
            spelling -> names.nameOf(spelling).orElse(spelling),
            query -> languages().languageOf(query, COUNCIL_LANGUAGES));
    QueryInterpreter interpreter = new QueryInterpreter(names, subjectAcronyms(), AskingWords.shipped(), YearWords.shipped());
    EntityCatalog entities = new EntityCatalog(index, schema, names);
    return new Searching(
        index,
        catalog,
        new SearchService(index, schema, interpreter, reader, catalog, names, cachedReadings, this::embedder),
        entities,
        new CollaborationFinder(entities, catalog, organization -> homeOrganization(names, organization), CollaborationFinder.shippedCues()));
  }

  /**
   * The names that stand for "us" in a paper of {@code organization}: the organization, its units
   * and organs, and their predecessors and successors, from the registry; an organization the
   * registry does not know stands for itself; a paper that names none is the house organization's.
   */
  private static Set<String> homeOrganization(Gazetteer names, String organization) {
    Registry registry = names.registry();
    Optional<String> canonical =
        organization == null
            ? registry.house().map(RegisteredOrganization::name)
            : names.nameOf(organization).or(() -> Optional.of(organization));
    if (canonical.isEmpty()) {
      return Set.of();
    }
    Set<String> home = new HashSet<>(registry.home(canonical.get()));
    home.add(canonical.get());
    return home;
  }

  /**
   * The saved and batch searches kept in {@code stateDir} (created when missing), running their
   * searches on what {@code searching} gives at the time: what a server keeps. Batches a previous
   * server left unfinished are marked interrupted, so only a server opens this.
   *
   * @throws org.councilsearch.state.StateUnavailableException when the directory or its database
   *     cannot be used
   */
  public UserState userState(Path stateDir, Supplier<Searching> searching) {
    StateDatabase db = StateDatabase.open(stateDir);
    BatchSearches batches = new BatchSearches(db, () -> batchRunner(searching.get(), ""), clock);
    return new UserState(db, savedSearches(db, searching), batches);
  }

  /** The saved searches kept in {@code db}, run on what {@code searching} gives at the time. */
  public SavedSearches savedSearches(StateDatabase db, Supplier<Searching> searching) {
    return new SavedSearches(db, () -> searching.get().search(), clock);
  }

  /** A runner of batch queries over {@code searching}, linking passages under {@code base}. */
  public BatchRunner batchRunner(Searching searching, String base) {
    return new BatchRunner(searching.search(), searching.export().symbols(), base);
  }

  /** What is open on one index; closing it closes the index. */
  public record Searching(
      PassageIndex index,
      PaperCatalog catalog,
      SearchService search,
      EntityCatalog entities,
      CollaborationFinder collaborations)
      implements AutoCloseable {
    /** Whole results read out for a download. */
    public ResultExport export() {
      return new ResultExport(search, catalog);
    }

    @Override
    public void close() throws IOException {
      index.close();
    }
  }
}
