package org.councilsearch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.councilsearch.bench.GeneratedPaper.Block;
import org.councilsearch.bench.GeneratedPaper.Kind;
import org.councilsearch.bench.SourceMaterial.Piece;

/**
 * Composes synthetic council papers from the source material. Paper {@code i} depends only on the
 * seed and {@code i}, never on the papers before it, so an archive of 1,000 papers is the first
 * 1,000 of an archive of 10,000 with the same seed, and any paper can be made again alone.
 * Thread-safe: immutable.
 */
final class PaperComposer {
  static final int FIRST_YEAR = 1990;
  static final int LAST_YEAR = 2025;

  /** Share of papers written as PDF, and as DOCX; the rest are plain text. */
  static final double PDF_SHARE = 0.08;

  static final double DOCX_SHARE = 0.08;

  /** Paragraphs per paper: about 40 on average, with items about 55 passages, as in the bundled papers. */
  private static final int MIN_PARAGRAPHS = 20;

  private static final int MAX_PARAGRAPHS = 60;

  /** The bodies papers are written for, and the number of the session held in year 2000. */
  private record Committee(String name, int sessionIn2000) {}

  private static final List<Committee> COMMITTEES =
      List.of(
          new Committee("Council", 79),
          new Committee("Executive Committee", 98),
          new Committee("Standing Committee on Programmes and Finance", 1),
          new Committee("Subcommittee on Budget and Finance", 83));

  private static final List<String> SUBJECTS =
      List.of(
          "GENDER COORDINATION REPORT",
          "REPORT BY THE WORKING GROUP ON GENDER ISSUES",
          "REPORT ON GENDER MAINSTREAMING IN THE ORGANIZATION",
          "REPORT ON COUNTER-TRAFFICKING ACTIVITIES",
          "REPORT ON MIGRANT WOMEN AND HEALTH",
          "REPORT ON LABOUR MIGRATION AND REMITTANCES",
          "REPORT ON COOPERATION WITH PARTNER ORGANIZATIONS");

  private static final List<String> ORGANIZATION_LINES =
      List.of(
          "International Organization for Migration (IOM)",
          "Organisation internationale pour les migrations (OIM)",
          "Organización Internacional para las Migraciones (OIM)");

  private static final String[] ITEM_LABELS = {"(a)", "(b)", "(c)", "(d)"};

  private final SourceMaterial material;
  private final long seed;

  PaperComposer(SourceMaterial material, long seed) {
    this.material = material;
    this.seed = seed;
  }

  GeneratedPaper compose(int index) {
    // One generator per paper, seeded from (seed, index), so each paper stands alone.
    Random random = new Random(seed * 0x9E3779B97F4A7C15L + index);
    int year = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
    PaperFormat format = format(random.nextDouble());
    String fileName =
        String.format(Locale.ROOT, "%05d_%016x.%s", index, random.nextLong(), format.extension());
    String title = pick(random, SUBJECTS) + " " + year;
    TextVariation variation = new TextVariation(random, year);

    List<Block> blocks = new ArrayList<>();
    header(random, year, title, blocks);
    int paragraphs = MIN_PARAGRAPHS + random.nextInt(MAX_PARAGRAPHS - MIN_PARAGRAPHS + 1);
    int sections = 3 + random.nextInt(5);
    int number = 1;
    for (int s = 0; s < sections; s++) {
      Piece picked = pick(random, material.headings());
      String heading = s == 0 ? "INTRODUCTION" : variation.apply(picked.text(), picked.year());
      blocks.add(new Block(Kind.HEADING, roman(s + 1) + ". " + heading.toUpperCase(Locale.ROOT)));
      int inSection = s == sections - 1 ? paragraphs - number + 1 : Math.max(1, paragraphs / sections);
      for (int p = 0; p < inSection && number <= paragraphs; p++, number++) {
        blocks.add(new Block(Kind.PARAGRAPH, number + ". " + paragraph(random, variation)));
        if (random.nextDouble() < 0.15) {
          int items = 2 + random.nextInt(3);
          for (int i = 0; i < items; i++) {
            Piece item = pick(random, material.items());
            blocks.add(new Block(Kind.ITEM, ITEM_LABELS[i] + " " + variation.apply(item.text(), item.year())));
          }
        }
      }
    }
    return new GeneratedPaper(fileName, year, title, blocks);
  }

  private void header(Random random, int year, String title, List<Block> blocks) {
    for (String line : ORGANIZATION_LINES) {
      blocks.add(new Block(Kind.HEADER, line));
    }
    Committee committee = pick(random, COMMITTEES);
    int session = Math.max(1, committee.sessionIn2000() + (year - 2000) * 3 / 2);
    blocks.add(new Block(Kind.HEADER, "CONFERENCE ROOM PAPER/" + (1 + random.nextInt(60))));
    blocks.add(new Block(Kind.HEADER, ordinal(session) + " Session of the " + committee.name()));
    int day = 1 + random.nextInt(25);
    String month = random.nextBoolean() ? "November" : "December";
    String place = random.nextDouble() < 0.85 ? "Geneva" : pick(random, TextVariation.CITIES);
    blocks.add(
        new Block(Kind.HEADER, place + ", " + day + "–" + (day + 2) + " " + month + " " + year));
    blocks.add(new Block(Kind.HEADER, "English only"));
    blocks.add(new Block(Kind.TITLE, title));
  }

  /** One source paragraph, or two run together: real paragraphs vary a lot in length. */
  private String paragraph(Random random, TextVariation variation) {
    Piece first = pick(random, material.paragraphs());
    String text = variation.apply(first.text(), first.year());
    if (random.nextDouble() < 0.35) {
      Piece second = pick(random, material.paragraphs());
      text = text + " " + variation.apply(second.text(), second.year());
    }
    return text;
  }

  private static PaperFormat format(double draw) {
    if (draw < PDF_SHARE) {
      return PaperFormat.PDF;
    }
    if (draw < PDF_SHARE + DOCX_SHARE) {
      return PaperFormat.DOCX;
    }
    return PaperFormat.TEXT;
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static String roman(int n) {
    String[] numerals = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
    return numerals[n - 1];
  }

  private static String ordinal(int n) {
    int lastTwo = n % 100;
    String suffix =
        lastTwo >= 11 && lastTwo <= 13
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }
}
