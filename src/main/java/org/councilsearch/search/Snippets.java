package org.councilsearch.search;

/** Turns an HTML snippet (escaped text with {@code <mark>} around matches) into terminal text. */
public final class Snippets {
  private Snippets() {}

  /** Replaces the marks with {@code open} and {@code close} and unescapes the text. */
  public static String toPlain(String snippet, String open, String close) {
    return snippet
        .replace("<mark>", open)
        .replace("</mark>", close)
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
