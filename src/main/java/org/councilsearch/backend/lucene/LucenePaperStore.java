package org.councilsearch.backend.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.councilsearch.index.FieldedDocument;
import org.councilsearch.index.IndexUnavailableException;
import org.councilsearch.index.PaperStore;
import org.councilsearch.index.Schema;

/**
 * The embedded index as a {@link PaperStore}: one Lucene commit at the end of a run, so a run that
 * dies leaves the previous index in place. An index of another schema version is rebuilt.
 */
final class LucenePaperStore implements PaperStore {
  private final Schema schema;
  private final Clock clock;
  private final Directory directory;
  private final IndexWriter writer;
  private final boolean rebuild;

  private LucenePaperStore(
      Schema schema, Clock clock, Directory directory, IndexWriter writer, boolean rebuild) {
    this.schema = schema;
    this.clock = clock;
    this.directory = directory;
    this.writer = writer;
    this.rebuild = rebuild;
  }

  /**
   * Opens the index at {@code indexDir} for one run, creating it when needed.
   *
   * @param full rebuild from scratch
   * @throws IndexUnavailableException when the directory is not an index or is locked
   */
  static LucenePaperStore open(Schema schema, Path indexDir, boolean full, Clock clock)
      throws IOException {
    Directory directory = IndexDirectory.openForWriting(indexDir);
    try {
      String version = IndexDirectory.schemaVersion(directory);
      boolean rebuild = full || (version != null && !Schema.VERSION.equals(version));
      IndexWriterConfig config =
          new IndexWriterConfig(schema.analyzer())
              .setOpenMode(rebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND)
              .setRAMBufferSizeMB(64)
              .setCommitOnClose(false);
      IndexWriter writer;
      try {
        writer = new IndexWriter(directory, config);
      } catch (LockObtainFailedException e) {
        throw IndexUnavailableException.locked(indexDir);
      }
      return new LucenePaperStore(schema, clock, directory, writer, rebuild);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  @Override
  public Map<String, StoredPaper> storedPapers() throws IOException {
    if (rebuild || !DirectoryReader.indexExists(directory)) {
      return Map.of();
    }
    Map<String, StoredPaper> papers = new HashMap<>();
    try (DirectoryReader r = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(r);
      for (ScoreDoc sd : searcher.search(schema.papersOnly(), Math.max(1, r.maxDoc())).scoreDocs) {
        Document doc = searcher.storedFields().document(sd.doc);
        papers.put(
            doc.get(Schema.SOURCE),
            new StoredPaper(doc.get(Schema.ID), doc.get(Schema.SOURCE), doc.get(Schema.HASH)));
      }
    }
    return papers;
  }

  @Override
  public void replace(StoredPaper paper, FieldedDocument paperDoc, List<FieldedDocument> passages)
      throws IOException {
    List<Document> docs = new ArrayList<>(passages.size() + 1);
    docs.add(schema.lucene(paperDoc));
    for (FieldedDocument passage : passages) {
      docs.add(schema.lucene(passage));
    }
    writer.updateDocuments(schema.paperTerm(paper.id()), docs);
  }

  @Override
  public void writeBuffered() throws IOException {
    writer.flushNextBuffer();
  }

  @Override
  public void remove(String paperId) throws IOException {
    writer.deleteDocuments(schema.paperTerm(paperId));
  }

  @Override
  public Totals commit() throws IOException {
    writer.setLiveCommitData(
        Map.of(
                Schema.COMMIT_SCHEMA, Schema.VERSION,
                Schema.COMMIT_INDEXED_AT, clock.instant().toString())
            .entrySet());
    writer.commit();
    try (DirectoryReader r = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(r);
      return new Totals(searcher.count(schema.papersOnly()), searcher.count(schema.passagesOnly()));
    }
  }

  @Override
  public void close() throws IOException {
    try {
      writer.close();
    } finally {
      directory.close();
    }
  }
}
