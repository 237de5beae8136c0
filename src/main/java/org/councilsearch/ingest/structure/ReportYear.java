package org.councilsearch.ingest.structure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a paper reports on. A title that names a year ("GENDER COORDINATION REPORT 2011")
 * decides. Otherwise the years mentioned in the paper are weighed: a year in a heading ("II.
 * ACTIVITIES IN 2005") counts three times, a sentence that opens with it ("In 2012, the Unit ...")
 * twice, any other mention once; years after the meeting the paper was written for are plans, not
 * the reporting year, and are left out. The heaviest year wins, the later one on a tie.
 */
final class ReportYear {
  private static final Pattern YEAR = Pattern.compile("(?<![\\d/.-])(19[5-9]\\d|20\\d{2})(?![\\d/])");
  private static final Pattern PERIOD = Pattern.compile("(?:19|20)\\d{2}\\s*[-–—/]\\s*(?:19|20)?\\d{2}\\b");
  private static final Pattern OPENING =
      Pattern.compile("(?:^|[.;:]\\s+)(?:In|During|Throughout|Over|Since|For)\\s+(19[5-9]\\d|20\\d{2})\\b");

  /** A year a title says is the one reported on, or that ends the title. */
  private static final Pattern REPORTED_YEAR =
      Pattern.compile(
          "(?iu)(?:\\b(?:for|pour|para)\\s+(?:the\\s+|l[ae]\\s+|l'|el\\s+)?"
              + "|\\b(?:year|biennium|period|ann[ée]e|exercice|ejercicio|a[ñn]o|bienio|per[ií]odo)\\s+"
              + "|\\b(?:at|au|al)\\s+\\d{1,2}(?:er|º)?\\s+\\p{L}+\\s+(?:de\\s+)?)"
              + "(?:19|20)\\d{2}\\b|(?:19|20)\\d{2}\\W*$");

  private ReportYear() {}

  /**
   * The last year named in a title, or null; null too when the title names a period ("Strategy
   * 2015-2019"), whose last year is a plan, not the year the paper is about.
   */
  static Integer inTitle(String title) {
    if (title == null || PERIOD.matcher(title).find()) {
      return null;
    }
    Matcher m = YEAR.matcher(title);
    Integer year = null;
    while (m.find()) {
      year = Integer.parseInt(m.group(1));
    }
    return year;
  }

  /**
   * The year a title names, weighed against the meeting's: a year after the meeting is a plan
   * ("targets for 2020 and 2021" before a Board in 2019), and an earlier year decides only where
   * the title says it is the year reported on ("for the year 2014", "exercice 2013", "situation at
   * 30 September 2018", or the title's last word, "Report 2011"), not where it names what happened
   * in it ("the implementation in 2018 of ...", "en 2016 y perspectivas"). Without a meeting, as
   * {@link #inTitle(String)}.
   *
   * @param meetingYear the meeting's year, else the issue's
   */
  static Integer inTitle(String title, Integer meetingYear) {
    Integer year = inTitle(title);
    if (year == null || meetingYear == null || year.equals(meetingYear)) {
      return year;
    }
    if (year > meetingYear || !REPORTED_YEAR.matcher(title).find()) {
      return null;
    }
    return year;
  }

  static Integer infer(List<String> headings, List<String> texts, Integer latestAllowed) {
    Map<Integer, Integer> weights = new HashMap<>();
    for (String heading : headings) {
      add(weights, heading, 3);
    }
    for (String text : texts) {
      add(weights, text, 1);
      Matcher m = OPENING.matcher(text);
      while (m.find()) {
        weights.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
      }
    }
    Integer best = null;
    int bestWeight = 0;
    for (Map.Entry<Integer, Integer> e : weights.entrySet()) {
      int year = e.getKey();
      if (latestAllowed != null && year > latestAllowed) {
        continue;
      }
      int w = e.getValue();
      if (w > bestWeight || (w == bestWeight && best != null && year > best)) {
        best = year;
        bestWeight = w;
      }
    }
    return best;
  }

  private static void add(Map<Integer, Integer> weights, String text, int weight) {
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      weights.merge(Integer.parseInt(m.group(1)), weight, Integer::sum);
    }
  }
}
