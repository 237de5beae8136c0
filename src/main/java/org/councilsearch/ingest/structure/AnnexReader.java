package org.councilsearch.ingest.structure;

import static org.councilsearch.ingest.structure.BlockReader.NOT_MINE;
import static org.councilsearch.ingest.structure.Reading.ANNEX_LEVEL;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.councilsearch.ingest.structure.HeadingPath.Origin;
import org.councilsearch.model.PassageKind;

/**
 * The readers of annexes: a line "Annex" (or "ANNEX I", "Annex II: ...", with its title perhaps on
 * the lines below) opens one, and its numbered item titles ("1. “Identification ...”", "**2.
 * Support to ...**") join the section path under it; every passage under an item is an {@link
 * PassageKind#ANNEX_ITEM} with the item's number, or with its own paragraph number when the item's
 * paragraphs are numbered. Stateless.
 */
final class AnnexReader {
  /** An "ANNEX I" line. */
  int annexLine(Reading r, int i) {
    if (r.line(i).kind() != LineKind.ANNEX) {
      return NOT_MINE;
    }
    r.flush();
    r.markers.clear();
    return annex(r, i);
  }

  /** Opens the annex named at line i (an annex line or a Markdown heading); returns the next line. */
  int annex(Reading r, int i) {
    PaperLines lines = r.lines;
    Line line = lines.line(i);
    String label;
    String title;
    if (line.kind() == LineKind.MD_HEADING) {
      Matcher m = LineClassifier.annex(line.plain());
      label = m.group(1);
      title = m.group(2) == null ? "" : m.group(2).strip();
    } else {
      label = line.label();
      title = line.body();
    }
    int j = i + 1;
    if (title.isEmpty()) {
      List<String> parts = new ArrayList<>();
      int m = lines.nextContent(i);
      while (lines.isText(m) && parts.size() < r.profile.maxAnnexTitleLines()) {
        Line t = lines.line(m);
        String p = t.plain();
        boolean marked = TextShapes.isAllCaps(p) || t.bold() || t.text().startsWith("**")
            || t.text().startsWith("__");
        boolean alone = parts.isEmpty() && !lines.isText(m + 1) && TextShapes.isHeadingLike(p);
        if (!(marked || alone)
            || TextShapes.endsSentence(p)
            || p.length() > r.profile.maxAnnexTitleChars()) {
          break;
        }
        parts.add(p);
        m++;
      }
      if (!parts.isEmpty()) {
        title = String.join(" ", parts);
        j = m;
      }
    }
    String heading =
        title.isEmpty() ? r.cleanHeading(label) : r.cleanHeading(label) + ": " + r.cleanHeading(title);
    r.path.clear();
    r.path.push(ANNEX_LEVEL, heading, Origin.ANNEX);
    r.inAnnex = true;
    r.item = null;
    r.headingOpened();
    return j;
  }

  /** A numbered line in an annex: an item's title, or a numbered paragraph of the item. */
  int numbered(Reading r, int i) {
    PaperLines lines = r.lines;
    Line line = lines.line(i);
    String label = line.label();
    String body = line.body();
    if (r.item == null || !r.item.lettered()) {
      boolean title = line.bold();
      String full = body;
      int j = i + 1;
      if (!title) {
        List<String> parts = new ArrayList<>();
        if (!body.isEmpty()) {
          parts.add(body);
        }
        int m = body.isEmpty() ? lines.nextContent(i) : i + 1;
        while (lines.isText(m) && parts.size() < r.profile.maxHeadingLines()) {
          parts.add(lines.line(m).plain());
          m++;
        }
        full = String.join(" ", parts);
        title =
            !full.isEmpty()
                && full.length() <= r.profile.maxItemTitleChars()
                && !TextShapes.endsSentence(full)
                && TextShapes.startsLikeHeading(full);
        j = m;
      }
      if (title) {
        r.path.push(ANNEX_LEVEL + 1, r.cleanHeading(label + ". " + full), Origin.ANNEX_ITEM);
        r.item = new Reading.AnnexItem(label, false, 0);
        r.headingOpened();
        r.number = label;
        return j;
      }
      if (r.item != null) {
        // A numbered paragraph after a numbered item title is the next item, untitled.
        r.path.closeBelow(ANNEX_LEVEL);
        r.item = null;
      }
    }
    r.number = label;
    r.open(PassageKind.ANNEX_ITEM, label, body, false);
    return i + 1;
  }
}
