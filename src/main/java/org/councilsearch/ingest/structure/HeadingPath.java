package org.councilsearch.ingest.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The headings above the current point of a paper, outermost first, each with its level. */
final class HeadingPath {
  /** Where a heading came from, which decides how later headings nest under it. */
  enum Origin {
    /** Numbered or marked up: "II. ACTIVITIES", "### Awareness raising". */
    EXPLICIT,
    /** A lettered sub-heading of the body: "A. Migration and development". */
    SUB,
    /** A numbered heading the line-role model read: "1. ANTECEDENTES". */
    NUMBERED,
    /** A title-like line the segmenter recognised by its place and shape. */
    IMPLICIT,
    /** A bullet line used as a heading above numbered paragraphs. */
    BULLET,
    /** An annex, with its title. */
    ANNEX,
    /** A numbered or lettered item of an annex. */
    ANNEX_ITEM
  }

  record Entry(int level, String text, Origin origin, HeadingStyle style) {}

  private final List<Entry> entries = new ArrayList<>();
  private List<String> texts = List.of();

  /** Adds a heading at {@code level}, closing every heading at that level or deeper. */
  void push(int level, String text, Origin origin) {
    while (!entries.isEmpty() && entries.get(entries.size() - 1).level() >= level) {
      entries.remove(entries.size() - 1);
    }
    entries.add(new Entry(level, text, origin, HeadingStyle.of(text)));
    texts = null;
  }

  /** Closes every heading deeper than {@code level}. */
  void closeBelow(int level) {
    boolean changed = false;
    while (!entries.isEmpty() && entries.get(entries.size() - 1).level() > level) {
      entries.remove(entries.size() - 1);
      changed = true;
    }
    if (changed) {
      texts = null;
    }
  }

  void clear() {
    entries.clear();
    texts = List.of();
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  Entry outermost() {
    return entries.isEmpty() ? null : entries.get(0);
  }

  Entry deepest() {
    return entries.isEmpty() ? null : entries.get(entries.size() - 1);
  }

  /** The level of the deepest heading of one of these origins, or 0. */
  int deepestLevel(Set<Origin> origins) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry e = entries.get(i);
      if (origins.contains(e.origin())) {
        return e.level();
      }
    }
    return 0;
  }

  /** The headings' texts, outermost first; an immutable snapshot. */
  List<String> texts() {
    if (texts == null) {
      List<String> list = new ArrayList<>(entries.size());
      entries.forEach(e -> list.add(e.text()));
      texts = List.copyOf(list);
    }
    return texts;
  }
}
