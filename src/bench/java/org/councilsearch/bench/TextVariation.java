package org.councilsearch.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a borrowed paragraph for the paper it goes into, so that an archive of recombined text
 * still spreads its facts over many years, partners and places: years move with the paper's year,
 * months change, partner organizations and cities are swapped (consistently within one paper), and
 * an organization's name follows its history (UNIFEM before 2011, UN-Women after). Every name used
 * is in the gazetteer, so tagging finds it. Not thread-safe: one instance per paper.
 */
final class TextVariation {
  /** Partners that stand in for one another: full name and acronym, both in the gazetteer. */
  private static final List<String[]> PARTNERS =
      List.of(
          new String[] {"United Nations Children's Fund", "UNICEF"},
          new String[] {"United Nations Population Fund", "UNFPA"},
          new String[] {"United Nations High Commissioner for Refugees", "UNHCR"},
          new String[] {"International Labour Organization", "ILO"},
          new String[] {"World Health Organization", "WHO"},
          new String[] {"Inter-Parliamentary Union", "IPU"},
          new String[] {"Organization for Security and Co-operation in Europe", "OSCE"},
          new String[] {"Joint United Nations Programme on HIV/AIDS", "UNAIDS"},
          new String[] {"United Nations Office on Drugs and Crime", "UNODC"},
          new String[] {"International Centre for Migration Policy Development", "ICMPD"},
          new String[] {"United Nations Development Programme", "UNDP"});

  /** Cities of meetings and workshops; all in the gazetteer's places. */
  static final List<String> CITIES =
      List.of(
          "Geneva", "Haifa", "Istanbul", "Bogota", "Nairobi", "Dakar", "Vienna", "Cairo", "Hanoi",
          "Dhaka", "Brussels", "Addis Ababa", "Kampala", "Tunis", "Pretoria", "Kyiv", "Tbilisi");

  /** Months that hold every day number, so a moved date is always a real date. */
  private static final List<String> LONG_MONTHS =
      List.of("January", "March", "May", "July", "August", "October", "December");

  private static final Pattern YEAR = Pattern.compile("(?<![\\d/.-])(19[89]\\d|20[01]\\d)(?![\\d/])");
  private static final Pattern MONTH =
      Pattern.compile(
          "\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\b(?=,?\\s+(?:19|20)\\d\\d)");
  private static final Pattern PARTNER = partnerPattern();
  private static final Pattern CITY = Pattern.compile("\\b(" + String.join("|", CITIES) + ")\\b");
  private static final Pattern UN_WOMEN =
      Pattern.compile(
          "\\bUN[- ]Women\\b|United Nations Entity for Gender Equality and the Empowerment of Women");
  private static final Pattern UNIFEM =
      Pattern.compile("\\bUNIFEM\\b|United Nations Development Fund for Women");

  /** The year UN-Women took over from UNIFEM. */
  private static final int UN_WOMEN_FROM = 2011;

  private final Random random;
  private final int year;
  private final Map<String, Integer> partners = new HashMap<>();
  private final Map<String, String> cities = new HashMap<>();

  TextVariation(Random random, int year) {
    this.random = random;
    this.year = year;
  }

  /** {@code text}, borrowed from a paper of {@code sourceYear}, as written in this paper. */
  String apply(String text, int sourceYear) {
    String out = moveYears(text, year - sourceYear);
    out = replaceAll(MONTH, out, m -> LONG_MONTHS.get(random.nextInt(LONG_MONTHS.size())));
    out = replaceAll(PARTNER, out, this::partner);
    out = replaceAll(CITY, out, m -> cities.computeIfAbsent(m.group(1), c -> pick(CITIES)));
    if (year < UN_WOMEN_FROM) {
      out = replaceAll(UN_WOMEN, out, m -> m.group().startsWith("UN") ? "UNIFEM" : "United Nations Development Fund for Women");
    } else {
      out = replaceAll(UNIFEM, out, m -> m.group().startsWith("UN") ? "UN-Women" : "United Nations Entity for Gender Equality and the Empowerment of Women");
    }
    return out;
  }

  private static String moveYears(String text, int shift) {
    if (shift == 0) {
      return text;
    }
    return replaceAll(YEAR, text, m -> Integer.toString(Integer.parseInt(m.group(1)) + shift));
  }

  /** The same partner stays the same partner throughout one paper, name and acronym alike. */
  private String partner(Matcher m) {
    String found = m.group();
    int index = indexOf(found);
    int chosen = partners.computeIfAbsent(PARTNERS.get(index)[1], k -> random.nextInt(PARTNERS.size()));
    boolean acronym = found.equals(PARTNERS.get(index)[1]);
    return PARTNERS.get(chosen)[acronym ? 1 : 0];
  }

  private static int indexOf(String name) {
    for (int i = 0; i < PARTNERS.size(); i++) {
      if (PARTNERS.get(i)[0].equals(name) || PARTNERS.get(i)[1].equals(name)) {
        return i;
      }
    }
    throw new IllegalStateException("not a partner name: " + name);
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static Pattern partnerPattern() {
    List<String> names = new ArrayList<>();
    for (String[] p : PARTNERS) {
      names.add(p[0]);
      names.add(p[1]);
    }
    // Longest first, so a full name wins over an acronym inside it.
    names.sort(Comparator.comparingInt(String::length).reversed());
    List<String> quoted = names.stream().map(Pattern::quote).toList();
    return Pattern.compile("\\b(?:" + String.join("|", quoted) + ")\\b");
  }

  private static String replaceAll(
      Pattern pattern, String text, java.util.function.Function<Matcher, String> replacement) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 16);
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
