package org.councilsearch.ingest.structure;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organization whose paper it is, from what the paper shows of itself: the series of its
 * symbol ("GB.320/INS/5" is an ILO Governing Body paper, "A/AC.96/1001" a UNHCR Executive
 * Committee paper), else the first organization its header names ("INTERNATIONAL LABOUR OFFICE",
 * "Executive Committee of the High Commissioner's Programme"), else the one its text names most
 * often, at least twice. Names are canonical, as the gazetteer spells them.
 */
final class IssuingOrganization {
  static final String IOM = "International Organization for Migration";
  static final String UNHCR = "United Nations High Commissioner for Refugees";
  static final String ILO = "International Labour Organization";
  static final String UNDP = "United Nations Development Programme";
  static final String UNFPA = "United Nations Population Fund";
  static final String UN_WOMEN = "United Nations Entity for Gender Equality and the Empowerment of Women";
  static final String WHO = "World Health Organization";
  static final String UNICEF = "United Nations Children's Fund";
  static final String WFP = "World Food Programme";

  /** Symbol series of the governing bodies, most specific first. */
  private static final List<Map.Entry<Pattern, String>> SERIES =
      List.of(
          Map.entry(Pattern.compile("(?:MC|SCPF|SCBF|CRP|EXCOM|C)/.*"), IOM),
          Map.entry(Pattern.compile("(?:A/AC\\.96|EC)/.*"), UNHCR),
          Map.entry(Pattern.compile("(?:GB|ILC)\\.\\d.*"), ILO),
          Map.entry(Pattern.compile("DP/FPA/.*"), UNFPA),
          Map.entry(Pattern.compile("DP/.*"), UNDP),
          Map.entry(Pattern.compile("UNW/.*"), UN_WOMEN),
          Map.entry(Pattern.compile("(?:EB|WHA)\\d.*|A\\d{2}/.*"), WHO),
          Map.entry(Pattern.compile("E/ICEF/.*"), UNICEF),
          Map.entry(Pattern.compile("WFP/EB.*"), WFP));

  /** How a header or a text names each organization. */
  private static final List<Map.Entry<Pattern, String>> NAMES =
      List.of(
          Map.entry(name("International Organi[sz]ation for Migration|Organisation internationale pour les migrations", "IOM"), IOM),
          Map.entry(name("International Labour (?:Office|Organi[sz]ation)", "ILO"), ILO),
          Map.entry(name("High Commissioner(?:'|’)?s Programme|High Commissioner for Refugees", "UNHCR"), UNHCR),
          Map.entry(name("Entity for Gender Equality and the Empowerment of Women", "UN[- ]Women"), UN_WOMEN),
          Map.entry(name("United Nations Development Programme", "UNDP"), UNDP),
          Map.entry(name("World Health Organi[sz]ation", "WHO"), WHO));

  private static final int MIN_MENTIONS = 2;

  private IssuingOrganization() {}

  /** Full names in any case, the acronym only in capitals ("WHO", never "who"). */
  private static Pattern name(String fullNames, String acronym) {
    return Pattern.compile("(?i:" + fullNames + ")|\\b" + acronym + "\\b");
  }

  static String of(String symbol, List<String> headerLines, List<String> texts) {
    if (symbol != null) {
      for (Map.Entry<Pattern, String> series : SERIES) {
        if (series.getKey().matcher(symbol).matches()) {
          return series.getValue();
        }
      }
    }
    for (String line : headerLines) {
      String named = firstNamed(line);
      if (named != null) {
        return named;
      }
    }
    String best = null;
    int bestCount = MIN_MENTIONS - 1;
    for (Map.Entry<Pattern, String> name : NAMES) {
      int count = 0;
      for (String text : texts) {
        Matcher m = name.getKey().matcher(text);
        while (m.find()) {
          count++;
        }
      }
      if (count > bestCount) {
        best = name.getValue();
        bestCount = count;
      }
    }
    return best;
  }

  /** The organization a line names first, or null. */
  private static String firstNamed(String line) {
    String best = null;
    int at = Integer.MAX_VALUE;
    for (Map.Entry<Pattern, String> name : NAMES) {
      Matcher m = name.getKey().matcher(line);
      if (m.find() && m.start() < at) {
        at = m.start();
        best = name.getValue();
      }
    }
    return best;
  }
}
