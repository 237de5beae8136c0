package org.councilsearch.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A paper's or a passage's values, field by field, before they become a Lucene document or a Solr
 * one: both are made from this, so the embedded index and a SolrCloud collection hold the same.
 * It is what a {@link PaperStore} is given to write; only {@link Schema} builds one.
 */
public record FieldedDocument(List<Value> values, List<FacetValue> facets) {
  public FieldedDocument {
    values = List.copyOf(values);
    facets = List.copyOf(facets);
  }

  /** The first value of the field called {@code name}, or null. */
  public Object value(String name) {
    for (Value v : values) {
      if (v.field().name().equals(name)) {
        return v.value();
      }
    }
    return null;
  }

  /** A value of {@code field}: a String, an Integer, or a {@link DayRange}. */
  public record Value(SchemaField field, Object value) {}

  /** One value of a facet dimension. */
  public record FacetValue(String dimension, String value) {}

  /** The days from {@code start} to {@code end}, both included. */
  public record DayRange(LocalDate start, LocalDate end) {}

  /** Collects the values in order; the order of a multi-valued field's values is kept. */
  static final class Builder {
    private final List<Value> values = new ArrayList<>();
    private final List<FacetValue> facets = new ArrayList<>();

    Builder add(String field, Object value) {
      values.add(new Value(Schema.field(field), value));
      return this;
    }

    Builder addIfPresent(String field, Object value) {
      return value == null ? this : add(field, value);
    }

    Builder facet(String dimension, String value) {
      facets.add(new FacetValue(dimension, value));
      return this;
    }

    FieldedDocument build() {
      return new FieldedDocument(values, facets);
    }
  }
}
