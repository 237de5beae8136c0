package org.councilsearch.ingest.structure;

import java.util.Locale;

/**
 * What one printed line of a paper is, as the line-role model reads it. The names are those of the
 * labelled papers' {@code .roles} files ("para-start" for {@link #PARA_START}).
 */
public enum LineRole {
  /** Organization name or logo words at the top. */
  MASTHEAD,
  /** The governing body ("Executive Board", "Conseil"). */
  BODY,
  /** The paper's own symbol. */
  SYMBOL,
  /** Distribution, language and restriction notes. */
  DISTRIBUTION,
  /** The issue date. */
  DATE,
  /** The session or meeting line. */
  SESSION,
  /** Place and meeting dates. */
  VENUE,
  /** Agenda item line. */
  AGENDA,
  /** A label standing apart ("Conference Room Paper", "Annex"). */
  LABEL,
  TITLE,
  SUBTITLE,
  /** "Report of the Director-General", "Note by the Secretariat". */
  AUTHOR,
  /** Table-of-contents entries and their heading. */
  CONTENTS,
  /** Section headings in the body. */
  HEADING,
  /** First line of a numbered paragraph, or its number alone above it. */
  PARA_START,
  /** Any further line of a paragraph, and lines of unnumbered paragraphs. */
  PARA_CONT,
  /** First line of a bulleted or lettered list item. */
  LIST_ITEM,
  /** Running heads and feet, page numbers, file paths, print notes. */
  FURNITURE,
  /** Anything else: signatures, footnotes, table cells. */
  OTHER;

  /**
   * Whether only a paper's header has lines of this role: a masthead, the governing body, the
   * symbol, the distribution note, the date, the session, the venue, the agenda reference. A title
   * or a heading may stand anywhere; these say a header is there.
   */
  public boolean onlyInHeaders() {
    return switch (this) {
      case MASTHEAD, BODY, SYMBOL, DISTRIBUTION, DATE, SESSION, VENUE, AGENDA -> true;
      default -> false;
    };
  }

  /** The name used in labelled data and in the model ("para-start"). */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The role labelled {@code label}.
   *
   * @throws IllegalArgumentException naming the label when it is not a role
   */
  public static LineRole of(String label) {
    for (LineRole role : values()) {
      if (role.label().equals(label)) {
        return role;
      }
    }
    throw new IllegalArgumentException("unknown line role \"" + label + "\" (expected one of masthead, body, symbol, distribution, date, session, venue, agenda, label, title, subtitle, author, contents, heading, para-start, para-cont, list-item, furniture, other)");
  }
}
