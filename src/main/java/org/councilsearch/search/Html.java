package org.councilsearch.search;

/** HTML escaping for snippets, which are built here and shown by the web page as they are, and for the page itself. */
public final class Html {
  private Html() {}

  /** {@code text} with the five characters that are markup in HTML text and attributes escaped. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
