package org.councilsearch.registry;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The start of an organization's document symbols, as the registry writes it: printed characters,
 * where {@code #} stands for one digit and a number ends where its {@code #}s end ("EB###" for
 * "EB150/2", "S/##/" for "S/17/10" but not "S/2019/5"). Letters compare in any case; spaces around a slash or a period do not count.
 *
 * @param start the series as written
 * @param owner the organization whose series it is, by canonical name
 */
record SymbolSeries(String start, String owner) {
  private static final Pattern SPACE_AT_JOINS = Pattern.compile("\\s*([/.])\\s*");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Whether {@code symbol} starts with this series. */
  boolean starts(String symbol) {
    String s = normal(symbol);
    String p = normal(start);
    if (s.length() < p.length()) {
      return false;
    }
    for (int i = 0; i < p.length(); i++) {
      char want = p.charAt(i);
      char got = s.charAt(i);
      if (want == '#' ? !Character.isDigit(got) : want != got) {
        return false;
      }
    }
    // A number ends where the series' digits end: "EB##" does not take "EB150".
    return !(p.endsWith("#") && s.length() > p.length() && Character.isDigit(s.charAt(p.length())));
  }

  /** How specific the series is: longer starts win. */
  int length() {
    return normal(start).length();
  }

  static String normal(String symbol) {
    String s = SPACE_AT_JOINS.matcher(symbol.strip()).replaceAll("$1");
    return SPACES.matcher(s).replaceAll(" ").toUpperCase(Locale.ROOT);
  }
}
