package org.councilsearch.nlp;

import java.util.Locale;

/** The kinds of names the tagger finds; their lower-case names are the name finder's types. */
enum EntityKind {
  ORGANIZATION,
  PERSON,
  EVENT,
  PLACE;

  /** The type as the training files write it: {@code <START:organization>}. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind a name finder type stands for, or null for a type the tagger does not use. */
  static EntityKind ofLabel(String label) {
    for (EntityKind kind : values()) {
      if (kind.label().equals(label)) {
        return kind;
      }
    }
    return null;
  }
}
