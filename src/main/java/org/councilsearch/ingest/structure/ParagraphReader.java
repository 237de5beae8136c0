package org.councilsearch.ingest.structure;

import static org.councilsearch.ingest.structure.BlockReader.NOT_MINE;

import org.councilsearch.model.PassageKind;

/**
 * The readers of passages: numbered paragraphs ("12. In 2009, ...", "2.3 The ...", or "12." alone
 * with its text on a later line), their bullet and lettered items, which carry the paragraph's number, and
 * running text, which carries it too until the next number or heading. Wrapped lines are joined; a
 * blank line ends a passage unless the line before it stops mid-sentence, and so does a line break
 * after a sentence that ends well short of the line width. In text that is not wrapped every line
 * break ends a passage unless the line plainly goes on. Stateless.
 */
final class ParagraphReader {
  private final HeadingReader headings;
  private final AnnexReader annexes;

  ParagraphReader(HeadingReader headings, AnnexReader annexes) {
    this.headings = headings;
    this.annexes = annexes;
  }

  /** "12. In 2009, ..." where a paragraph may start; in an annex, the annex reader's. */
  int numbered(Reading r, int i) {
    Line line = r.line(i);
    if (line.kind() != LineKind.NUMBER || !acceptsNumber(r, i)) {
      return NOT_MINE;
    }
    if (isListItem(r, i)) {
      r.flush();
      r.markers.clear();
      r.listItem = Integer.parseInt(line.label());
      r.open(PassageKind.ITEM, r.number, line.label() + ". " + line.body(), false);
      return i + 1;
    }
    r.listItem = 0;
    r.flush();
    r.markers.clear();
    String label = line.label();
    r.lastParagraph = lastPart(label);
    if (r.inAnnex) {
      return annexes.numbered(r, i);
    }
    r.number = label;
    r.open(PassageKind.PARAGRAPH, label, line.body(), false);
    return i + 1;
  }

  /** "• item", a bullet heading above a numbered paragraph, or a glyph alone waiting for its text. */
  int bullet(Reading r, int i) {
    Line line = r.line(i);
    if (line.kind() != LineKind.BULLET) {
      return NOT_MINE;
    }
    r.flush();
    if (line.body().isEmpty()) {
      r.markers.add("");
      return i + 1;
    }
    r.markers.clear();
    int end = headings.bulletHeading(r, i);
    if (end > 0) {
      return end;
    }
    r.open(PassageKind.ITEM, r.number, line.body(), false);
    return i + 1;
  }

  /** "(a) item", or "(a)" alone waiting for its text. */
  int lettered(Reading r, int i) {
    Line line = r.line(i);
    if (line.kind() != LineKind.LETTERED || !acceptsLettered(r, i)) {
      return NOT_MINE;
    }
    r.flush();
    if (line.body().isEmpty()) {
      r.markers.add(line.label());
      return i + 1;
    }
    r.markers.clear();
    r.open(PassageKind.ITEM, r.number, line.label() + " " + line.body(), false);
    return i + 1;
  }

  /** The text of a label that stood alone ("12." with its text on the next line). */
  int labelText(Reading r, int i) {
    if (r.open == null || !r.open.isEmpty()) {
      return NOT_MINE;
    }
    r.open.append(r.line(i).plain());
    return i + 1;
  }

  /** Any other line: it goes on with the open passage or starts one. Takes every line. */
  int text(Reading r, int i) {
    String p = r.line(i).plain();
    if (r.open != null && continues(r, p, r.lines.blankBefore(i))) {
      r.open.append(p);
      return i + 1;
    }
    r.flush();
    r.open(r.textKind(), r.number, p, TextShapes.isFieldLine(p));
    return i + 1;
  }

  private static boolean acceptsNumber(Reading r, int i) {
    Line line = r.line(i);
    if (line.body().isEmpty() || r.lines.blankBefore(i) || r.open == null || r.open.isEmpty()) {
      return true;
    }
    return TextShapes.endsSentence(r.open.lastLine)
        || lastPart(line.label()) == r.lastParagraph + 1;
  }

  /**
   * Whether a numbered line is an item of a list, not a paragraph: its text goes on a sentence in
   * lower case ("1. took note of ...", "2. approuvent ..."), or its numbers start again from 1
   * under a lead-in ending with a colon or a comma ("The Council is invited:", "Habiendo examinado
   * el informe,") where the paragraphs' numbers have started or start again from 1 further on,
   * and go on from the list's last item.
   */
  private static boolean isListItem(Reading r, int i) {
    Line line = r.line(i);
    if (line.label().indexOf('.') >= 0) {
      return false;
    }
    int number = Integer.parseInt(line.label());
    if (!line.body().isEmpty() && Character.isLowerCase(line.body().codePointAt(0))) {
      return true;
    }
    if (r.listItem > 0 && number == r.listItem + 1) {
      return true;
    }
    String lead = r.open != null && !r.open.isEmpty() ? r.open.lastLine.strip() : null;
    boolean leadIn = lead != null ? lead.endsWith(":") || lead.endsWith(",") : r.lastEndsWithColon;
    return number == 1 && leadIn && (r.lastParagraph > 0 || numbersAgainFromOne(r, i));
  }

  private static boolean numbersAgainFromOne(Reading r, int i) {
    for (int j = i + 1; j < r.lines.size(); j++) {
      Line later = r.line(j);
      if (later.kind() == LineKind.ANNEX) {
        return false; // an annex numbers its own items
      }
      if (later.kind() == LineKind.NUMBER && "1".equals(later.label()) && r.lines.isContent(j)) {
        return true;
      }
    }
    return false;
  }

  /** The number a paragraph's label ends with: 12 for "12", 3 for "2.3". */
  private static int lastPart(String label) {
    return Integer.parseInt(label.substring(label.lastIndexOf('.') + 1));
  }

  private static boolean acceptsLettered(Reading r, int i) {
    return r.lines.blankBefore(i)
        || r.open == null
        || r.open.isEmpty()
        || !r.markers.isEmpty()
        || TextShapes.endsSentence(r.open.lastLine)
        || r.line(i - 1).kind() == LineKind.LETTERED;
  }

  /** Whether a text line goes on with the open passage. */
  private static boolean continues(Reading r, String p, boolean blankBefore) {
    String last = r.open.lastLine;
    if (!blankBefore) {
      boolean endsSentence = TextShapes.endsSentence(last);
      if (TextShapes.isFieldLine(p) && (r.open.field || endsSentence)) {
        return false;
      }
      if (r.lines.hardBreaks()) {
        return !endsSentence && (TextShapes.startsLowercase(p) || TextShapes.endsWithJoiner(last));
      }
      return !(endsSentence && last.length() < r.profile.shortLineShare() * r.lines.wrapWidth());
    }
    if (TextShapes.endsSentence(r.open.lastLine)) {
      return false;
    }
    return TextShapes.startsLowercase(p) || TextShapes.endsWithJoiner(r.open.lastLine);
  }
}
