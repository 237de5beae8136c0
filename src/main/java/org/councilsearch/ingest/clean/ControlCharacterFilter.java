package org.councilsearch.ingest.clean;

/**
 * The first repair of extracted text: line breaks as {@code \n}, whatever the source used; other
 * control characters (NULs of a padded export, stray escape bytes) as spaces, since they end words;
 * stray surrogates as U+FFFD, so that the text encodes to UTF-8 without loss. Text that needs none
 * of this comes back as the same instance.
 */
public final class ControlCharacterFilter implements TextFilter {
  @Override
  public String apply(String text) {
    if (text == null) {
      return "";
    }
    int first = 0;
    while (first < text.length() && !needsChange(text, first)) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          out.append(c).append(text.charAt(++i));
        } else {
          out.append('\uFFFD');
        }
      } else if (Character.isLowSurrogate(c)) {
        out.append('\uFFFD');
      } else if (c == '\r') {
        out.append('\n');
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (isLineBreak(c)) {
        out.append('\n');
      } else if (isControl(c)) {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean needsChange(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return c == '\r' || isLineBreak(c) || isControl(c);
  }

  private static boolean isLineBreak(char c) {
    return c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F;
  }
}
