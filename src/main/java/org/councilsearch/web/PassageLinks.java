package org.councilsearch.web;

/**
 * Where a passage lives on the paper view: /documents/{paperId}?passage={passageId}#para-4. The
 * anchor is the printed paragraph number when there is one ("para-4"), else the passage's order in
 * the paper ("passage-17"); the paper view gives its elements the same ids.
 */
final class PassageLinks {
  private PassageLinks() {}

  /** The link to the passage, highlighted and scrolled to, in its paper. */
  static String href(String paperId, String passageId, String number) {
    return "/documents/"
        + SearchForm.encode(paperId)
        + "?passage="
        + SearchForm.encode(passageId)
        + "#"
        + anchor(passageId, number);
  }

  /** The fragment that names the passage on its paper's page. */
  static String anchor(String passageId, String number) {
    return number != null ? "para-" + safe(number) : "passage-" + order(passageId);
  }

  /** The passage's order in its paper: passage ids end in "-{order}". */
  static String order(String passageId) {
    return passageId.substring(passageId.lastIndexOf('-') + 1);
  }

  /** Paragraph numbers are short tokens ("4", "12", "A.3"); anything else becomes '-'. */
  private static String safe(String number) {
    return number.replaceAll("[^A-Za-z0-9.]", "-");
  }
}
