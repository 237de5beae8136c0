package org.councilsearch.ingest.structure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the line-role model sees of each non-blank line of a paper: the line's own shape (length,
 * case, indentation, how it starts, token shapes such as slash series and years, the word lists of
 * {@link RoleWords}), its place on the page and in the paper, the blank lines around it, the shapes
 * of its neighbours, and the roles given to the lines before it. The layout rules of earlier
 * readers survive here only as features; the model learns what they mean from labelled papers.
 *
 * <p>Built once per paper; {@link #context} is then called line by line, in order, with the roles
 * decided so far. Not thread-safe.
 */
public final class RoleFeatures {
  private static final Pattern YEAR = Pattern.compile("(?<![\\d/.])(?:19|20)\\d\\d(?![\\d/])");
  private static final Pattern YEAR_RANGE = Pattern.compile("(?:19|20)\\d\\d\\s*[-–—/]\\s*(?:19|20)?\\d\\d\\b");
  private static final Pattern DAY_RANGE = Pattern.compile("\\b\\d{1,2}\\s*[-–—]\\s*\\d{1,2}\\b");
  private static final Pattern DOTTED_SYMBOL = Pattern.compile("\\b\\p{Lu}{2,}[.\\d]*\\d+[./]\\d+");
  private static final Pattern NUMBER_START = Pattern.compile("\\d{1,3}\\.\\s+\\S.*");
  private static final Pattern NUMBER_GLUED = Pattern.compile("\\d{1,3}\\.\\p{L}.*");
  private static final Pattern NUMBER_ALONE = Pattern.compile("\\d{1,3}\\.?");
  private static final Pattern DECIMAL_START = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.?(?:\\s.*)?");
  private static final Pattern ROMAN_START = Pattern.compile("[IVXLC]{1,6}\\.(?:\\s.*)?");
  private static final Pattern LETTER_START = Pattern.compile("\\p{Lu}\\.(?:\\s.*)?");
  private static final Pattern PAREN_START = Pattern.compile("\\(?(?:[a-z]{1,2}|[ivx]{1,4}|\\d{1,2})\\)\\s.*");
  private static final Pattern BULLET_START = Pattern.compile("[-–•*·▪●◦o]\\s.*");
  private static final Pattern LEADERS = Pattern.compile("\\.{4,}|…{2,}|(?:\\. ){3,}|_{4,}");
  private static final Pattern TRAILING_NUMBER = Pattern.compile(".*\\D\\s+\\d{1,3}");
  private static final Pattern PAGE_MARK = Pattern.compile("(?i)(?:page|página|p\\.)\\s*\\d+(?:\\s*(?:of|de|/)\\s*\\d+)?|[-–]\\s*\\d{1,3}\\s*[-–]|\\d{1,3}\\s*/\\s*\\d{1,3}|\\d{1,3}");
  private static final Pattern URL = Pattern.compile("(?i)https?://|www\\.|\\.(?:docx?|pdf|html?)\\b|[A-Za-z]:\\\\");
  private static final Pattern TOKEN = Pattern.compile("\\S+");
  private static final Pattern COLUMN_GAP = Pattern.compile("\\s{3,}");

  /** Characters of a line whose shape is computed. */
  static final int MAX_SHAPED = 300;

  /** What the model sees of a neighbouring line: its shape, not its words. */
  private static final Pattern NEIGHBOUR_FEATURES =
      Pattern.compile("case=|num=|len=|w0=|hl=|slash|symbolalone|year|pagemark|leaders|ends=|indent=|repeated");

  private final List<PrintedLine> textual = new ArrayList<>();
  private final List<Boolean> blankBefore = new ArrayList<>();
  private final List<Boolean> blankAfter = new ArrayList<>();
  private final List<Integer> pageStart = new ArrayList<>();
  private final List<List<String>> own = new ArrayList<>();

  /** The features of every non-blank line of {@code lines}, computed once. */
  public RoleFeatures(List<PrintedLine> lines) {
    Map<String, Set<Integer>> pagesOf = new HashMap<>();
    for (PrintedLine line : lines) {
      if (!line.isBlank()) {
        pagesOf.computeIfAbsent(repeatKey(line.text()), k -> new HashSet<>()).add(line.page());
      }
    }
    int rowOnPage = 0;
    int page = -1;
    for (int i = 0; i < lines.size(); i++) {
      PrintedLine line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      if (line.page() != page) {
        page = line.page();
        rowOnPage = 0;
      }
      textual.add(line);
      blankBefore.add(i == 0 || lines.get(i - 1).isBlank() || lines.get(i - 1).page() != line.page());
      blankAfter.add(i + 1 >= lines.size() || lines.get(i + 1).isBlank() || lines.get(i + 1).page() != line.page());
      pageStart.add(rowOnPage++);
      List<String> features = shape(line);
      if (pagesOf.get(repeatKey(line.text())).size() > 1) {
        features.add("repeated");
      }
      own.add(features);
    }
  }

  /** The non-blank lines, in order: the lines the model gives a role. */
  public List<PrintedLine> lines() {
    return List.copyOf(textual);
  }

  public int size() {
    return textual.size();
  }

  /** The features of non-blank line {@code k}, given the roles of the lines before it. */
  public String[] context(int k, List<LineRole> previous) {
    LineRole r1 = k >= 1 ? previous.get(k - 1) : null;
    LineRole r2 = k >= 2 ? previous.get(k - 2) : null;
    Set<LineRole> seen = EnumSet.noneOf(LineRole.class);
    seen.addAll(previous.subList(0, k));
    return context(k, r1, r2, seen);
  }

  /**
   * The features of non-blank line {@code k}, given the roles of the two lines before it (null
   * before the first line) and the set of roles given to any line before it.
   */
  public String[] context(int k, LineRole previous1, LineRole previous2, Set<LineRole> seen) {
    PrintedLine line = textual.get(k);
    List<String> f = new ArrayList<>(own.get(k));
    f.add("page=" + Math.min(line.page(), 2));
    f.add("row=" + bucket(pageStart.get(k), 0, 1, 2, 3, 5, 8, 12, 20, 40));
    f.add("index=" + bucket(k, 0, 1, 2, 3, 5, 8, 12, 20, 40, 80));
    if (line.runOn()) {
      f.add("runon");
    }
    f.add("bb=" + blankBefore.get(k));
    f.add("ba=" + blankAfter.get(k));
    neighbour(f, "p:", k - 1);
    neighbour(f, "n:", k + 1);
    String r1 = previous1 != null ? previous1.label() : "start";
    String r2 = previous2 != null ? previous2.label() : "start";
    f.add("r1=" + r1);
    f.add("r2=" + r2);
    f.add("r12=" + r1 + "|" + r2);
    f.add("r1bb=" + r1 + "|" + blankBefore.get(k));
    for (LineRole role : List.of(LineRole.TITLE, LineRole.SYMBOL, LineRole.SESSION, LineRole.PARA_START, LineRole.HEADING, LineRole.MASTHEAD, LineRole.AUTHOR)) {
      if (seen.contains(role)) {
        f.add("seen=" + role.label());
      }
    }
    if (k >= 1) {
      f.add("samepage=" + (textual.get(k - 1).page() == line.page()));
    }
    return f.toArray(String[]::new);
  }

  private void neighbour(List<String> f, String prefix, int k) {
    if (k < 0 || k >= textual.size()) {
      f.add(prefix + "none");
      return;
    }
    for (String feature : own.get(k)) {
      if (NEIGHBOUR_FEATURES.matcher(feature).lookingAt()) {
        f.add(prefix + feature);
      }
    }
  }

  /** The line's own features, independent of its neighbours. */
  static List<String> shape(PrintedLine line) {
    List<String> f = new ArrayList<>();
    String text = line.text();
    String s = text.strip();
    if (s.length() > MAX_SHAPED) {
      s = s.substring(0, MAX_SHAPED); // the start of a long line says what it is; the rest costs time
    }
    int indent = text.length() - text.stripLeading().length();
    f.add("len=" + bucket(text.strip().length(), 3, 10, 25, 45, 70, 100, 200));
    f.add("indent=" + bucket(indent, 0, 2, 8, 20));
    List<String> tokens = new ArrayList<>();
    var m = TOKEN.matcher(s);
    while (m.find()) {
      tokens.add(m.group());
    }
    f.add("words=" + bucket(tokens.size(), 1, 2, 3, 6, 12));
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    if (letters >= 2 && upper == letters) {
      f.add("case=upper");
    } else if (letters > 0 && upper * 4 > letters) {
      f.add("case=mostlyupper");
    }
    if (letters == 0) {
      f.add("noletters");
    }
    int capitalized = 0;
    int longWords = 0;
    for (String t : tokens) {
      if (t.length() >= 4 && Character.isLetter(t.charAt(0))) {
        longWords++;
        if (Character.isUpperCase(t.charAt(0))) {
          capitalized++;
        }
      }
    }
    if (longWords >= 2 && capitalized * 10 >= longWords * 7) {
      f.add("case=title");
    }
    if (!s.isEmpty()) {
      int first = s.codePointAt(0);
      f.add(Character.isLowerCase(first) ? "start=lower" : Character.isUpperCase(first) ? "start=upper" : Character.isDigit(first) ? "start=digit" : "start=punct");
    }
    if (NUMBER_ALONE.matcher(s).matches()) {
      f.add("num=alone");
    } else if (NUMBER_START.matcher(s).matches()) {
      f.add("num=start");
    } else if (NUMBER_GLUED.matcher(s).matches()) {
      f.add("num=glued");
    } else if (DECIMAL_START.matcher(s).matches()) {
      f.add("num=decimal");
    } else if (ROMAN_START.matcher(s).matches()) {
      f.add("num=roman");
    } else if (LETTER_START.matcher(s).matches()) {
      f.add("num=letter");
    } else if (PAREN_START.matcher(s).matches()) {
      f.add("num=paren");
    } else if (BULLET_START.matcher(s).matches()) {
      f.add("num=bullet");
    }
    boolean slash = TextShapes.SLASH_SERIES.matcher(s).find();
    if (slash) {
      f.add("slash");
    }
    if (DOTTED_SYMBOL.matcher(s).find()) {
      f.add("dotted");
    }
    if ((slash || DOTTED_SYMBOL.matcher(s).find()) && tokens.size() <= 3) {
      f.add("symbolalone");
    }
    columns(s, f);
    if (YEAR.matcher(s).find()) {
      f.add("year");
    }
    if (YEAR_RANGE.matcher(s).find()) {
      f.add("yearrange");
    }
    if (DAY_RANGE.matcher(s).find()) {
      f.add("dayrange");
    }
    if (LEADERS.matcher(s).find()) {
      f.add("leaders");
    }
    if (TRAILING_NUMBER.matcher(s).matches()) {
      f.add("endsnumber");
    }
    if (PAGE_MARK.matcher(s).matches()) {
      f.add("pagemark");
    }
    if (URL.matcher(s).find()) {
      f.add("url");
    }
    if (s.contains(":")) {
      f.add("colon");
    }
    if (!s.isEmpty()) {
      char last = s.charAt(s.length() - 1);
      if (last == '.' || last == ':' || last == ',' || last == ';') {
        f.add("ends=" + last);
      }
    }
    if (s.contains("(") || s.contains(")")) {
      f.add("parens");
    }
    int digits = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        digits++;
      }
    }
    f.add("digits=" + bucket(digits, 0, 2, 4, 8));
    Set<String> categories = new LinkedHashSet<>();
    RoleWords words = RoleWords.bundled();
    for (int i = 0; i < tokens.size(); i++) {
      List<String> of = words.categoriesOf(tokens.get(i));
      categories.addAll(of);
      if (i == 0) {
        of.forEach(c -> f.add("w0=" + c));
      }
    }
    categories.forEach(c -> f.add("w=" + c));
    headerShapes(s, f);
    if (categories.contains("ordinal") && categories.contains("session")) {
      f.add("w=ordinal+session");
    }
    if (categories.contains("month") && f.contains("year")) {
      f.add("w=month+year");
    }
    if (!tokens.isEmpty()) {
      String first = RoleWords.fold(tokens.get(0));
      if (!first.isEmpty() && first.chars().allMatch(Character::isLetter)) {
        f.add("first=" + first);
      }
      String last = RoleWords.fold(tokens.get(tokens.size() - 1));
      if (!last.isEmpty() && last.chars().allMatch(Character::isLetter)) {
        f.add("last=" + last);
      }
    }
    return f;
  }

  /** What the header rules of earlier readers made of the line, as features the model weighs. */
  private static void headerShapes(String s, List<String> f) {
    if (s.length() > HeaderLines.MAX_CHARS) {
      return;
    }
    if (HeaderLines.symbol(s).isPresent()) {
      f.add("hl=symbol");
    }
    if (HeaderLines.session(s).isPresent()) {
      f.add("hl=session");
    }
    if (HeaderLines.isOrganisationName(s)) {
      f.add("hl=org");
    }
    if (HeaderLines.isBodyName(s)) {
      f.add("hl=body");
    }
    if (HeaderLines.isAgendaItem(s)) {
      f.add("hl=agenda");
    }
    if (HeaderLines.isLabel(s)) {
      f.add("hl=label");
    }
    if (HeaderLines.isSubmissionNote(s)) {
      f.add("hl=author");
    }
    if (HeaderLines.issueDate(s).isPresent()) {
      f.add("hl=date");
    }
  }

  /** The line with digits and case dropped: a running head repeated with another page number. */
  private static String repeatKey(String text) {
    return RoleWords.fold(text.strip()).replaceAll("\\d+", "#");
  }

  /**
   * A line printed in columns ("COUNCIL - 18th session          C XVIII/7") and what its last cell
   * holds: a symbol or a date set apart in a cell of its own is header matter, while a series cited
   * in running text ("1. The Unit revised IN/90 ...") is not. A gap after a paragraph number or a
   * short label opening the line ("1.    The Working Party") makes no column.
   */
  private static void columns(String s, List<String> f) {
    List<String> cells = new ArrayList<>(List.of(COLUMN_GAP.split(s)));
    if (cells.size() >= 2 && cells.get(0).length() <= 5) {
      cells.remove(0);
    }
    if (cells.size() < 2) {
      return;
    }
    f.add("columns");
    String last = cells.get(cells.size() - 1);
    int words = last.split("\\s+").length;
    if ((TextShapes.SLASH_SERIES.matcher(last).find() || DOTTED_SYMBOL.matcher(last).find()) && words <= 4) {
      f.add("cell=symbol");
    } else if (YEAR.matcher(last).find() && words <= 5) {
      f.add("cell=date");
    }
  }

  /** The first bound {@code value} does not exceed, or "more". */
  /** The first of {@code bounds} at least {@code value}, or "more": a number as a few classes. */
  static String bucket(int value, int... bounds) {
    for (int bound : bounds) {
      if (value <= bound) {
        return Integer.toString(bound);
      }
    }
    return "more";
  }
}
