package org.councilsearch.ingest.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes inline Markdown and HTML markup and keeps the words: {@code **bold**}, {@code __bold__},
 * {@code *emphasis*}, {@code _emphasis_}, {@code ~~struck~~}, {@code `code`}, {@code [text](url)}
 * and images (their alt text), HTML tags, and a few HTML entities. A footnote marker in {@code
 * <sup>1</sup>} is dropped; other superscripts keep their text ("1<sup>st</sup>" reads "1st").
 * Unpaired {@code **} left by a span that crossed a line is dropped too.
 *
 * <p>Block markup (headings, rules, list markers) is structure and is read by the segmenter before
 * this filter runs. Every pattern is bounded and none can scan past the next marker of its kind, so the
 * filter is linear in the input.
 */
public final class MarkdownInlineFilter implements TextFilter {
  private static final Pattern FOOTNOTE_SUP =
      Pattern.compile("(?i)<sup>\\s*[0-9*†‡,\\s]{1,8}\\s*</sup>");
  private static final Pattern SUP_SUB =
      Pattern.compile("(?i)<(sup|sub)>([^<]{0,200})</(?:sup|sub)>");
  private static final Pattern BREAK = Pattern.compile("(?i)<br\\s{0,5}/?>");
  private static final Pattern COMMENT = Pattern.compile("<!--[^>]{0,2000}?-->");
  private static final Pattern TAG =
      Pattern.compile("</?[A-Za-z][A-Za-z0-9]{0,15}(?:\\s[^<>]{0,500})?/?>");
  private static final Pattern IMAGE_OR_LINK =
      Pattern.compile("!?\\[([^\\]\\n]{0,300})\\]\\((?:[^()\\s]{0,1000})(?:\\s[^()]{0,200})?\\)");
  private static final Pattern REFERENCE_LINK =
      Pattern.compile("\\[([^\\]\\n]{1,300})\\]\\[[^\\]\\n]{0,100}\\]");
  private static final Pattern STRONG_STARS =
      Pattern.compile("\\*\\*(?=[^\\s*])([^*\\n]{0,1000}?[^\\s*])\\*\\*");
  private static final Pattern STRONG_UNDERSCORES =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_])__(?=[^\\s_])([^_\\n]{0,1000}?[^\\s_])__(?![\\p{L}\\p{N}_])");
  private static final Pattern STRAY_STRONG = Pattern.compile("\\*\\*+|(?<![\\p{L}\\p{N}])__+(?![\\p{L}\\p{N}])");
  private static final Pattern EMPHASIS_STAR =
      Pattern.compile("(?<![\\p{L}\\p{N}*\\\\])\\*(?=[^\\s*])([^*\\n]{0,1000}?[^\\s*\\\\])\\*(?![\\p{L}\\p{N}*])");
  private static final Pattern EMPHASIS_UNDERSCORE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_\\\\])_(?=[^\\s_])([^_\\n]{0,1000}?[^\\s_])_(?![\\p{L}\\p{N}_])");
  private static final Pattern STRIKE = Pattern.compile("~~(?=[^\\s~])([^~\\n]{0,1000}?[^\\s~])~~");
  private static final Pattern CODE = Pattern.compile("`{1,3}([^`\\n]{1,1000})`{1,3}");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([*_#\\[\\]()`~>|!+.-])");
  private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

  @Override
  public String apply(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String s = text;
    if (s.indexOf('<') >= 0) {
      s = FOOTNOTE_SUP.matcher(s).replaceAll("");
      s = SUP_SUB.matcher(s).replaceAll("$2");
      s = BREAK.matcher(s).replaceAll(" ");
      s = COMMENT.matcher(s).replaceAll(" ");
      s = TAG.matcher(s).replaceAll(" ");
    }
    if (s.indexOf('[') >= 0) {
      s = IMAGE_OR_LINK.matcher(s).replaceAll("$1");
      s = REFERENCE_LINK.matcher(s).replaceAll("$1");
    }
    if (s.indexOf('*') >= 0) {
      s = STRONG_STARS.matcher(s).replaceAll("$1");
      s = STRAY_STRONG.matcher(s).replaceAll("");
      s = EMPHASIS_STAR.matcher(s).replaceAll("$1");
    }
    if (s.indexOf('_') >= 0) {
      s = STRONG_UNDERSCORES.matcher(s).replaceAll("$1");
      s = EMPHASIS_UNDERSCORE.matcher(s).replaceAll("$1");
    }
    if (s.indexOf('~') >= 0) {
      s = STRIKE.matcher(s).replaceAll("$1");
    }
    if (s.indexOf('`') >= 0) {
      s = CODE.matcher(s).replaceAll("$1");
    }
    if (s.indexOf('\\') >= 0) {
      s = ESCAPE.matcher(s).replaceAll("$1");
    }
    if (s.indexOf('&') >= 0) {
      s = decodeEntities(s);
    }
    return s;
  }

  private static String decodeEntities(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      String replacement = entity(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? m.group() : replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String entity(String name) {
    if (name.startsWith("#")) {
      try {
        int cp =
            name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                ? Integer.parseInt(name.substring(2), 16)
                : Integer.parseInt(name.substring(1));
        if (cp == 0 || !Character.isValidCodePoint(cp) || (cp >= 0xD800 && cp <= 0xDFFF)) {
          return " ";
        }
        return Character.isISOControl(cp) ? " " : new String(Character.toChars(cp));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return switch (name) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      case "nbsp" -> " ";
      case "ndash" -> "–";
      case "mdash" -> "—";
      case "rsquo" -> "’";
      case "lsquo" -> "‘";
      case "ldquo" -> "“";
      case "rdquo" -> "”";
      case "hellip" -> "…";
      default -> null;
    };
  }
}
