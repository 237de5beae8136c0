package org.councilsearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.councilsearch.ingest.Corpus;
import org.councilsearch.ingest.CorpusFile;
import org.councilsearch.ingest.ExtractionException;
import org.councilsearch.ingest.OcrWork;
import org.councilsearch.ingest.PaperReader;
import org.councilsearch.nlp.EntityTagger;
import org.councilsearch.nlp.OpenNlpLanguages;
import org.councilsearch.nlp.PaperLanguages;
import org.councilsearch.model.Entities;
import org.councilsearch.model.IndexReport;
import org.councilsearch.model.IndexReport.FileFailure;
import org.councilsearch.model.PaperContent;
import org.councilsearch.model.Passage;
import org.councilsearch.model.Phase;
import org.councilsearch.model.PhaseTimes;

/**
 * Brings an index up to date with a corpus directory: reads new and changed files (by content
 * hash), drops papers whose file is gone, and leaves unchanged files alone.
 *
 * <p>Each paper read gets its language and its passages theirs, and is tagged (organizations,
 * dates, events, places, people) before it is written.
 * A run writes to a {@link PaperStore}, the embedded index or a SolrCloud collection, and commits
 * once at the end, so a run that dies half way leaves readers the previous state and the next run
 * does the work again. Files are read by a pool of worker threads that share the store.
 *
 * <p>One file costs at most its own paper: a file that cannot be read, and a paper on which the
 * parser or the tagger fails, are reported with a reason and skipped. Only I/O trouble with the
 * index itself (a full disk) ends the run, and then the previous index stays as it was.
 */
public final class PaperIndexer {
  /**
   * Tagging costs some 15 s of CPU per million characters, and even long council papers hold a few
   * hundred thousand; text beyond this is a data dump or a bomb, and tagging all of it would stall
   * the run for minutes. It is still indexed and searchable, only untagged.
   */
  public static final int MAX_TAGGED_CHARS = 1_000_000;

  private final Schema schema;
  private final PaperReader reader;
  private final EntityTagger tagger;
  private final int workers;
  private final Clock clock;
  private final int maxTaggedChars;
  private final VectorStore vectors;
  private final PaperLanguages languages;

  public PaperIndexer(
      Schema schema, PaperReader reader, EntityTagger tagger, int workers, Clock clock) {
    this(schema, reader, tagger, workers, clock, MAX_TAGGED_CHARS);
  }

  public PaperIndexer(
      Schema schema,
      PaperReader reader,
      EntityTagger tagger,
      int workers,
      Clock clock,
      int maxTaggedChars) {
    this(schema, reader, tagger, workers, clock, maxTaggedChars, null, OpenNlpLanguages.load());
  }

  /**
   * @param maxTaggedChars passages of a paper are tagged, from its start, until their text reaches
   *     this many characters; later passages are indexed without tags
   * @param vectors where passages whose text was embedded before find their vector, so they are
   *     written with it at once; null writes every passage without (the vector pass adds them)
   * @param languages tells each paper's and each passage's language
   */
  public PaperIndexer(
      Schema schema,
      PaperReader reader,
      EntityTagger tagger,
      int workers,
      Clock clock,
      int maxTaggedChars,
      VectorStore vectors,
      PaperLanguages languages) {
    this.vectors = vectors;
    this.languages = languages;
    this.schema = schema;
    this.reader = reader;
    this.tagger = tagger;
    this.workers = Math.max(1, workers);
    this.clock = clock;
    this.maxTaggedChars = maxTaggedChars;
  }

  /**
   * Brings what {@code stores} opens up to date with {@code corpus}. The corpus is listed before
   * the store is opened, so a missing corpus is reported before an index is locked or a cluster
   * is touched.
   *
   * @param full rebuild from scratch instead of only reading what changed
   * @throws IndexUnavailableException when the directory is not an index or is locked
   * @throws SolrUnavailableException when the SolrCloud cannot be used as asked
   * @throws org.councilsearch.ingest.CorpusNotFoundException when the corpus is missing
   */
  public IndexReport update(
      Corpus corpus, PaperStore.Opener stores, boolean full, IndexProgress progress)
      throws IOException {
    Corpus.Listing listing = corpus.list();
    try (PaperStore store = stores.openStore(full)) {
      return update(listing, store, progress);
    }
  }

  private IndexReport update(Corpus.Listing listing, PaperStore store, IndexProgress progress)
      throws IOException {
    Instant start = clock.instant();
    List<CorpusFile> files = listing.files();
    Map<String, PaperStore.StoredPaper> indexed = store.storedPapers();
    Run run = new Run(store, progress);
    List<Work> work = new ArrayList<>();
    Set<String> present = new HashSet<>();
    for (CorpusFile file : files) {
      present.add(file.source());
      work.add(new Work(file, indexed.get(file.source())));
    }
    run.readAll(work, listing.skipped());
    int removed = 0;
    for (PaperStore.StoredPaper old : indexed.values()) {
      if (!present.contains(old.source())) {
        store.remove(old.id());
        removed++;
      }
    }
    PaperStore.Totals totals = store.commit();
    return new IndexReport(
        run.added.get(),
        run.updated.get(),
        removed,
        run.unchanged.get(),
        run.sortedFailures(),
        totals.papers(),
        totals.passages(),
        Duration.between(start, clock.instant()),
        run.ocrPages.get(),
        Duration.ofNanos(run.ocrNanos.get()),
        run.phases());
  }

  private record Work(CorpusFile file, PaperStore.StoredPaper previous) {}

  /** The mutable state of one run, shared by its workers. */
  private final class Run {
    private final PaperStore store;
    private final IndexProgress progress;
    private final AtomicInteger added = new AtomicInteger();
    private final AtomicInteger updated = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicInteger ocrPages = new AtomicInteger();
    private final AtomicLong ocrNanos = new AtomicLong();
    private final List<FileFailure> failures = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    private PhaseTimes phases = PhaseTimes.NONE;
    private boolean prepared;

    Run(PaperStore store, IndexProgress progress) {
      this.store = store;
      this.progress = progress;
    }

    void readAll(List<Work> work, List<Corpus.Skipped> skipped) throws IOException {
      // A file the index does not hold will be read: parsers and models start loading now, beside
      // the hashing, not after it.
      if (work.stream().anyMatch(w -> w.previous() == null)) {
        prepare();
      }
      List<Work> toRead = new ArrayList<>();
      List<FileFailure> unhashed = new ArrayList<>();
      for (Work w : work) {
        String hash = hash(w.file(), unhashed);
        if (hash == null) {
          forget(w.previous());
        } else if (w.previous() != null && hash.equals(w.previous().hash())) {
          unchanged.incrementAndGet();
        } else {
          toRead.add(w);
          hashes.put(w.file().source(), hash);
        }
      }
      if (!toRead.isEmpty()) {
        prepare();
      }
      synchronized (progress) {
        progress.started(work.size() + skipped.size(), toRead.size());
      }
      for (Corpus.Skipped entry : skipped) {
        fail(entry.source(), entry.reason());
      }
      for (FileFailure f : unhashed) {
        fail(f.source(), f.reason());
      }
      ExecutorService pool = Executors.newFixedThreadPool(workers, NamedThreads.called("index"));
      // Bounded hand-off: never more files in flight than workers can use, so memory stays flat
      // however large the corpus.
      Semaphore inFlight = new Semaphore(workers * 2);
      List<Future<?>> futures = new ArrayList<>();
      try {
        for (Work w : toRead) {
          inFlight.acquireUninterruptibly();
          futures.add(
              pool.submit(
                  () -> {
                    try {
                      index(w);
                    } finally {
                      inFlight.release();
                    }
                    return null;
                  }));
        }
        for (int i = 0; i < workers && !toRead.isEmpty(); i++) {
          futures.add(
              pool.submit(
                  () -> {
                    store.writeBuffered();
                    return null;
                  }));
        }
        for (Future<?> f : futures) {
          f.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("indexing was interrupted", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IOException io) {
          throw io;
        }
        if (cause instanceof UncheckedIOException io) {
          throw io.getCause();
        }
        if (cause instanceof SolrUnavailableException solr) {
          throw solr;
        }
        throw new IOException("indexing failed: " + cause, cause);
      } finally {
        pool.shutdownNow();
      }
    }

    /** Papers are coming: the reader and the tagger may start loading what they need, once a run. */
    private void prepare() {
      if (!prepared) {
        prepared = true;
        reader.prepare();
        languages.prepare();
        tagger.prepare();
      }
    }

    /** The file's content hash, or null, with the reason added to {@code unreadable}. */
    private String hash(CorpusFile file, List<FileFailure> unreadable) {
      try {
        return Corpus.contentHash(file.path());
      } catch (IOException e) {
        String reason;
        if (e instanceof AccessDeniedException) {
          reason = "permission denied; check the file's permissions";
        } else if (e instanceof NoSuchFileException) {
          reason = "it was removed while indexing";
        } else {
          reason = e.getMessage();
        }
        unreadable.add(new FileFailure(file.source(), "cannot read file: " + reason));
        return null;
      }
    }

    private void index(Work w) throws IOException {
      PhaseClock clock = new PhaseClock();
      Outcome outcome = null;
      try {
        outcome = index(w, clock);
      } finally {
        PhaseTimes times = clock.times();
        synchronized (this) {
          phases = phases.plus(times);
        }
        synchronized (progress) {
          progress.timed(w.file().source(), times);
        }
      }
      // Told after its times, so that a progress line this paper prints already counts them.
      if (outcome.failure() != null) {
        fail(w.file().source(), outcome.failure());
      } else {
        synchronized (progress) {
          progress.indexed(w.file().source(), w.file().size(), outcome.passages());
        }
      }
    }

    /** What became of one paper: its passages indexed, or why it failed. */
    private record Outcome(int passages, String failure) {
      static Outcome failed(String why) {
        return new Outcome(0, why);
      }
    }

    synchronized PhaseTimes phases() {
      return phases;
    }

    private Outcome index(Work w, PhaseClock clock) throws IOException {
      CorpusFile file = w.file();
      PaperContent content;
      List<Entities> found;
      try {
        content = reader.read(file, hashes.get(file.source()), listenerFor(file.source()));
        clock.lap(Phase.EXTRACTION);
        content = languages.detect(content);
        found = tag(file.source(), content);
        clock.lap(Phase.TAGGING);
      } catch (ExtractionException e) {
        forget(w.previous());
        return Outcome.failed(e.getMessage());
      } catch (UncheckedIOException e) {
        throw e;
      } catch (RuntimeException e) { // a fault of ours on odd text must cost this paper only
        forget(w.previous());
        return Outcome.failed(
            "internal error while processing its text ("
                + kindOf(e)
                + "); the other files are indexed; please report this file to the developers");
      }
      Map<String, float[]> known = knownVectors(content.passages());
      List<FieldedDocument> passages = new ArrayList<>(content.passages().size());
      for (int i = 0; i < content.passages().size(); i++) {
        Passage tagged = content.passages().get(i).withEntities(found.get(i));
        float[] vector = known.isEmpty() ? null : known.get(VectorStore.hash(tagged.text()));
        passages.add(schema.passageFields(content.paper(), tagged, vector));
      }
      store.replace(
          new PaperStore.StoredPaper(
              content.paper().id(), file.source(), content.paper().contentHash()),
          schema.paperFields(content.paper(), content.passages().size()),
          passages);
      clock.lap(Phase.INDEXING);
      (w.previous() == null ? added : updated).incrementAndGet();
      return new Outcome(content.passages().size(), null);
    }

    /** The vectors already computed for these passages' texts, by text hash. */
    private Map<String, float[]> knownVectors(List<Passage> passages) throws IOException {
      if (vectors == null || passages.isEmpty()) {
        return Map.of();
      }
      Set<String> hashes = new HashSet<>();
      for (Passage p : passages) {
        hashes.add(VectorStore.hash(p.text()));
      }
      return vectors.find(hashes);
    }

    /** Tags the passages within the character budget; the rest get no tags. */
    private List<Entities> tag(String source, PaperContent content) {
      List<Passage> passages = content.passages();
      int taggable = 0;
      long chars = 0;
      while (taggable < passages.size()
          && chars + passages.get(taggable).text().length() <= maxTaggedChars) {
        chars += passages.get(taggable).text().length();
        taggable++;
      }
      List<Entities> found = new ArrayList<>(tagger.tag(content.paper(), passages.subList(0, taggable)));
      if (taggable < passages.size()) {
        found.addAll(Collections.nCopies(passages.size() - taggable, Entities.NONE));
        String note =
            String.format(
                Locale.ROOT,
                "only the first %d of %d passages were tagged, as its text is over %,d characters;"
                    + " all of it is searchable, but filters by organization, date, event and place"
                    + " miss the rest (split the file to tag all of it)",
                taggable,
                passages.size(),
                maxTaggedChars);
        note(source, note);
      }
      return found;
    }

    private PaperReader.Listener listenerFor(String source) {
      return new PaperReader.Listener() {
        @Override
        public void note(String note) {
          Run.this.note(source, note);
        }

        @Override
        public void scanned(OcrWork work) {
          ocrPages.addAndGet(work.pages());
          ocrNanos.addAndGet(work.elapsed().toNanos());
          synchronized (progress) {
            progress.scanned(source, work.pages(), work.elapsed());
          }
        }
      };
    }

    private void note(String source, String note) {
      synchronized (progress) {
        progress.noted(source, note);
      }
    }

    /** A file that became unreadable: its old text no longer stands for it. */
    private void forget(PaperStore.StoredPaper previous) throws IOException {
      if (previous != null) {
        store.remove(previous.id());
      }
    }

    private void fail(String source, String reason) {
      failures.add(new FileFailure(source, reason));
      synchronized (progress) {
        progress.failed(source, reason);
      }
    }

    /** "IllegalStateException" as "illegal state": a user needs the kind, not our class names. */
    private static String kindOf(RuntimeException e) {
      String base = e.getClass().getSimpleName().replaceAll("(Exception|Error)$", "");
      return base.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT).strip();
    }

    List<FileFailure> sortedFailures() {
      List<FileFailure> sorted = new ArrayList<>(failures);
      sorted.sort(Comparator.comparing(FileFailure::source));
      return sorted;
    }
  }
}
