package org.councilsearch.ingest.clean;

import java.util.regex.Pattern;

/**
 * Removes footnote reference numbers that PDF extraction glues to the end of a sentence, as in
 * "States, migrants and staff.1" — a one- or two-digit number right after a word's final
 * punctuation and before a space or the end. Decimal numbers ("2.1"), section numbers ("VIII.6")
 * and ratios are left alone: the punctuation must follow two lower-case letters.
 */
public final class FootnoteMarkerFilter implements TextFilter {
  private static final Pattern MARKER = Pattern.compile("(?<=\\p{Ll}\\p{Ll}[.;,:])\\d{1,2}(?=\\s|$)");

  @Override
  public String apply(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    return MARKER.matcher(text).replaceAll("");
  }
}
