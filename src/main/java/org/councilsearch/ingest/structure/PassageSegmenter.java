package org.councilsearch.ingest.structure;

import java.util.List;
import java.util.Objects;
import org.councilsearch.ingest.clean.CleanupPipeline;
import org.councilsearch.ingest.clean.TextFilter;
import org.councilsearch.model.PassageKind;

/**
 * Reads a paper's classified lines into passages that follow the paper's own structure, with the
 * roles the line-role model gave its lines ({@link BodyRoles}) where their shapes leave the kind
 * of a block open.
 *
 * <ul>
 *   <li>A numbered paragraph ("12. In 2009, ...", or "12." alone with its text on a later line) is
 *       a {@link PassageKind#PARAGRAPH} with number "12". Its bullet and lettered items are {@link
 *       PassageKind#ITEM}s carrying the same number, and so is running text after them, as {@link
 *       PassageKind#TEXT}, until the next number or heading. After a heading, unnumbered text has no
 *       number.
 *   <li>Headings are not passages; they make the section path. Roman-numbered headings ("II.
 *       ACTIVITIES IN 2003", also with the title on a later line) and Markdown headings are explicit.
 *       A numbered line over paragraphs numbered within it ("1. PURPOSE" over "1.1 ...") is a
 *       heading. Another numbered line whose text reads as a heading ("2. Objetivos del programa")
 *       may be a heading or a short paragraph: the line-role model's role decides, and a numbered
 *       heading's number is no paragraph's. A numbered line whose text runs on as sentences is a
 *       paragraph;
 *       a title-like line (or two or three wrapped ones) standing between a finished sentence and a
 *       numbered paragraph is an unmarked heading, nested under the explicit heading above it, or
 *       told apart from its neighbours by capitalisation when the paper has no explicit ones; a
 *       bullet line standing directly above a numbered paragraph is a heading one level deeper.
 *   <li>After a line "Annex" (or "ANNEX I", "Annex II: ..."), numbered or lettered item titles
 *       ("1. “Identification ...”", "**2. Support to ...**", "A." with its title below) join the
 *       section path under the annex and its title; every passage under an item is an {@link
 *       PassageKind#ANNEX_ITEM} with the item's number, or with its own paragraph number when the
 *       item's paragraphs are numbered.
 *   <li>Glyphs or letters printed apart from their texts ("(a)\n(b)\n(c)\n\nfirst;\nsecond;\nthird.")
 *       are paired with the texts in order, and so is a column of labels ("Chapter One:") with the
 *       column of values after it.
 *   <li>Wrapped lines are joined; a blank line ends a passage unless the line before it stops
 *       mid-sentence, and so does a line break after a sentence that ends well short of the line
 *       width. In text that is not wrapped (every line a paragraph, as Word and Markdown give it)
 *       every line break ends a passage unless the line plainly goes on. A passage longer than
 *       {@link LayoutProfile#maxSegmentChars()} characters is cut at sentence ends.
 *   <li>A paper whose only words are its title gets the title as its one passage.
 * </ul>
 *
 * <p>The reading is an ordered list of {@link BlockReader}s over the lines' kinds ({@link
 * LineKind}, the shape of each line) and, where the model read them, their roles: each content line is offered to them in turn, and the first that
 * takes it reads its block. What they know of layouts (how long a heading runs, when a short line
 * ends a paragraph) is data, in a {@link LayoutProfile}; what they share while reading one paper
 * is a {@link Reading}.
 *
 * <p>Stateless: every call reads with fresh state, so one instance can serve many threads.
 */
final class PassageSegmenter {
  static final int MAX_SEGMENT_CHARS = LayoutProfile.COUNCIL_PAPERS.maxSegmentChars();

  private final TextFilter cleanup;
  private final LayoutProfile profile;
  private final List<BlockReader> readers;

  PassageSegmenter() {
    this(CleanupPipeline.forPassages());
  }

  PassageSegmenter(TextFilter cleanup) {
    this.cleanup = Objects.requireNonNull(cleanup, "cleanup");
    this.profile = LayoutProfile.COUNCIL_PAPERS;
    AnnexReader annexes = new AnnexReader();
    HeadingReader headings = new HeadingReader(annexes);
    ParagraphReader paragraphs = new ParagraphReader(headings, annexes);
    ItemPairing pairing = new ItemPairing();
    // Lines of a marked kind go to their reader, which may decline them (a "12." inside a
    // sentence is not a paragraph); every other line is running text, read by the last five in
    // order: labels waiting for texts, a column of labels, the text of a label alone, an
    // unmarked heading, and the passage it goes on with or starts.
    this.readers =
        List.of(
            headings::markdown,
            annexes::annexLine,
            paragraphs::bullet,
            headings::numbered,
            headings::section,
            paragraphs::numbered,
            headings::roman,
            headings::letter,
            paragraphs::lettered,
            pairing::pairLabels,
            pairing::labelColumn,
            paragraphs::labelText,
            headings::unmarked,
            paragraphs::text);
  }

  List<Segment> segment(List<Line> lines, MetadataLines front) {
    return segment(lines, front, BodyRoles.none());
  }

  List<Segment> segment(List<Line> lines, MetadataLines front, BodyRoles roles) {
    PaperLines paper = new PaperLines(lines, front, roles, profile);
    Reading reading = new Reading(paper, profile, cleanup);
    int i = 0;
    while (i < paper.size()) {
      if (!paper.isContent(i)) {
        i++;
        continue;
      }
      reading.forcedLevel = reading.levelForNext;
      reading.levelForNext = 0;
      int next = BlockReader.NOT_MINE;
      for (BlockReader reader : readers) {
        next = reader.read(reading, i);
        if (next != BlockReader.NOT_MINE) {
          break;
        }
      }
      i = Math.max(next, i + 1);
    }
    reading.flush();
    List<Segment> out = reading.segments();
    if (out.isEmpty() && front.title() != null) {
      // A paper whose only words are its title keeps them as a passage, so it can be found.
      String title = reading.clean(front.title());
      if (!title.isEmpty()) {
        out.add(new Segment(null, PassageKind.TEXT, List.of(), title));
      }
    }
    return out;
  }
}
