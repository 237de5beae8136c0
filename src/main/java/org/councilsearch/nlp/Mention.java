package org.councilsearch.nlp;

/**
 * One name found in a sentence.
 *
 * @param kind what it names
 * @param source what found it; earlier sources are trusted more
 * @param from first token, within the sentence
 * @param to token after the last, within the sentence
 * @param start offset of its first character in the passage (or heading) text
 * @param end offset after its last character
 * @param text the name as written
 * @param ref what it resolves to: a canonical organization or place name, a person's or event's name
 * @param type an event's type ("workshop"), otherwise null
 */
record Mention(
    EntityKind kind, Source source, int from, int to, int start, int end, String text, String ref, String type) {

  /** What found a mention, most trusted first. */
  enum Source {
    /** A name introduced by a title ("Ms. Michelle Bachelet"). */
    TITLE,
    /** A spelling listed in the gazetteer. */
    GAZETTEER,
    /** An acronym or long form the paper defines. */
    PAPER,
    /** "the Organization", "the Unit", in a paper that names the organization. */
    CONTEXT,
    /** The shape of an event name. */
    PATTERN,
    /** The statistical name finder. */
    MODEL
  }

  boolean overlaps(Mention other) {
    return from < other.to && other.from < to;
  }

  boolean contains(Mention other) {
    return from <= other.from && other.to <= to;
  }

  int length() {
    return to - from;
  }

  Mention withRef(String newRef) {
    return new Mention(kind, source, from, to, start, end, text, newRef, type);
  }
}
