package org.councilsearch.ingest.structure;

import java.util.List;
import org.councilsearch.ingest.clean.CleanupPipeline;
import org.councilsearch.ingest.clean.TextFilter;
import org.councilsearch.registry.Registry;

/**
 * Reads the text of one council paper, as extracted from any format, into its metadata and its
 * passages: the text is cleaned line by line ({@link CleanupPipeline#forDocuments()}), its lines
 * classified, its header read ({@link FrontMatter}), its body segmented along the paper's own
 * structure ({@link PassageSegmenter}) and its metadata gathered ({@link PaperMetadataExtractor}).
 *
 * <p>Stateless and thread-safe. Any input gives a result, in time roughly linear in its length:
 * empty text gives no passages and the title "Untitled".
 */
public final class PaperParser {
  private final TextFilter documentCleanup = CleanupPipeline.forDocuments();
  private final PassageSegmenter segmenter = new PassageSegmenter(CleanupPipeline.forPassages());
  private final PaperMetadataExtractor metadataExtractor;

  /** A parser that reads papers' organizations through the shipped registry. */
  public PaperParser() {
    this(Registry.shipped());
  }

  /** A parser that reads papers' organizations through {@code registry}. */
  public PaperParser(Registry registry) {
    this.metadataExtractor = new PaperMetadataExtractor(registry);
  }

  /** Reads one paper's extracted text; null reads as empty text. */
  public ParsedPaper parse(String extractedText) {
    String clean = RunOnParagraphs.split(documentCleanup.apply(extractedText == null ? "" : extractedText));
    List<Line> lines = LineClassifier.classify(clean);
    FrontMatter front = FrontMatter.read(lines);
    List<Segment> segments = segmenter.segment(lines, front);
    return new ParsedPaper(metadataExtractor.extract(front, segments), segments);
  }
}
