package org.councilsearch.eval;

/** The metadata fields the family evaluation scores, each right or wrong per paper. */
public enum FamilyField {
  YEAR("year"),
  TITLE("title"),
  SYMBOL("symbol"),
  SESSION("session"),
  PARAGRAPHS("paragraph numbers"),
  ORGANIZATION("organization");

  private final String label;

  FamilyField(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
