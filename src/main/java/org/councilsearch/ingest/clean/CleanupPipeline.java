package org.councilsearch.ingest.clean;

import java.util.List;
import java.util.Objects;

/**
 * Filters applied in order. Two standard pipelines exist because some repairs need the paper's
 * line structure and some must wait until it has been read:
 *
 * <ul>
 *   <li>{@link #forDocuments()} works on the whole extracted text, line by line, before it is
 *       segmented: line endings, odd characters, paragraph numbers misread by OCR, page furniture, bullet glyphs, blank lines inside a sentence,
 *       hyphenation. It
 *       keeps every structural signal (line starts, blank lines, Markdown {@code #} and {@code **})
 *       for the segmenter.
 *   <li>{@link #forPassages()} works on the text of one passage or heading after segmenting: it
 *       joins soft line wraps and removes the markup, glyphs and footnote markers left in it.
 * </ul>
 */
public final class CleanupPipeline implements TextFilter {
  private final List<TextFilter> filters;

  public CleanupPipeline(List<? extends TextFilter> filters) {
    this.filters = List.copyOf(filters);
    this.filters.forEach(f -> Objects.requireNonNull(f, "filter"));
  }

  public static CleanupPipeline of(TextFilter... filters) {
    return new CleanupPipeline(List.of(filters));
  }

  /** Line-level repairs of a whole paper, before segmenting. */
  public static CleanupPipeline forDocuments() {
    return of(
        new LineEndingFilter(),
        new OddCharacterFilter(),
        new ParagraphNumberRepair(),
        new PageFurnitureFilter(),
        new BulletGlyphFilter(),
        new SplitSentenceJoiner(),
        new Dehyphenator());
  }

  /** Repairs of one passage or heading text, after segmenting: the result is one clean line. */
  public static CleanupPipeline forPassages() {
    return of(
        new SoftWrapJoiner(),
        new MarkdownInlineFilter(),
        new FootnoteMarkerFilter(),
        new StrayGlyphFilter(),
        new WhitespaceCollapser(),
        new PunctuationSpacingFilter());
  }

  public List<TextFilter> filters() {
    return filters;
  }

  @Override
  public String apply(String text) {
    String result = text == null ? "" : text;
    for (TextFilter filter : filters) {
      result = filter.apply(result);
    }
    return result;
  }
}
