package org.councilsearch.index;

/**
 * One field of the index: its name, how it is indexed, whether its values are kept for display,
 * and whether a document may hold several.
 */
public record SchemaField(String name, FieldKind kind, boolean stored, boolean multiValued) {
  static SchemaField single(String name, FieldKind kind, boolean stored) {
    return new SchemaField(name, kind, stored, false);
  }

  static SchemaField multi(String name, FieldKind kind, boolean stored) {
    return new SchemaField(name, kind, stored, true);
  }
}
