package org.councilsearch.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilsearch.model.Paper;
import org.councilsearch.model.PaperVersion;
import org.councilsearch.model.ParagraphVersion;
import org.councilsearch.model.Passage;

/**
 * Links the language versions of papers, paragraph by paragraph. Papers are versions of one paper
 * when their symbols are the same, or the same up to a language suffix ("MC/2346-F", "CL 150/3
 * (S)"), and their languages differ.
 *
 * <p>Choices worth knowing:
 *
 * <ul>
 *   <li>Paragraphs are aligned by their printed numbers when both versions number the same
 *       paragraphs in the same order; the unnumbered passages between two numbered ones (headings,
 *       a title) are aligned by position when both versions have as many of them.
 *   <li>When the numbering differs (a paragraph split in two in one version shifts every number
 *       after it), numbers cannot be trusted past the first difference: the paragraphs are aligned
 *       by length and by the figures they share (years and amounts survive translation), as
 *       Gale and Church aligned sentences, and each link whose numbers differ is noted.
 *   <li>A paper that prints no symbol joins the group of a paper of its year in another language
 *       whose numbered paragraphs print the same figures ({@link UnsymbolledVersions}).
 *   <li>Two papers of one language under one symbol (a revision beside the original) cannot be told
 *       apart by symbol: that language is left out of the group, and a note says so.
 *   <li>Within a paragraph, passages (its items) are aligned one by one when both versions have as
 *       many; else only the paragraph's first passages are linked.
 * </ul>
 */
public final class VersionAligner {
  /** A language suffix closing a symbol: "-E", "-F", "/S", " (F)", "-FR", "_ES". */
  private static final Pattern LANGUAGE_SUFFIX =
      Pattern.compile("(?:[-_/ ]+(?:E|F|S|EN|FR|ES|SP)|\\s*\\((?:E|F|S|EN|FR|ES|SP)\\))$");

  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
  /** Dashes a symbol may be printed with ("5–C" in one version, "5-C" in another). */
  private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212]");
  /** Spaces a conversion or a typist put round a symbol's separators ("WFP / EB.2 / 2019"). */
  private static final Pattern SPACED_SEPARATOR = Pattern.compile("\\s*([/.\\-()])\\s*");
  private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
  private static final Pattern FIGURE = Pattern.compile("\\d+");

  /** How unlikely each kind of link between paragraphs is, as a cost added to its length cost. */
  private static final double ONE_TO_ONE = 0;

  private static final double ONE_TO_NONE = 4.5;
  private static final double ONE_TO_TWO = 2.3;

  /** What one figure printed in both linked units, or in one only, adds to or takes from a link's cost. */
  private static final double FIGURE_COST = 1;

  /** The most figures, shared or not, that count: long paragraphs are not linked by figures alone. */
  private static final int MAX_FIGURE_COST = 3;

  /** Gale and Church's variance of the length ratio, per character. */
  private static final double VARIANCE = 6.8;

  private final UnsymbolledVersions unsymbolledVersions = new UnsymbolledVersions();

  /** One paper in one language, with its passages in reading order. */
  public record Source(Paper paper, String language, List<Passage> passages) {
    public Source {
      Objects.requireNonNull(paper, "paper");
      passages = List.copyOf(passages);
    }
  }

  /**
   * The key under which the versions of one paper meet: the symbol in upper case, without accents,
   * its dashes hyphens, without a language suffix and without spaces round its separators ("WFP /
   * EB.2 / 2019 / 5–C" is "WFP/EB.2/2019/5-C"); null when the paper has no symbol.
   */
  public static String symbolKey(String symbol) {
    if (symbol == null || symbol.isBlank()) {
      return null;
    }
    String s = printedAlike(SPACES.matcher(symbol.strip()).replaceAll(" ").toUpperCase(Locale.ROOT));
    Matcher m = LANGUAGE_SUFFIX.matcher(s);
    String key = m.find() && m.start() > 0 ? s.substring(0, m.start()) : s;
    return SPACED_SEPARATOR.matcher(key.isBlank() ? s : key).replaceAll("$1");
  }

  /** Accents dropped ("RÉV.1" is "REV.1") and any dash a hyphen, as versions print one symbol. */
  private static String printedAlike(String symbol) {
    String s = ACCENTS.matcher(Normalizer.normalize(symbol, Normalizer.Form.NFD)).replaceAll("");
    return DASHES.matcher(s).replaceAll("-");
  }

  /** The papers whose symbol key, language and passages tell which are versions of which. */
  public VersionLinks link(List<Source> sources) {
    Map<String, List<Source>> bySymbol = new TreeMap<>();
    for (Source s : sources) {
      String key = symbolKey(s.paper().metadata().symbol());
      if (key != null && s.language() != null) {
        bySymbol.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
      }
    }
    VersionLinks.Builder links = new VersionLinks.Builder();
    adoptUnsymbolled(sources, bySymbol, links);
    for (Map.Entry<String, List<Source>> group : bySymbol.entrySet()) {
      Map<String, List<Source>> byLanguage = new TreeMap<>();
      for (Source s : group.getValue()) {
        byLanguage.computeIfAbsent(s.language(), l -> new ArrayList<>()).add(s);
      }
      if (byLanguage.size() < 2) {
        continue;
      }
      List<Source> versions = new ArrayList<>();
      for (Map.Entry<String, List<Source>> lang : byLanguage.entrySet()) {
        if (lang.getValue().size() == 1) {
          versions.add(lang.getValue().get(0));
        } else {
          for (Source s : lang.getValue()) {
            links.note(
                s.paper().id(),
                "not linked to its other language versions: "
                    + lang.getValue().size()
                    + " papers in "
                    + LanguageNames.name(lang.getKey())
                    + " share the symbol "
                    + group.getKey());
          }
        }
      }
      if (versions.size() < 2) {
        continue;
      }
      links.group(versions.stream().map(s -> new PaperVersion(s.paper().id(), s.language())).toList());
      for (int i = 0; i < versions.size(); i++) {
        for (int j = i + 1; j < versions.size(); j++) {
          align(versions.get(i), versions.get(j), links);
        }
      }
    }
    return links.build();
  }

  /**
   * Puts each paper that prints no symbol in the group of the paper it is a version of ({@link
   * UnsymbolledVersions}), when that group has no paper in its language yet, and says so.
   */
  private void adoptUnsymbolled(List<Source> sources, Map<String, List<Source>> bySymbol, VersionLinks.Builder links) {
    List<Source> symbolled = new ArrayList<>();
    bySymbol.values().forEach(symbolled::addAll);
    List<Source> unsymbolled = new ArrayList<>();
    for (Source s : sources) {
      if (s.language() != null && symbolKey(s.paper().metadata().symbol()) == null) {
        unsymbolled.add(s);
      }
    }
    unsymbolled.sort(java.util.Comparator.comparing(s -> s.paper().id()));
    for (Source orphan : unsymbolled) {
      unsymbolledVersions.versionOf(orphan, symbolled).ifPresent(version -> {
        String key = symbolKey(version.paper().metadata().symbol());
        List<Source> group = bySymbol.get(key);
        if (group.stream().noneMatch(s -> orphan.language().equals(s.language()))) {
          group.add(orphan);
          links.note(
              orphan.paper().id(),
              "prints no symbol: linked to the " + LanguageNames.name(version.language()) + " version " + version.paper().metadata().symbol()
                  + " by its year and the figures its paragraphs share");
        }
      });
    }
  }

  /** A run of passages under one printed number (or none): what is aligned. */
  private record Unit(String number, List<Passage> passages, int length, Set<String> figures) {
    static Unit of(String number, List<Passage> passages) {
      int length = 0;
      Set<String> figures = new HashSet<>();
      for (Passage p : passages) {
        length += p.text().length();
        Matcher m = FIGURE.matcher(p.text());
        while (m.find()) {
          figures.add(m.group());
        }
      }
      return new Unit(number, List.copyOf(passages), length, figures);
    }

    String label() {
      return number == null ? "an unnumbered passage" : "¶" + number;
    }
  }

  private static List<Unit> units(List<Passage> passages) {
    List<Unit> units = new ArrayList<>();
    List<Passage> run = new ArrayList<>();
    String number = null;
    for (Passage p : passages) {
      boolean starts = run.isEmpty() || !Objects.equals(p.number(), number) || p.number() == null;
      if (starts && !run.isEmpty()) {
        units.add(Unit.of(number, run));
        run = new ArrayList<>();
      }
      number = p.number();
      run.add(p);
    }
    if (!run.isEmpty()) {
      units.add(Unit.of(number, run));
    }
    return units;
  }

  private static List<String> numbers(List<Unit> units) {
    List<String> numbers = new ArrayList<>();
    for (Unit u : units) {
      if (u.number() != null) {
        numbers.add(u.number());
      }
    }
    return numbers;
  }

  private void align(Source a, Source b, VersionLinks.Builder links) {
    List<Unit> ua = units(a.passages());
    List<Unit> ub = units(b.passages());
    List<String> na = numbers(ua);
    List<String> nb = numbers(ub);
    boolean agrees = na.equals(nb) && new HashSet<>(na).size() == na.size();
    List<int[][]> beads = agrees ? byNumber(ua, ub) : byContent(ua, ub);
    for (int[][] bead : beads) {
      int[] ia = bead[0];
      int[] ib = bead[1];
      if (ia.length == 1 && ib.length == 1) {
        linkUnits(a, ua.get(ia[0]), b, ub.get(ib[0]), links);
      } else if (ia.length > 0 && ib.length > 0) {
        for (int x : ia) {
          for (int y : ib) {
            if (x == ia[0] || y == ib[0]) {
              linkFirst(a, ua.get(x), b, ub.get(y), links, x == ia[0], y == ib[0]);
            }
          }
        }
      }
    }
    if (!agrees) {
      links.disagreement(a.paper().id(), b.paper().id(), b.language(), differences(ua, ub, beads, 0));
      links.disagreement(b.paper().id(), a.paper().id(), a.language(), differences(ub, ua, beads, 1));
    }
  }

  /**
   * Where the numbering of one version ({@code mine}, side {@code side} of each bead) departs from
   * the other's: "¶6 is ¶6–7", "¶9 has no match".
   */
  private static List<String> differences(List<Unit> mine, List<Unit> theirs, List<int[][]> beads, int side) {
    List<String> differences = new ArrayList<>();
    List<int[]> runs = new ArrayList<>();
    List<Integer> runAt = new ArrayList<>();
    for (int[][] bead : beads) {
      int[] im = bead[side];
      int[] it = bead[1 - side];
      if (im.length > 0 && it.length > 0) {
        boolean same = im.length == 1 && it.length == 1
            && Objects.equals(mine.get(im[0]).number(), theirs.get(it[0]).number());
        if (!same && !extendsRun(runs, mine, im, theirs, it)) {
          runs.add(new int[] {im[0], it[0], 1});
          differences.add(labels(mine, im) + " is " + labels(theirs, it) + " there");
          runAt.add(differences.size() - 1);
        } else if (same) {
          runs.clear();
          runAt.clear();
        } else {
          int[] run = runs.get(runs.size() - 1);
          run[2]++;
          differences.set(
              runAt.get(runAt.size() - 1),
              "¶" + mine.get(run[0]).number() + "–" + mine.get(im[0]).number() + " are ¶"
                  + theirs.get(run[1]).number() + "–" + theirs.get(it[0]).number() + " there");
        }
      } else if (im.length > 0 && mine.get(im[0]).number() != null) {
        differences.add(labels(mine, im) + " has no match there");
      } else if (it.length > 0 && theirs.get(it[0]).number() != null) {
        differences.add(labels(theirs, it) + " there has no match here");
      }
    }
    return differences;
  }

  /**
   * Whether a one-to-one link continues the last run of links whose numbers differ by the same
   * amount ("¶7 is ¶8", then "¶8 is ¶9"), so the note says it once.
   */
  private static boolean extendsRun(List<int[]> runs, List<Unit> mine, int[] im, List<Unit> theirs, int[] it) {
    if (runs.isEmpty() || im.length != 1 || it.length != 1) {
      return false;
    }
    int[] run = runs.get(runs.size() - 1);
    Integer startMine = integer(mine.get(run[0]).number());
    Integer startTheirs = integer(theirs.get(run[1]).number());
    Integer nowMine = integer(mine.get(im[0]).number());
    Integer nowTheirs = integer(theirs.get(it[0]).number());
    if (startMine == null || startTheirs == null || nowMine == null || nowTheirs == null) {
      return false;
    }
    return nowMine - startMine == run[2] && nowTheirs - startTheirs == run[2];
  }

  private static Integer integer(String number) {
    return number != null && number.matches("\\d{1,6}") ? Integer.valueOf(number) : null;
  }

  private static String labels(List<Unit> units, int[] at) {
    if (at.length == 1) {
      return units.get(at[0]).label();
    }
    Unit first = units.get(at[0]);
    Unit last = units.get(at[at.length - 1]);
    if (first.number() != null && last.number() != null) {
      return "¶" + first.number() + "–" + last.number();
    }
    return first.label() + " and " + last.label();
  }

  /** Units aligned where their numbers agree, and the unnumbered runs between them by position. */
  private static List<int[][]> byNumber(List<Unit> ua, List<Unit> ub) {
    List<int[][]> beads = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < ua.size() || j < ub.size()) {
      int ni = i;
      while (ni < ua.size() && ua.get(ni).number() == null) {
        ni++;
      }
      int nj = j;
      while (nj < ub.size() && ub.get(nj).number() == null) {
        nj++;
      }
      if (ni - i == nj - j) {
        for (int k = 0; k < ni - i; k++) {
          beads.add(new int[][] {{i + k}, {j + k}});
        }
      }
      if (ni < ua.size() && nj < ub.size()) {
        beads.add(new int[][] {{ni}, {nj}});
      }
      i = ni + 1;
      j = nj + 1;
    }
    return beads;
  }

  /**
   * Numbered units aligned by content alone ({@link #byLength}), and the unnumbered runs between
   * two aligned paragraphs by position when both versions have as many.
   */
  private static List<int[][]> byContent(List<Unit> ua, List<Unit> ub) {
    List<Integer> na = numbered(ua);
    List<Integer> nb = numbered(ub);
    List<int[][]> beads = new ArrayList<>();
    int lastA = -1;
    int lastB = -1;
    for (int[][] bead : byLength(na.stream().map(ua::get).toList(), nb.stream().map(ub::get).toList())) {
      int[] ia = bead[0].clone();
      int[] ib = bead[1].clone();
      for (int k = 0; k < ia.length; k++) {
        ia[k] = na.get(ia[k]);
      }
      for (int k = 0; k < ib.length; k++) {
        ib[k] = nb.get(ib[k]);
      }
      if (ia.length > 0 && ib.length > 0) {
        gap(beads, lastA + 1, ia[0], lastB + 1, ib[0]);
        lastA = ia[ia.length - 1];
        lastB = ib[ib.length - 1];
      }
      beads.add(new int[][] {ia, ib});
    }
    gap(beads, lastA + 1, ua.size(), lastB + 1, ub.size());
    return beads;
  }

  /** The units in {@code [fromA, toA)} and {@code [fromB, toB)}, unnumbered, paired by position when as many. */
  private static void gap(List<int[][]> beads, int fromA, int toA, int fromB, int toB) {
    if (toA - fromA == toB - fromB) {
      for (int k = 0; k < toA - fromA; k++) {
        beads.add(new int[][] {{fromA + k}, {fromB + k}});
      }
    }
  }

  private static List<Integer> numbered(List<Unit> units) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      if (units.get(i).number() != null) {
        at.add(i);
      }
    }
    return at;
  }

  /**
   * Units aligned by length and shared figures: a dynamic programme over one-to-one, one-to-none
   * and one-to-two links, each costing how far the lengths stray from the versions' overall ratio
   * and whether the units share figures.
   */
  private static List<int[][]> byLength(List<Unit> ua, List<Unit> ub) {
    int n = ua.size();
    int m = ub.size();
    double la = ua.stream().mapToInt(Unit::length).sum();
    double lb = ub.stream().mapToInt(Unit::length).sum();
    double ratio = la == 0 || lb == 0 ? 1 : lb / la;
    double[][] cost = new double[n + 1][m + 1];
    int[][][] from = new int[n + 1][m + 1][];
    for (double[] row : cost) {
      java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
    }
    cost[0][0] = 0;
    int[][] moves = {{1, 1}, {1, 0}, {0, 1}, {1, 2}, {2, 1}};
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= m; j++) {
        if (cost[i][j] == Double.POSITIVE_INFINITY) {
          continue;
        }
        for (int[] mv : moves) {
          int ti = i + mv[0];
          int tj = j + mv[1];
          if (ti > n || tj > m) {
            continue;
          }
          double c = cost[i][j] + beadCost(ua.subList(i, ti), ub.subList(j, tj), ratio);
          if (c < cost[ti][tj]) {
            cost[ti][tj] = c;
            from[ti][tj] = mv;
          }
        }
      }
    }
    List<int[][]> beads = new ArrayList<>();
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
      int[] mv = from[i][j];
      int[] ia = new int[mv[0]];
      int[] ib = new int[mv[1]];
      for (int k = 0; k < mv[0]; k++) {
        ia[k] = i - mv[0] + k;
      }
      for (int k = 0; k < mv[1]; k++) {
        ib[k] = j - mv[1] + k;
      }
      beads.add(0, new int[][] {ia, ib});
      i -= mv[0];
      j -= mv[1];
    }
    return beads;
  }

  private static double beadCost(List<Unit> a, List<Unit> b, double ratio) {
    if (a.isEmpty() || b.isEmpty()) {
      return ONE_TO_NONE;
    }
    double la = 0;
    double lb = 0;
    Set<String> fa = new HashSet<>();
    Set<String> fb = new HashSet<>();
    for (Unit u : a) {
      la += u.length();
      fa.addAll(u.figures());
    }
    for (Unit u : b) {
      lb += u.length();
      fb.addAll(u.figures());
    }
    double mean = (la + lb / ratio) / 2;
    double delta = (lb - la * ratio) / Math.sqrt(mean * VARIANCE + 1);
    double c = delta * delta / 2 + (a.size() == 1 && b.size() == 1 ? ONE_TO_ONE : ONE_TO_TWO);
    // Each figure both sides print makes the link likelier, each figure printed on one side only
    // less likely: a paragraph a version adds (a translator's note) shares none with its neighbour.
    Set<String> shared = new HashSet<>(fa);
    shared.retainAll(fb);
    int unmatched = fa.size() + fb.size() - 2 * shared.size();
    c += Math.min(unmatched, MAX_FIGURE_COST) * FIGURE_COST - Math.min(shared.size(), MAX_FIGURE_COST) * FIGURE_COST;
    return c;
  }

  private static void linkUnits(Source a, Unit x, Source b, Unit y, VersionLinks.Builder links) {
    if (x.passages().size() == y.passages().size()) {
      for (int k = 0; k < x.passages().size(); k++) {
        link(a, x.passages().get(k), b, y.passages().get(k), links);
      }
    } else {
      link(a, x.passages().get(0), b, y.passages().get(0), links);
    }
  }

  /** Links the first passages of two units of a one-to-two link, in the directions that hold. */
  private static void linkFirst(
      Source a, Unit x, Source b, Unit y, VersionLinks.Builder links, boolean aFirst, boolean bFirst) {
    Passage pa = x.passages().get(0);
    Passage pb = y.passages().get(0);
    if (aFirst) {
      links.passage(pb.id(), version(a, pa));
    }
    if (bFirst) {
      links.passage(pa.id(), version(b, pb));
    }
  }

  private static void link(Source a, Passage pa, Source b, Passage pb, VersionLinks.Builder links) {
    links.passage(pa.id(), version(b, pb));
    links.passage(pb.id(), version(a, pa));
  }

  private static ParagraphVersion version(Source s, Passage p) {
    return new ParagraphVersion(p.id(), s.paper().id(), s.language(), p.number());
  }
}
