package org.councilsearch.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The date grammar of one language, read from {@code dates/LANG.dates} beside this class: word
 * lists and patterns over token classes, which {@link DateFinder} runs. A language is added by
 * writing its table and naming it in {@code dates/languages}; no code changes.
 *
 * <p>The notation, one statement a line ({@code #} starts a comment):
 *
 * <ul>
 *   <li>{@code language fr}: the table's ISO 639-1 code.
 *   <li>{@code option bare-month-capital}: a month standing alone (no day, no year) counts only
 *       when capitalised, as in English ("in May", never "may").
 *   <li>{@code words NAME: phrase | phrase=V | phrase=V-W | ...}: a word list. {@code ^} before a
 *       phrase: only with a capital; {@code .} or {@code .?} after it: an abbreviation that takes
 *       a full stop always or optionally. The lists the engine itself reads: {@code month}
 *       (value: the month), {@code ordinal} (suffixes glued to a day: "1st", "1er"), {@code part}
 *       (value: the months of a part of a year, "early=1-4"), {@code since} (kept in the mention
 *       before a single date), {@code list} (what joins the dates of a list, whose earlier dates
 *       take a later date's year), and for bare years {@code currency}, {@code reference} and
 *       {@code reference-abbreviation} (words before a number that make it no year, the last
 *       only with a full stop) and {@code unit} (words after it).
 *   <li>{@code date ELEMENTS} and {@code lead ELEMENTS}: a pattern. A {@code date} without a
 *       written year takes the year of a later date of its list, or the context year; a {@code
 *       lead} only the year of a later date ("January and March 2005").
 * </ul>
 *
 * <p>Pattern elements, separated by spaces: {@code %d1}/{@code %d2} the first/last day (with an
 * optional glued ordinal suffix), {@code %o1} a day with the suffix required, {@code %m1}/{@code
 * %m2} a month name ({@code %m1!}: written out, and capitalised under {@code
 * bare-month-capital}), {@code %y1}/{@code %y2} a year 1000-2999, {@code %by1}/{@code %by2} a
 * bare year 1900-2099 (the second not before the first; money and references around it make it
 * no date), {@code %yy2}/{@code %ny2} the next year in two or four digits ("2008/09"), {@code
 * %mm1}/{@code %dd1} two-digit month and day numbers, {@code %p} a part of a year, {@code %d} a
 * day of a list that is neither first nor last, {@code @NAME} any phrase of a word list, and any
 * other word or symbol literally ({@code -} any dash). Prefix {@code _}: whitespace before it;
 * {@code ~}: none. Suffix {@code ?}: optional. {@code ( a | b )} groups alternatives; {@code )?}
 * makes a group optional, {@code )*} repeats it. A leading {@code [ ... ]} must stand just before
 * the date without being part of it ("[in] %m1!" reads "May" in "in May").
 *
 * <p>What a match means: the first date is made of the first day, month and year, the last of
 * the last ones; what one side lacks it takes from the other, a first month after the last one
 * falls in the year before, a missing first day is the 1st and a missing last day the month's
 * end, and a date with no month covers the whole year. Immutable and thread-safe once read.
 */
final class DateTable {
  /** Where the tables lie on the classpath. */
  static final String RESOURCE = "org/councilsearch/nlp/dates/";

  private final String language;
  private final boolean bareMonthCapital;
  private final Map<String, DateWords> words;
  private final List<DatePattern> patterns;

  private DateTable(List<String> lines, String name) {
    String lang = null;
    boolean capital = false;
    Map<String, DateWords> lists = new HashMap<>();
    List<String[]> patternLines = new ArrayList<>();
    int number = 0;
    for (String raw : lines) {
      number++;
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      if (line.isEmpty()) {
        continue;
      }
      int space = line.indexOf(' ');
      String statement = space < 0 ? line : line.substring(0, space);
      String rest = space < 0 ? "" : line.substring(space + 1).strip();
      switch (statement) {
        case "language" -> lang = rest;
        case "option" -> {
          if (!rest.equals("bare-month-capital")) {
            throw new IllegalArgumentException(name + " line " + number + ": unknown option " + rest);
          }
          capital = true;
        }
        case "words" -> {
          int colon = rest.indexOf(':');
          if (colon < 1) {
            throw new IllegalArgumentException(name + " line " + number + ": words NAME: entries");
          }
          String listName = rest.substring(0, colon).strip();
          DateWords list = DateWords.parse(listName, rest.substring(colon + 1));
          DateWords old = lists.get(listName);
          lists.put(listName, old == null ? list : DateWords.union(listName, List.of(old, list)));
        }
        case "date", "lead" -> patternLines.add(new String[] {statement, rest, Integer.toString(number)});
        default -> throw new IllegalArgumentException(name + " line " + number + ": unknown statement " + statement);
      }
    }
    if (lang == null) {
      throw new IllegalArgumentException(name + " names no language");
    }
    this.language = lang;
    this.bareMonthCapital = capital;
    this.words = Map.copyOf(lists);
    List<DatePattern> read = new ArrayList<>();
    for (String[] p : patternLines) {
      DatePattern.Kind kind = p[0].equals("date") ? DatePattern.Kind.DATE : DatePattern.Kind.LEAD;
      try {
        read.add(DatePattern.parse(kind, p[1], this));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + " line " + p[2] + ": " + e.getMessage(), e);
      }
    }
    this.patterns = List.copyOf(read);
  }

  /** Reads a table from its lines; {@code name} appears in error messages. */
  static DateTable parse(List<String> lines, String name) {
    return new DateTable(lines, name);
  }

  /** The tables named in {@code dates/languages}, in that order. */
  static List<DateTable> bundled() {
    List<DateTable> tables = new ArrayList<>();
    for (String line : read(RESOURCE + "languages")) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        tables.add(parse(read(RESOURCE + name + ".dates"), name + ".dates"));
      }
    }
    return List.copyOf(tables);
  }

  private static List<String> read(String resource) {
    InputStream in = DateTable.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("the date table " + resource + " is missing from the classpath");
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  String language() {
    return language;
  }

  boolean bareMonthCapital() {
    return bareMonthCapital;
  }

  List<DatePattern> patterns() {
    return patterns;
  }

  /** The word list {@code name}, or null when the table has none. */
  DateWords words(String name) {
    return words.get(name);
  }

  DateWords required(String name) {
    DateWords list = words.get(name);
    if (list == null) {
      throw new IllegalArgumentException("the word list " + name + " is used but not defined");
    }
    return list;
  }
}
