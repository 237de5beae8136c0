package org.councilsearch.ingest.structure;

import java.util.List;
import java.util.Objects;
import org.councilsearch.ingest.clean.CleanupPipeline;
import org.councilsearch.ingest.clean.LineEndingFilter;
import org.councilsearch.ingest.clean.MarkdownInlineFilter;
import org.councilsearch.ingest.clean.OddCharacterFilter;
import org.councilsearch.ingest.clean.TextFilter;
import org.councilsearch.registry.Registry;

/**
 * Reads the text of one council paper, as extracted from any format, into its metadata and its
 * passages: the text is cleaned line by line ({@link CleanupPipeline#forDocuments()}), its lines
 * classified, its body segmented along the paper's own structure ({@link PassageSegmenter}) and
 * its metadata gathered ({@link PaperMetadataExtractor}). The header comes from the roles the
 * line-role model gives the printed lines ({@link LineRoleReader}, {@link RoleHeader}), read before
 * cleanup joins or drops any line; the leading lines the roles put in the header are metadata,
 * never passages ({@link MetadataLines}).
 *
 * <p>Stateless and thread-safe when the model is. Any input gives a result, in time roughly linear in its length:
 * empty text gives no passages and the title "Untitled".
 */
public final class PaperParser {
  private final TextFilter documentCleanup = CleanupPipeline.forDocuments();
  private final PassageSegmenter segmenter = new PassageSegmenter(CleanupPipeline.forPassages());
  private final TextFilter lineCleanup = CleanupPipeline.of(new LineEndingFilter(), new OddCharacterFilter(), new MarkdownInlineFilter());
  private final PaperMetadataExtractor metadataExtractor;
  private final LineRoleReader roles;

  /** A parser that reads line roles with {@code roles} and organizations through the shipped registry. */
  public PaperParser(RoleModel roles) {
    this(roles, Registry.shipped());
  }

  /** A parser that reads line roles with {@code roles} and organizations through {@code registry}. */
  public PaperParser(RoleModel roles, Registry registry) {
    this.roles = new LineRoleReader(Objects.requireNonNull(roles, "roles"));
    this.metadataExtractor = new PaperMetadataExtractor(registry);
  }

  /** Reads one paper's extracted text; null reads as empty text. */
  public ParsedPaper parse(String extractedText) {
    String text = extractedText == null ? "" : extractedText;
    String printed = lineCleanup.apply(text);
    RoleHeader header = RoleHeader.of(roles.read(printed));
    String clean = RunOnParagraphs.split(documentCleanup.apply(text));
    List<Line> lines = LineClassifier.classify(clean);
    MetadataLines front = MetadataLines.of(lines, header);
    BodyRoles body = BodyRoles.needed(lines) ? BodyRoles.of(lines, roles.readAll(printed)) : BodyRoles.none();
    List<Segment> segments = segmenter.segment(lines, front, body);
    return new ParsedPaper(metadataExtractor.extract(header, front.firstLine(), segments), segments);
  }
}
