package org.councilsearch.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.councilsearch.model.PaperMetadata;

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

  /** Each field's gold value and the value read, in that order. */
  static Map<FamilyField, Object[]> compared(FamilyGold gold, PaperMetadata read, List<String> paragraphs) {
    Map<FamilyField, Object[]> fields = new EnumMap<>(FamilyField.class);
    fields.put(YEAR, new Object[] {gold.year(), read.year()});
    fields.put(TITLE, new Object[] {gold.title(), read.title()});
    fields.put(SYMBOL, new Object[] {gold.symbol(), read.symbol()});
    fields.put(SESSION, new Object[] {gold.session(), read.session()});
    fields.put(ORGANIZATION, new Object[] {gold.organization(), read.organization()});
    fields.put(PARAGRAPHS, new Object[] {gold.paragraphs(), paragraphs});
    return fields;
  }
}
