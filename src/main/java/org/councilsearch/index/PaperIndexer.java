package org.councilsearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.councilsearch.ingest.Corpus;
import org.councilsearch.ingest.CorpusFile;
import org.councilsearch.ingest.ExtractionException;
import org.councilsearch.ingest.PaperReader;
import org.councilsearch.nlp.EntityTagger;
import org.councilsearch.model.Entities;
import org.councilsearch.model.IndexReport;
import org.councilsearch.model.IndexReport.FileFailure;
import org.councilsearch.model.PaperContent;
import org.councilsearch.model.Passage;

/**
 * Brings an index up to date with a corpus directory: reads new and changed files (by content
 * hash), drops papers whose file is gone, and leaves unchanged files alone.
 *
 * <p>Each paper read is tagged (organizations, dates, events, places, people) before it is written.
 * A run is atomic: every change goes into one Lucene commit at the end, so a run that dies half
 * way leaves the previous index in place and searchable, and the next run does the work again.
 * Files are read by a pool of worker threads; the Lucene writer is shared, as it is thread-safe.
 */
public final class PaperIndexer {
  private final Schema schema;
  private final PaperReader reader;
  private final EntityTagger tagger;
  private final int workers;
  private final Clock clock;

  public PaperIndexer(
      Schema schema, PaperReader reader, EntityTagger tagger, int workers, Clock clock) {
    this.schema = schema;
    this.reader = reader;
    this.tagger = tagger;
    this.workers = Math.max(1, workers);
    this.clock = clock;
  }

  /**
   * Updates the index at {@code indexDir} from {@code corpus}.
   *
   * @param full rebuild from scratch instead of only reading what changed
   * @throws IndexUnavailableException when the directory is not an index or is locked
   * @throws org.councilsearch.ingest.CorpusNotFoundException when the corpus is missing
   */
  public IndexReport update(Corpus corpus, Path indexDir, boolean full, IndexProgress progress)
      throws IOException {
    Instant start = clock.instant();
    List<CorpusFile> files = corpus.files();
    try (Directory directory = IndexDirectory.openForWriting(indexDir)) {
      String version = IndexDirectory.schemaVersion(directory);
      boolean rebuild = full || (version != null && !Schema.VERSION.equals(version));
      Map<String, IndexedPaper> indexed =
          rebuild ? Map.of() : indexedPapers(directory);
      IndexWriterConfig config =
          new IndexWriterConfig(schema.analyzer())
              .setOpenMode(rebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND)
              .setRAMBufferSizeMB(64)
              .setCommitOnClose(false);
      try (IndexWriter writer = openWriter(directory, config, indexDir)) {
        Run run = new Run(writer, progress);
        List<Work> work = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (CorpusFile file : files) {
          present.add(file.source());
          work.add(new Work(file, indexed.get(file.source())));
        }
        run.readAll(work);
        int removed = 0;
        for (IndexedPaper old : indexed.values()) {
          if (!present.contains(old.source())) {
            writer.deleteDocuments(schema.paperTerm(old.id()));
            removed++;
          }
        }
        writer.setLiveCommitData(
            Map.of(
                Schema.COMMIT_SCHEMA, Schema.VERSION,
                Schema.COMMIT_INDEXED_AT, clock.instant().toString())
                .entrySet());
        writer.commit();
        Counts counts = counts(writer);
        return new IndexReport(
            run.added.get(),
            run.updated.get(),
            removed,
            run.unchanged.get(),
            run.sortedFailures(),
            counts.papers,
            counts.passages,
            Duration.between(start, clock.instant()));
      }
    }
  }

  private static IndexWriter openWriter(Directory directory, IndexWriterConfig config, Path dir)
      throws IOException {
    try {
      return new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      throw IndexUnavailableException.locked(dir);
    }
  }

  private Map<String, IndexedPaper> indexedPapers(Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return Map.of();
    }
    Map<String, IndexedPaper> papers = new HashMap<>();
    try (DirectoryReader r = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(r);
      for (ScoreDoc sd : searcher.search(schema.papersOnly(), Math.max(1, r.maxDoc())).scoreDocs) {
        Document doc = searcher.storedFields().document(sd.doc);
        papers.put(
            doc.get(Schema.SOURCE),
            new IndexedPaper(doc.get(Schema.ID), doc.get(Schema.SOURCE), doc.get(Schema.HASH)));
      }
    }
    return papers;
  }

  private record Counts(int papers, long passages) {}

  private Counts counts(IndexWriter writer) throws IOException {
    try (DirectoryReader r = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(r);
      return new Counts(
          searcher.count(schema.papersOnly()), searcher.count(schema.passagesOnly()));
    }
  }

  private record IndexedPaper(String id, String source, String hash) {}

  private record Work(CorpusFile file, IndexedPaper previous) {}

  /** The mutable state of one run, shared by its workers. */
  private final class Run {
    private final IndexWriter writer;
    private final IndexProgress progress;
    private final AtomicInteger added = new AtomicInteger();
    private final AtomicInteger updated = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final List<FileFailure> failures = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    Run(IndexWriter writer, IndexProgress progress) {
      this.writer = writer;
      this.progress = progress;
    }

    void readAll(List<Work> work) throws IOException {
      List<Work> toRead = new ArrayList<>();
      for (Work w : work) {
        String hash = hash(w.file());
        if (hash == null) {
          forget(w.previous());
        } else if (w.previous() != null && hash.equals(w.previous().hash())) {
          unchanged.incrementAndGet();
        } else {
          toRead.add(w);
          hashes.put(w.file().source(), hash);
        }
      }
      synchronized (progress) {
        progress.started(work.size(), toRead.size());
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
        throw new IOException("indexing failed: " + cause, cause);
      } finally {
        pool.shutdownNow();
      }
    }

    private String hash(CorpusFile file) {
      try {
        return Corpus.contentHash(file.path());
      } catch (IOException e) {
        fail(file.source(), "cannot read file: " + e.getMessage());
        return null;
      }
    }

    private void index(Work w) throws IOException {
      CorpusFile file = w.file();
      PaperContent content;
      try {
        content = reader.read(file, hashes.get(file.source()));
      } catch (ExtractionException e) {
        forget(w.previous());
        fail(file.source(), e.getMessage());
        return;
      }
      List<Entities> found;
      try {
        found = tagger.tag(content.paper(), content.passages());
      } catch (RuntimeException e) {
        // A tagger bug on one paper must not end a run over thousands: that paper is reported,
        // like an unreadable file, and every other file is still indexed.
        forget(w.previous());
        fail(file.source(), "tagging failed unexpectedly (" + e + "); please report it");
        return;
      }
      List<Document> docs = new ArrayList<>(content.passages().size() + 1);
      docs.add(schema.paperDocument(content.paper(), content.passages().size()));
      for (int i = 0; i < content.passages().size(); i++) {
        Passage tagged = content.passages().get(i).withEntities(found.get(i));
        docs.add(schema.passageDocument(content.paper(), tagged));
      }
      writer.updateDocuments(schema.paperTerm(content.paper().id()), docs);
      (w.previous() == null ? added : updated).incrementAndGet();
      synchronized (progress) {
        progress.indexed(file.source(), file.size(), content.passages().size());
      }
    }

    /** A file that became unreadable: its old text no longer stands for it. */
    private void forget(IndexedPaper previous) throws IOException {
      if (previous != null) {
        writer.deleteDocuments(schema.paperTerm(previous.id()));
      }
    }

    private void fail(String source, String reason) {
      failures.add(new FileFailure(source, reason));
      synchronized (progress) {
        progress.failed(source, reason);
      }
    }

    List<FileFailure> sortedFailures() {
      List<FileFailure> sorted = new ArrayList<>(failures);
      sorted.sort(Comparator.comparing(FileFailure::source));
      return sorted;
    }
  }
}
