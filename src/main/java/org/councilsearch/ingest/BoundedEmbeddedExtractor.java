package org.councilsearch.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Parses the documents embedded in a file (an annex attached inside a paper, a spreadsheet inside
 * a Word file) with the parser of {@code context}, at most {@link #MAX_DEPTH} levels deep and
 * {@link #MAX_COUNT} per file, without writing their internal file names ("image1.png",
 * "oleObject1.bin") into the text. One instance per top-level parse: it counts, so it is not
 * thread-safe.
 */
final class BoundedEmbeddedExtractor implements EmbeddedDocumentExtractor {
  /** An annex inside an attachment inside a paper is plausible; deeper nesting is a bomb. */
  static final int MAX_DEPTH = 3;

  /** Papers carry a few annexes and images, not hundreds; each one costs a parse. */
  static final int MAX_COUNT = 100;

  private final ParsingEmbeddedDocumentExtractor delegate;
  private int depth;
  private int count;

  BoundedEmbeddedExtractor(ParseContext context) {
    this.delegate = new ParsingEmbeddedDocumentExtractor(context);
    this.delegate.setWriteFileNameToContent(false);
  }

  @Override
  public boolean shouldParseEmbedded(Metadata metadata) {
    return depth < MAX_DEPTH && count < MAX_COUNT && delegate.shouldParseEmbedded(metadata);
  }

  @Override
  public void parseEmbedded(
      InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
      throws SAXException, IOException {
    // Some parsers call parseEmbedded without asking first; the bound must hold regardless.
    if (depth >= MAX_DEPTH || count >= MAX_COUNT) {
      return;
    }
    count++;
    depth++;
    try {
      delegate.parseEmbedded(stream, handler, metadata, outputHtml);
    } finally {
      depth--;
    }
  }
}
