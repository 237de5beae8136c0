package org.councilsearch.eval;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Comparison keys for names: case, accents, spaces, hyphens and dashes, apostrophes and periods do
 * not matter ("Co-operation" = "Cooperation", "Women’s" = "Women's", "St. Lucia" = "St Lucia").
 */
final class NameKeys {
  private NameKeys() {}

  static String key(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
    return folded.replaceAll("[\\s\\p{Pd}\\u2010-\\u2015'’‘`.]+", "");
  }
}
