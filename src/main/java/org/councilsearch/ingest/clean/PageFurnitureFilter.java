package org.councilsearch.ingest.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes page furniture that text extraction leaves between the paragraphs of a paper.
 *
 * <ul>
 *   <li>Page-number lines: "Page 3", "Page 3 of 10", "p. 3", "- 3 -", "– 3 –", "3/10", a lone
 *       number such as "12" (but not a paragraph number "12.", and not a number that reads as the
 *       middle of a wrapped sentence), and a running header that ends in a page number, such as
 *       "MC/2346 Page 3".
 *   <li>Running headers and footers: a short line that recurs at page edges (next to a page-number
 *       line or a form feed) at least three times, and a document symbol such as "CRP/42" that
 *       recurs after the first page. Occurrences in the first lines of the paper are kept, because
 *       that is where the paper states its own symbol and title.
 *   <li>Form feeds.
 * </ul>
 *
 * <p>A repeated line that is not at page edges, such as "WGGI funding: USD 10,000" closing several
 * annex items, is content and stays.
 */
public final class PageFurnitureFilter implements TextFilter {
  /**
   * Non-blank lines at the top that are never removed as repeated headers; fewer when the first
   * page edge comes sooner (the lines just above it are that page's footer).
   */
  static final int FRONT_LINES = 10;

  private static final int MAX_FURNITURE_CHARS = 80;

  private static final String SYMBOL =
      "[A-Z]{1,6}(?:/(?:[A-Z]{1,6}|\\d{1,5}|(?:Rev|Add|Corr)\\.\\d{1,2}))*/\\d{1,5}"
          + "(?:/(?:[A-Z]{1,6}|\\d{1,5}|(?:Rev|Add|Corr)\\.\\d{1,2}))*";

  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?i)(?:(?:page|p\\.|pg\\.?)\\s*\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?"
              + "|[-–—]\\s*\\d{1,4}\\s*[-–—]"
              + "|\\d{1,4}\\s*/\\s*\\d{1,4}"
              + "|(?-i:"
              + SYMBOL
              + ")\\s*[-–—,]?\\s*page\\s*\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?)");

  private static final Pattern LONE_NUMBER = Pattern.compile("\\d{1,3}");

  private static final Pattern SYMBOL_LINE = Pattern.compile(SYMBOL);

  /** Lines that carry structure and are never running headers, however often they recur. */
  private static final Pattern STRUCTURAL =
      Pattern.compile("(?:\\d{1,3}|[IVXLC]{1,6}|[A-Za-z])[.)](?:\\s.*)?|\\(.{1,5}\\).*|[#>*+•-].*");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  @Override
  public String apply(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    List<String> lines = List.of(text.split("\n", -1));
    int n = lines.size();
    String[] keys = new String[n];
    boolean[] blank = new boolean[n];
    boolean[] remove = new boolean[n];
    boolean[] marker = new boolean[n];
    boolean[] front = new boolean[n];

    for (int i = 0; i < n; i++) {
      String line = lines.get(i);
      blank[i] = line.isBlank();
      if (line.indexOf('\f') >= 0 && line.replace('\f', ' ').isBlank()) {
        marker[i] = true;
        remove[i] = true;
        blank[i] = true;
        continue;
      }
      if (blank[i]) {
        continue;
      }
      String trimmed = line.strip();
      if (trimmed.length() <= MAX_FURNITURE_CHARS) {
        keys[i] = SPACES.matcher(trimmed).replaceAll(" ");
      }
    }

    // Page-number lines.
    for (int i = 0; i < n; i++) {
      String key = keys[i];
      if (key == null) {
        continue;
      }
      if (PAGE_NUMBER.matcher(key).matches()
          || (LONE_NUMBER.matcher(key).matches() && !midSentence(lines, blank, i))) {
        marker[i] = true;
        remove[i] = true;
      }
    }

    // The top of the first page, where a paper states its symbol and title: kept whatever recurs.
    int firstMarker = Integer.MAX_VALUE;
    int ordinal = 0;
    for (int i = 0; i < n && firstMarker == Integer.MAX_VALUE; i++) {
      if (marker[i]) {
        firstMarker = ordinal;
      } else if (!blank[i]) {
        ordinal++;
      }
    }
    int frontLimit = Math.min(FRONT_LINES, firstMarker - 2);
    ordinal = 0;
    for (int i = 0; i < n && ordinal < frontLimit; i++) {
      if (!blank[i]) {
        front[i] = true;
        ordinal++;
      }
    }

    // Repeated short lines at page edges, and repeated document symbols.
    Map<String, List<Integer>> occurrences = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String key = keys[i];
      if (key != null && !remove[i] && !STRUCTURAL.matcher(key).matches()) {
        occurrences.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    int[] nonBlankOrdinal = new int[n];
    List<Integer> nonBlankIndex = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      nonBlankOrdinal[i] = nonBlankIndex.size();
      if (!blank[i] || marker[i]) {
        nonBlankIndex.add(i);
      }
    }
    int m = nonBlankIndex.size();
    int[] lastMarkerAtOrBefore = new int[m];
    int[] nextMarkerAtOrAfter = new int[m];
    int last = Integer.MIN_VALUE / 2;
    for (int p = 0; p < m; p++) {
      if (marker[nonBlankIndex.get(p)]) {
        last = p;
      }
      lastMarkerAtOrBefore[p] = last;
    }
    int next = Integer.MAX_VALUE / 2;
    for (int p = m - 1; p >= 0; p--) {
      if (marker[nonBlankIndex.get(p)]) {
        next = p;
      }
      nextMarkerAtOrAfter[p] = next;
    }
    boolean pageEdges = hasPageEdges(marker);
    for (Map.Entry<String, List<Integer>> entry : occurrences.entrySet()) {
      List<Integer> at = entry.getValue();
      boolean symbol = SYMBOL_LINE.matcher(entry.getKey()).matches();
      boolean furniture;
      if (symbol && at.size() >= 2) {
        furniture = true;
      } else if (at.size() >= 3) {
        int nearEdge = 0;
        for (int i : at) {
          int p = nonBlankOrdinal[i];
          // Within two non-blank lines of a page edge, or at the very top or bottom.
          if (p - lastMarkerAtOrBefore[p] <= 2 || nextMarkerAtOrAfter[p] - p <= 2 || p >= m - 2) {
            nearEdge++;
          }
        }
        furniture = nearEdge >= Math.max(2, (at.size() + 1) / 2) && pageEdges;
      } else {
        furniture = false;
      }
      if (furniture) {
        for (int i : at) {
          if (!front[i]) {
            remove[i] = true;
          }
        }
      }
    }

    StringBuilder out = new StringBuilder(text.length());
    boolean first = true;
    for (int i = 0; i < n; i++) {
      if (!first) {
        out.append('\n');
      }
      first = false;
      if (!remove[i]) {
        out.append(lines.get(i));
      }
    }
    return out.toString();
  }

  private static boolean hasPageEdges(boolean[] marker) {
    for (boolean b : marker) {
      if (b) {
        return true;
      }
    }
    return false;
  }

  /**
   * A lone number between a line that stops mid-sentence and a line that goes on in lower case is
   * part of the sentence ("... now comprises / 129 / focal points"), not a page number.
   */
  private static boolean midSentence(List<String> lines, boolean[] blank, int i) {
    int before = i - 1;
    while (before >= 0 && blank[before]) {
      before--;
    }
    int after = i + 1;
    while (after < lines.size() && blank[after]) {
      after++;
    }
    if (before < 0 || after >= lines.size()) {
      return false;
    }
    String previous = lines.get(before).strip();
    String following = lines.get(after).strip();
    if (previous.isEmpty() || following.isEmpty()) {
      return false;
    }
    char end = previous.charAt(previous.length() - 1);
    boolean open = Character.isLetter(end) || end == ',';
    return open && Character.isLowerCase(following.charAt(0));
  }
}
