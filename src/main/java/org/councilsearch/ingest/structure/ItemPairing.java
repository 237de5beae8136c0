package org.councilsearch.ingest.structure;

import static org.councilsearch.ingest.structure.BlockReader.NOT_MINE;

import java.util.ArrayList;
import java.util.List;
import org.councilsearch.model.PassageKind;

/**
 * The readers that pair labels printed apart from their texts: glyphs or letters alone
 * ("(a)\n(b)\n(c)\n\nfirst;\nsecond;\nthird.") get the texts that follow, in order, and so does a
 * column of labels ("Chapter One:") with the column of values after it. Stateless.
 */
final class ItemPairing {
  /** The text lines after labels that wait for them: one item per label. */
  int pairLabels(Reading r, int i) {
    if (r.markers.isEmpty()) {
      return NOT_MINE;
    }
    List<String> run = new ArrayList<>();
    int j = i;
    while (r.lines.isText(j) && run.size() < r.profile.maxPairedLines()) {
      run.add(r.line(j).plain());
      j++;
    }
    int k = r.markers.size();
    List<String> groups = groupItems(run);
    List<String> items;
    if (groups.size() == k) {
      items = groups;
    } else if (run.size() == k) {
      items = run;
    } else if (groups.size() > k) {
      items = new ArrayList<>(groups.subList(0, k - 1));
      items.add(String.join(" ", groups.subList(k - 1, groups.size())));
    } else {
      items = groups;
    }
    for (String text : items) {
      String label = r.markers.poll();
      r.flush();
      String body = label == null || label.isEmpty() ? text : label + " " + text;
      r.open(PassageKind.ITEM, r.number, body, false);
    }
    return j;
  }

  /**
   * A column of two or more short labels ("Chapter One:") followed, after a blank line, by at
   * least as many lines of values: the labels wait to be paired.
   */
  int labelColumn(Reading r, int i) {
    PaperLines lines = r.lines;
    int j = i;
    while (lines.isText(j) && TextShapes.isLabel(lines.line(j).plain())) {
      j++;
    }
    int count = j - i;
    if (count < 2 || j >= lines.size() || lines.isContent(j)) {
      return NOT_MINE;
    }
    int values = 0;
    for (int m = lines.nextContent(j - 1); lines.isText(m); m++) {
      values++;
    }
    if (values < count) {
      return NOT_MINE;
    }
    r.flush();
    for (int m = i; m < j; m++) {
      r.markers.add(lines.line(m).plain());
    }
    return j;
  }

  /** Lines grouped into items: a new item starts after a line that ends a sentence or clause. */
  private static List<String> groupItems(List<String> run) {
    List<String> groups = new ArrayList<>();
    StringBuilder current = null;
    String previous = null;
    for (String line : run) {
      boolean joins =
          previous != null
              && !TextShapes.endsSentence(previous)
              && (TextShapes.startsLowercase(line) || TextShapes.endsWithJoiner(previous));
      if (joins) {
        current.append(' ').append(line);
      } else {
        if (current != null) {
          groups.add(current.toString());
        }
        current = new StringBuilder(line);
      }
      previous = line;
    }
    if (current != null) {
      groups.add(current.toString());
    }
    return groups;
  }
}
