package org.councilsearch.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a passage lives on the paper view: /documents/{paperId}?passage={passageId}#para-4. The
 * anchor is the printed paragraph number when there is one ("para-4"), else the passage's order in
 * the paper ("passage-17"); the paper view gives its elements the same ids.
 */
public final class PassageLinks {
  private PassageLinks() {}

  /** The link to the passage, highlighted and scrolled to, in its paper. */
  public static String href(String paperId, String passageId, String number) {
    return "/documents/"
        + encode(paperId)
        + "?passage="
        + encode(passageId)
        + "#"
        + anchor(passageId, number);
  }

  /** The fragment that names the passage on its paper's page. */
  public static String anchor(String passageId, String number) {
    return number != null ? "para-" + safe(number) : "passage-" + order(passageId);
  }

  /** The passage's order in its paper: passage ids end in "-{order}". */
  public static String order(String passageId) {
    return passageId.substring(passageId.lastIndexOf('-') + 1);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Paragraph numbers are short tokens ("4", "12", "A.3"); anything else becomes '-'. */
  private static String safe(String number) {
    return number.replaceAll("[^A-Za-z0-9.]", "-");
  }
}
