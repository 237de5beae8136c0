package org.councilsearch.web;

/** Checks on rendered pages. */
final class HtmlChecks {
  private HtmlChecks() {}

  /**
   * The page with attribute values emptied: the templates escape quotes in values, so what is left
   * of each tag is the markup the page itself wrote.
   */
  static String tagsOnly(String html) {
    return html.replaceAll("=\"[^\"]*\"", "=\"\"");
  }
}
