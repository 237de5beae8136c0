package org.councilsearch.ingest.structure;

/** What one line of cleaned text looks like on its own, before its neighbours are considered. */
enum LineKind {
  BLANK,
  /** A Markdown thematic break: "---", "***", "* * *". */
  RULE,
  /** "### II. ACTIVITIES IN 2005". */
  MD_HEADING,
  /** "• item", or a glyph alone (after {@code BulletGlyphFilter}). */
  BULLET,
  /** "Annex", "ANNEX I", "Annex II: Questionnaire". */
  ANNEX,
  /** "12. In 2009, ..." or "12." alone. */
  NUMBER,
  /** "IV. THE GENDER FOCAL POINT NETWORK" or "II." alone. */
  ROMAN,
  /** "A. Organization of ..." or "A." alone. */
  LETTER,
  /** "(a) item", "(iii)" alone, "b) item". */
  LETTERED,
  /** An entry of a table of contents, "III. Programme activities ...... 12", or its column heads "Chapter Page". */
  CONTENTS,
  TEXT
}
