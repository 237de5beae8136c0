package org.councilsearch.ingest.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilsearch.model.DateSpan;
import org.councilsearch.model.PaperMetadata;
import org.councilsearch.registry.Registry;

/**
 * What a paper says about itself: title, the year it reports on, symbol, session, meeting place and
 * dates. The header facts come from the line roles ({@link RoleHeader}); the year and, for a paper
 * without a printed title, the title come from the body as well.
 *
 * <ul>
 *   <li>Title: the printed title, in title case when it is printed in capitals; else a title
 *       derived from the unit the paper reports for ("the Gender Coordination Unit" in a paper about
 *       2012 gives "Gender Coordination Report 2012"); else the paper's first line with words, cut
 *       to {@value #MAX_FALLBACK_TITLE} characters; else "Untitled".
 *   <li>Year: see {@link ReportYear}; only years up to the meeting's year count.
 *   <li>Organization: read through the {@link Registry} from the symbol, the masthead or the
 *       governing body; see {@link Registry#paperOrganization}.
 * </ul>
 */
final class PaperMetadataExtractor {
  static final int MAX_FALLBACK_TITLE = 120;
  static final String UNTITLED = "Untitled";

  /** "the Gender Coordination Unit": the body a report is written for. */
  private static final Pattern REPORTING_UNIT =
      Pattern.compile(
          "\\b[Tt]he\\s+((?:\\p{Lu}[\\p{L}-]{1,30}\\s+){1,4})(?:Unit|Division|Department|Office|Section|Service|Branch|Secretariat)\\b");
  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
  private static final Pattern ORDINAL_SUFFIX = Pattern.compile("(\\d)(ST|ND|RD|TH)\\b");
  private static final Pattern ANNUAL = Pattern.compile("(?i)\\bannual\\b|\\bon\\s+the\\s+work\\s+of\\b");

  /** How often a unit must be named to give the paper its title. */
  private static final int MIN_UNIT_MENTIONS = 3;

  private final Registry registry;

  PaperMetadataExtractor(Registry registry) {
    this.registry = registry;
  }

  /**
   * @param firstLine the paper's first line with words, a title of last resort, or null
   */
  PaperMetadata extract(RoleHeader header, String firstLine, List<Segment> segments) {
    List<String> texts = new ArrayList<>(segments.size());
    Set<String> headings = new LinkedHashSet<>();
    for (Segment s : segments) {
      texts.add(s.text());
      headings.addAll(s.section());
    }
    DateSpan dates = header.meetingDates();
    DateSpan issued = header.issued();
    String printedTitle = header.title();
    Integer meetingYear = dates != null ? Integer.valueOf(dates.end().getYear()) : header.meetingYear();
    Integer issueYear = issued != null ? Integer.valueOf(issued.end().getYear()) : header.issueYear();
    Integer year = ReportYear.inTitle(printedTitle, meetingYear != null ? meetingYear : issueYear);
    boolean reportsOnAYear = reportsOnAYear(printedTitle);
    if (year == null && meetingYear != null && !reportsOnAYear) {
      // A paper written for a meeting belongs to the meeting's year.
      year = meetingYear;
    }
    if (year == null && (reportsOnAYear || issueYear == null)) {
      year = ReportYear.infer(List.copyOf(headings), texts, meetingYear != null ? meetingYear : issueYear);
    }
    if (year == null) {
      year = issueYear; // a paper dated only by its issue
    }
    String title = title(printedTitle, firstLine, texts, year);
    String symbol = header.symbol();
    String session = header.session();
    if (session == null) {
      session = HeaderLines.sessionInTitle(printedTitle).orElse(null);
    }
    if (session != null && TitleCase.isUpperCase(session)) {
      session = ORDINAL_SUFFIX.matcher(TitleCase.of(session, w -> false)).replaceAll(m -> m.group(1) + m.group(2).toLowerCase(Locale.ROOT));
    }
    // The masthead and governing body come before the header's other lines; the registry keeps an
    // organization it does not know as printed.
    List<String> organizationLines = new ArrayList<>(header.organizationLines());
    header.frontLines().forEach(l -> organizationLines.add(l.text().strip()));
    String organization = registry.paperOrganization(symbol, header.mastheadRuns(), organizationLines, texts).orElse(null);
    if (organization != null && registry.organization(organization).isEmpty() && TitleCase.isUpperCase(organization)) {
      organization = TitleCase.of(organization, w -> false); // an unregistered name printed in capitals
    }
    return new PaperMetadata(title, year, symbol, session, organization, header.meetingPlace(), dates);
  }

  /** "Annual report of the Executive Director": a report on the year before the meeting it goes to. */
  private static boolean reportsOnAYear(String title) {
    return title != null && ANNUAL.matcher(title).find();
  }

  private String title(String printed, String first, List<String> texts, Integer year) {
    if (printed != null && !printed.isBlank()) {
      String t = printed.strip();
      if (!TitleCase.isUpperCase(t)) {
        return t;
      }
      // The paper's own acronyms, and those of organizations the registry knows ("OEA" in a Spanish
      // title whose body spells the name out).
      Set<String> acronyms = acronyms(texts);
      return TitleCase.of(t, w -> acronyms.contains(RoleWords.fold(w)) || (w.length() > 1 && registry.named(w).isPresent()));
    }
    String unit = reportingUnit(texts);
    if (unit != null) {
      return year == null ? unit + " Report" : unit + " Report " + year;
    }
    if (first != null && !first.isBlank()) {
      return shorten(first.strip());
    }
    return UNTITLED;
  }

  /** The unit most often named as "the X Y Unit", without its last word, or null. */
  private static String reportingUnit(List<String> texts) {
    Map<String, Integer> counts = new HashMap<>();
    for (String text : texts) {
      Matcher m = REPORTING_UNIT.matcher(text);
      while (m.find()) {
        counts.merge(m.group(1).strip(), 1, Integer::sum);
      }
    }
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return bestCount >= MIN_UNIT_MENTIONS ? best : null;
  }

  /**
   * Words the paper writes in capitals more often than not, and more than once, between words in
   * lower case: its acronyms, folded ({@link RoleWords#fold}). A word in capitals beside another
   * in capitals (a title, a masthead or a running head, whether on a line of its own or run on
   * with the lines around it) says nothing of whether it is an acronym, and "REUNION" is the word
   * "reunión".
   */
  private static Set<String> acronyms(List<String> texts) {
    Map<String, int[]> counts = new HashMap<>();
    for (String text : texts) {
      List<String> words = WORD.matcher(text).results().map(MatchResult::group).toList();
      for (int i = 0; i < words.size(); i++) {
        boolean upper = TitleCase.isUpperCase(words.get(i));
        boolean besideCapitals = words.size() == 1 || (i > 0 && TitleCase.isUpperCase(words.get(i - 1))) || (i + 1 < words.size() && TitleCase.isUpperCase(words.get(i + 1)));
        if (!upper || !besideCapitals) {
          counts.computeIfAbsent(RoleWords.fold(words.get(i)), k -> new int[2])[upper ? 0 : 1]++;
        }
      }
    }
    Set<String> acronyms = new LinkedHashSet<>();
    counts.forEach(
        (w, c) -> {
          if (c[0] > c[1] && c[0] > 1) {
            acronyms.add(w);
          }
        });
    return acronyms;
  }

  private static String shorten(String line) {
    if (line.length() <= MAX_FALLBACK_TITLE) {
      return line;
    }
    int cut = line.lastIndexOf(' ', MAX_FALLBACK_TITLE);
    if (cut < MAX_FALLBACK_TITLE / 2) {
      cut = MAX_FALLBACK_TITLE;
      if (Character.isLowSurrogate(line.charAt(cut))) {
        cut--;
      }
    }
    return line.substring(0, cut).strip();
  }
}
