package org.councilsearch.model;

/** What a passage is in the paper's own structure. */
public enum PassageKind {
  /** A numbered paragraph ("12. In 2009, ..."): its number is the citation readers use. */
  PARAGRAPH,
  /** A bullet or lettered item ("•", "(a)") belonging to the paragraph or section above it. */
  ITEM,
  /** A numbered item of an annex ("1. Support to ..."), cited as an annex item. */
  ANNEX_ITEM,
  /** Running text with no number of its own, such as a paragraph's continuation after a list. */
  TEXT
}
