package org.councilsearch.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * Passage vectors by the hash of their text, kept beside the index so that they outlive it: a
 * reindex, even a rebuild with {@code --full}, embeds only texts never embedded before. The store
 * records the model that made its vectors; opened for another model, it starts empty, so a model
 * change re-embeds everything once.
 *
 * <p>Each {@link #add} is committed before it returns: a run killed afterwards keeps every vector
 * added so far. A small Lucene index of its own holds them (hash as the key, the vector's bytes
 * stored). Thread-safe.
 */
public final class VectorStore implements Closeable {
  private static final String HASH = "hash";
  private static final String VECTOR = "vector";
  private static final String COMMIT_MODEL = "model";

  private final Directory directory;
  private final IndexWriter writer;
  private final int dimensions;
  private DirectoryReader reader;

  private VectorStore(Directory directory, IndexWriter writer, int dimensions) throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.dimensions = dimensions;
    this.reader = DirectoryReader.open(writer);
  }

  /** Where the store of the index at {@code indexDir} lives: a directory beside it. */
  public static Path beside(Path indexDir) {
    Path absolute = indexDir.toAbsolutePath().normalize();
    return absolute.resolveSibling(absolute.getFileName() + "-vectors");
  }

  /**
   * Opens (or creates) the store at {@code dir} for vectors of {@code modelId}; one made by another
   * model is emptied.
   *
   * @throws IndexUnavailableException when another process has it open
   */
  public static VectorStore open(Path dir, String modelId, int dimensions) throws IOException {
    Files.createDirectories(dir);
    Directory directory = FSDirectory.open(dir);
    try {
      String stored = null;
      if (DirectoryReader.indexExists(directory)) {
        stored = DirectoryReader.listCommits(directory).get(0).getUserData().get(COMMIT_MODEL);
      }
      boolean sameModel = modelId.equals(stored);
      IndexWriterConfig config =
          new IndexWriterConfig()
              .setOpenMode(sameModel ? OpenMode.CREATE_OR_APPEND : OpenMode.CREATE)
              .setCommitOnClose(false);
      IndexWriter writer;
      try {
        writer = new IndexWriter(directory, config);
      } catch (LockObtainFailedException e) {
        throw IndexUnavailableException.locked(dir);
      }
      writer.setLiveCommitData(Map.of(COMMIT_MODEL, modelId).entrySet());
      if (!sameModel) {
        writer.commit();
      }
      return new VectorStore(directory, writer, dimensions);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** The key of a passage text: its SHA-256, in hex. */
  public static String hash(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** The vectors held for these hashes; hashes without one are left out. */
  public synchronized Map<String, float[]> find(Collection<String> hashes) throws IOException {
    Map<String, float[]> found = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      Terms terms = r.terms(HASH);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      StoredFields stored = r.storedFields();
      PostingsEnum postings = null;
      for (String hash : hashes) {
        if (found.containsKey(hash) || !te.seekExact(new BytesRef(hash))) {
          continue;
        }
        postings = te.postings(postings, PostingsEnum.NONE);
        int doc = postings.nextDoc();
        while (doc != DocIdSetIterator.NO_MORE_DOCS && r.getLiveDocs() != null && !r.getLiveDocs().get(doc)) {
          doc = postings.nextDoc();
        }
        if (doc != DocIdSetIterator.NO_MORE_DOCS) {
          found.put(hash, decode(stored.document(doc).getBinaryValue(VECTOR)));
        }
      }
    }
    return found;
  }

  /** Adds vectors by hash and commits them: once this returns they survive a crash. */
  public synchronized void add(Map<String, float[]> vectors) throws IOException {
    if (vectors.isEmpty()) {
      return;
    }
    for (Map.Entry<String, float[]> e : vectors.entrySet()) {
      if (e.getValue().length != dimensions) {
        throw new IllegalArgumentException("a vector of " + e.getValue().length + " dimensions; the store holds " + dimensions);
      }
      Document doc = new Document();
      doc.add(new StringField(HASH, e.getKey(), Field.Store.NO));
      doc.add(new StoredField(VECTOR, encode(e.getValue())));
      writer.addDocument(doc);
    }
    writer.commit();
    DirectoryReader fresh = DirectoryReader.openIfChanged(reader, writer);
    if (fresh != null) {
      reader.close();
      reader = fresh;
    }
  }

  /** How many vectors the store holds. */
  public synchronized int size() {
    return reader.numDocs();
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      reader.close();
      writer.close();
    } finally {
      directory.close();
    }
  }

  private static byte[] encode(float[] vector) {
    ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asFloatBuffer().put(vector);
    return bytes.array();
  }

  private float[] decode(BytesRef bytes) {
    float[] vector = new float[bytes.length / Float.BYTES];
    ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
    return vector;
  }
}
