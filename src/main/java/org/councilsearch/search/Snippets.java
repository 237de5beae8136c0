package org.councilsearch.search;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns an HTML snippet (escaped text with {@code <mark>} around matches) into terminal text. */
public final class Snippets {
  /**
   * Any character reference: named, decimal or hexadecimal. The highlighters escape more than
   * {@link Html#escape} does (Lucene's and Solr's write {@code &#x27;} and {@code &#x2F;}).
   */
  private static final Pattern REFERENCE = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));");

  private static final Map<String, String> NAMED =
      Map.of("lt", "<", "gt", ">", "amp", "&", "quot", "\"", "apos", "'", "nbsp", "\u00a0");

  private Snippets() {}

  /** Replaces the marks with {@code open} and {@code close} and unescapes the text. */
  public static String toPlain(String snippet, String open, String close) {
    return unescape(snippet.replace("<mark>", open).replace("</mark>", close));
  }

  /** {@code html} with every character reference replaced by its character; unknown names stay. */
  static String unescape(String html) {
    Matcher m = REFERENCE.matcher(html);
    StringBuilder out = new StringBuilder(html.length());
    while (m.find()) {
      String replacement;
      if (m.group(3) != null) {
        replacement = NAMED.getOrDefault(m.group(3), m.group());
      } else {
        int code = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
        replacement = Character.isValidCodePoint(code) ? Character.toString(code) : m.group();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
