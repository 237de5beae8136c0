package org.councilsearch.ingest;

import java.util.ArrayList;
import java.util.List;
import org.councilsearch.model.PaperMetadata;
import org.councilsearch.ingest.structure.PaperParser;
import org.councilsearch.ingest.structure.ParsedPaper;
import org.councilsearch.ingest.structure.Segment;
import org.councilsearch.model.Paper;
import org.councilsearch.model.PaperContent;
import org.councilsearch.model.Passage;

/**
 * Reads one corpus file into a paper and its passages: extraction, clean-up, structure, metadata.
 * Thread-safe when its extractor is.
 */
public final class PaperReader {
  private final Extractor extractor;
  private final PaperParser parser;

  public PaperReader(Extractor extractor, PaperParser parser) {
    this.extractor = extractor;
    this.parser = parser;
  }

  /** Says that files are about to come: a lazily built extractor may start building now. */
  public void prepare() {
    extractor.prepare();
  }

  /**
   * Reads the file whose content hash is already known.
   *
   * @throws ExtractionException when the file cannot be read or holds no text
   */
  public PaperContent read(CorpusFile file, String contentHash) throws ExtractionException {
    return read(file, contentHash, note -> {});
  }

  /** Hears, while a file is read, what a user should know about it beyond its text. */
  public interface Listener {
    /** One line saying that the paper was read only in part, and what to do. */
    void note(String note);

    /** Some of its pages were scans, read with OCR. */
    default void scanned(OcrWork work) {}
  }

  /**
   * Reads the file whose content hash is already known, telling {@code notes} in one line when
   * the paper is read only in part (its text was cut at the extraction limit, or scanned pages ran
   * over the OCR time limit), and what OCR it took.
   *
   * @throws ExtractionException when the file cannot be read or holds no text
   */
  public PaperContent read(CorpusFile file, String contentHash, Listener notes)
      throws ExtractionException {
    ExtractionResult extracted = extractor.extract(file.path());
    if (extracted.ocr().pages() > 0 || extracted.ocr().pagesAbandoned() > 0) {
      notes.scanned(extracted.ocr());
    }
    if (extracted.ocr().pagesAbandoned() > 0) {
      int n = extracted.ocr().pagesAbandoned();
      notes.note(
          (n == 1 ? "1 scanned page was" : n + " scanned pages were")
              + " left out, as OCR took longer than the page time limit (raise --ocr-page-timeout"
              + " to read them)");
    }
    if (extracted.truncated()) {
      notes.note(
          "its text is longer than the extraction limit and only the start was indexed (split the"
              + " file to index all of it)");
    }
    ParsedPaper parsed = parser.parse(extracted.text());
    if (parsed.segments().isEmpty()) {
      throw new ExtractionException("no text could be extracted (detected type: " + extracted.mediaType() + ")");
    }
    PaperMetadata meta = parsed.metadata();
    if (extracted.title() != null && (meta.title() == null || meta.title().equals("Untitled"))) {
      meta = meta.withTitle(extracted.title().strip());
    }
    String id = Corpus.paperId(file.source());
    Paper paper = new Paper(id, file.source(), extracted.mediaType(), meta, contentHash);
    List<Passage> passages = new ArrayList<>(parsed.segments().size());
    int order = 0;
    for (Segment s : parsed.segments()) {
      passages.add(
          new Passage(id + "-" + order, id, order, s.number(), s.kind(), s.section(), s.text()));
      order++;
    }
    return new PaperContent(paper, passages);
  }
}
