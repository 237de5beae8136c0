package org.councilsearch.web;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.regex.Pattern;
import org.councilsearch.search.Html;

/**
 * The one way markup reaches a page unescaped. Snippets come from the search stage as HTML: the
 * passage text escaped when the snippet is built, and matches wrapped in {@code <mark>} (see {@code
 * Hit#snippet}). They are trusted for that reason alone, and checked again here: anything in them
 * that is not text or a bare {@code <mark>}/{@code </mark>} makes the whole snippet shown as text
 * instead.
 */
final class TrustedHtml {
  /** An ampersand that does not start a character reference: text that was never escaped. */
  private static final Pattern BARE_AMPERSAND =
      Pattern.compile("&(?!(?:lt|gt|amp|quot|apos|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});)");

  private TrustedHtml() {}

  /** The snippet as markup for the template, or escaped text if it is not what search builds. */
  static SafeString snippet(String html) {
    String text = html.replace("<mark>", "").replace("</mark>", "");
    boolean escaped =
        text.chars().noneMatch(c -> c == '<' || c == '>' || c == '"' || c == '\'')
            && !BARE_AMPERSAND.matcher(text).find();
    return new SafeString(escaped ? html : Html.escape(html));
  }
}
