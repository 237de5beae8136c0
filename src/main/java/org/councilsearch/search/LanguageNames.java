package org.councilsearch.search;

import java.util.Locale;

/** Language codes as readers see them: "fr" as "French". Pure functions. */
public final class LanguageNames {
  private LanguageNames() {}

  /** The English name of the language {@code code} ("fr", "es"), the code itself when unknown, or null for null. */
  public static String name(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() || name.equals(code) ? code : name;
  }

  /** "French (fr)", for lines that show the code a filter takes; null for null. */
  public static String withCode(String code) {
    String name = name(code);
    return name == null || name.equals(code) ? name : name + " (" + code + ")";
  }
}
