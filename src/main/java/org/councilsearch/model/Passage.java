package org.councilsearch.model;

import java.util.List;
import java.util.Objects;

/**
 * A paragraph-level piece of a paper: the unit that is indexed, searched and cited.
 *
 * @param id unique within the index: the paper id and the passage's order
 * @param paperId the paper it belongs to
 * @param order position in the paper, from 0
 * @param number the printed paragraph (or annex item) number it falls under, such as "4", or null
 * @param kind what the passage is in the paper's structure
 * @param section the headings above the passage, outermost first; empty when there are none
 * @param text the cleaned text, free of extraction artifacts
 * @param entities what tagging found in it; {@link Entities#NONE} before tagging
 * @param language the language it is written in, as {@link PaperMetadata#language()} names it:
 *     its own when it is long enough to tell, else its paper's; null before detection
 */
public record Passage(
    String id,
    String paperId,
    int order,
    String number,
    PassageKind kind,
    List<String> section,
    String text,
    Entities entities,
    String language) {
  public Passage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(paperId, "paperId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entities, "entities");
    section = List.copyOf(section);
  }

  /** A passage not tagged yet. */
  public Passage(
      String id, String paperId, int order, String number, PassageKind kind, List<String> section, String text) {
    this(id, paperId, order, number, kind, section, text, Entities.NONE, null);
  }

  /** A passage whose language is not detected yet. */
  public Passage(
      String id,
      String paperId,
      int order,
      String number,
      PassageKind kind,
      List<String> section,
      String text,
      Entities entities) {
    this(id, paperId, order, number, kind, section, text, entities, null);
  }

  /** The same passage with what tagging found in it. */
  public Passage withEntities(Entities found) {
    return new Passage(id, paperId, order, number, kind, section, text, found, language);
  }

  /** The same passage, in {@code language}. */
  public Passage withLanguage(String language) {
    return new Passage(id, paperId, order, number, kind, section, text, entities, language);
  }

  /** The heading path as readers see it: "I. AWARENESS-RAISING ACTIVITIES > Addressing ...". */
  public String sectionPath() {
    return String.join(" > ", section);
  }
}
