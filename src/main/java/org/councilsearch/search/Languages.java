package org.councilsearch.search;

import java.util.Locale;
import java.util.Map;

/** Languages as readers name them: "français" for "fr", each in its own words. */
public final class Languages {
  private static final Map<String, String> NAMES =
      Map.of("en", "English", "fr", "français", "es", "español");

  private Languages() {}

  /** The language's own name, or its code when it is not one of the council's languages. */
  public static String name(String code) {
    if (code == null) {
      return "an unknown language";
    }
    String known = NAMES.get(code.toLowerCase(Locale.ROOT));
    return known != null ? known : code;
  }
}
