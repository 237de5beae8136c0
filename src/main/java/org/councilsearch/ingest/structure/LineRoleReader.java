package org.councilsearch.ingest.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives each non-blank line of a paper its role, from the top, keeping a beam of {@value #BEAM}
 * sequences of roles, each line's role seeing the roles of the lines before it in its sequence: a
 * line the model hesitates over (a heading it might take for a masthead) is settled by the lines
 * after it. Only the first {@value #MAX_LINES} lines are read for the header ({@link #read(String)}):
 * the front matter and the first page's structure are what the metadata is read from, and the cost
 * of reading stays flat however long the paper is. A numbered paragraph's first line ("1. A policy
 * was adopted in 1995 ...", or "3." alone above its text) is only ever given a role of the body
 * ({@link #BODY_ONLY}), whatever the model's doubt: read as a session or date line, it would lend
 * the header its dates.
 *
 * <p>Every paper with a header has a title. When the best sequence read for the header has lines
 * only a header has but no title line, the best sequence that has one (of a title's length, and
 * not far less likely) is read instead: the model's own choice of the line most like a title where
 * it stands, not a rule's. A fragment of a body (headings and paragraphs alone) is left without. A
 * beam of sequences with a title is kept beside the main beam for that; the main beam, and so
 * every reading that has a title, is as it would be without it.
 * Thread-safe when the model is.
 */
public final class LineRoleReader {
  static final int MAX_LINES = 80;
  /** Sequences of roles kept while reading a whole paper. */
  static final int BEAM = 3;
  private static final LineRole[] ROLES = LineRole.values();
  /**
   * How much less likely, in natural log, the best reading with a title may be than the best: one
   * twentieth as likely. A reading the model finds far less likely puts the title on a line no
   * title is, as in a fragment of headings.
   */
  private static final double TITLE_DOUBT = Math.log(20);
  /** The longest line a title is taken from when the model's best reading has none. */
  private static final int MAX_TITLE_LINE = 300;
  /** Text read at most: enough for {@value #MAX_LINES} lines, however they were cut. */
  static final int MAX_CHARS = 12_000;

  /**
   * A numbered paragraph's first line: a number ("12.", "1.El") and a sentence's first words ("A
   * policy"), running on as a sentence ({@value #MIN_SENTENCE_WORDS} words or more, or ending as one).
   */
  private static final Pattern NUMBERED_START = Pattern.compile("\\s*\\d{1,3}\\.\\s*\\p{Lu}\\s?\\p{Ll}");
  /**
   * A decimal number and a sentence's first words ("2.3 The Council ..."): a paragraph's first line
   * only when it ends as a sentence does, since an agenda item or a title is numbered so too ("4.3
   * Steering Committee for Human Rights (CDDH)").
   */
  private static final Pattern DECIMAL_START = Pattern.compile("\\s*\\d{1,3}(?:\\.\\d{1,3})+\\.?\\s+\\p{Lu}\\s?\\p{Ll}");
  private static final int MIN_SENTENCE_WORDS = 6;
  /** A paragraph's number alone on its line, above its text ("3.", "2.3."). */
  private static final Pattern NUMBER_ALONE = Pattern.compile("\\s*\\d{1,3}(?:\\.\\d{1,3})*\\.\\s*");
  /**
   * The roles a numbered paragraph's first line may take: in the labelled papers such a line is
   * only ever a paragraph's start, a list item or a contents entry, never a line of the header nor
   * a heading.
   */
  static final Set<LineRole> BODY_ONLY = EnumSet.of(LineRole.PARA_START, LineRole.LIST_ITEM, LineRole.CONTENTS);

  private final RoleModel model;
  private final RunOnLines cutter;

  public LineRoleReader(RoleModel model) {
    this.model = Objects.requireNonNull(model, "model");
    this.cutter = new RunOnLines(model.breaks());
  }

  /** The roles of the printed lines of {@code text} (see {@link PrintedLines}). */
  public List<RoledLine> read(String text) {
    List<PrintedLine> printed = PrintedLines.of(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text, cutter);
    int nonBlank = 0;
    int end = 0;
    while (end < printed.size() && nonBlank < MAX_LINES) {
      if (!printed.get(end++).isBlank()) {
        nonBlank++;
      }
    }
    return read(printed.subList(0, end));
  }

  /** The roles of every printed line of {@code text}, however long: the body's structure. */
  public List<RoledLine> readAll(String text) {
    return decode(new RoleFeatures(PrintedLines.of(text, cutter)), false);
  }

  /**
   * The best sequence of roles for {@code features}' lines; with {@code titled}, the best with a
   * title line when the best has none.
   */
  private List<RoledLine> decode(RoleFeatures features, boolean titled) {
    List<Hypothesis> beam = List.of(Hypothesis.START);
    List<Hypothesis> withTitle = List.of();
    List<PrintedLine> lines = features.lines();
    for (int k = 0; k < features.size(); k++) {
      List<Hypothesis> next = new ArrayList<>(BEAM * BEAM);
      List<Hypothesis> nextWithTitle = new ArrayList<>();
      for (Hypothesis h : beam) {
        expand(features, lines.get(k), k, h, next);
      }
      if (titled) {
        next.stream().filter(Hypothesis::hasTitle).forEach(nextWithTitle::add);
        for (Hypothesis h : withTitle) {
          if (!isIn(beam, h)) {
            expand(features, lines.get(k), k, h, nextWithTitle);
          }
        }
      }
      beam = best(next);
      withTitle = best(nextWithTitle);
    }
    Hypothesis chosen = beam.get(0);
    if (titled && !chosen.hasTitle() && chosen.hasHeader() && !withTitle.isEmpty()
        && withTitle.get(0).score() >= chosen.score() - TITLE_DOUBT && titleFits(withTitle.get(0), lines)) {
      chosen = withTitle.get(0);
    }
    LineRole[] best = new LineRole[features.size()];
    for (Hypothesis h = chosen; h.role() != null; h = h.previous()) {
      best[h.length() - 1] = h.role();
    }
    List<RoledLine> out = new ArrayList<>(lines.size());
    for (int k = 0; k < lines.size(); k++) {
      out.add(new RoledLine(lines.get(k), best[k]));
    }
    return out;
  }

  /**
   * The {@value #BEAM} roles the model finds likeliest for {@code line}, line {@code k}, after
   * {@code h}, each added to {@code next}.
   */
  private void expand(RoleFeatures features, PrintedLine line, int k, Hypothesis h, List<Hypothesis> next) {
    // A line cut out of a line whose breaks were lost is read by the model of such lines.
    RoleModel reader = line.runOn() ? model.forRunOn() : model;
    double[] p = allowed(line, reader.probabilities(features.context(k, h.role(), h.previous() == null ? null : h.previous().role(), h.seen())));
    for (int b = 0; b < BEAM; b++) {
      int best = -1;
      for (int r = 0; r < p.length; r++) {
        if (p[r] > 0 && (best < 0 || p[r] > p[best])) {
          best = r;
        }
      }
      if (best < 0) {
        break;
      }
      next.add(h.then(ROLES[best], Math.log(p[best])));
      p[best] = 0;
    }
  }

  /** Whether every line {@code h} takes for a title's is of a title's length. */
  private static boolean titleFits(Hypothesis h, List<PrintedLine> lines) {
    for (Hypothesis at = h; at.role() != null; at = at.previous()) {
      if (at.role() == LineRole.TITLE && lines.get(at.length() - 1).text().strip().length() > MAX_TITLE_LINE) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code h} itself, not only an equal sequence, is in {@code beam}: it was expanded there. */
  private static boolean isIn(List<Hypothesis> beam, Hypothesis h) {
    return beam.stream().anyMatch(b -> b == h);
  }

  /** The {@value #BEAM} likeliest of {@code hypotheses}. */
  private static List<Hypothesis> best(List<Hypothesis> hypotheses) {
    hypotheses.sort(Comparator.comparingDouble(Hypothesis::score).reversed());
    return hypotheses.subList(0, Math.min(BEAM, hypotheses.size()));
  }

  /** A sequence of roles, read from its last: the role of its last line and the sequence before. */
  private record Hypothesis(LineRole role, Hypothesis previous, int length, Set<LineRole> seen, double score) {
    static final Hypothesis START = new Hypothesis(null, null, 0, EnumSet.noneOf(LineRole.class), 0);

    boolean hasTitle() {
      return seen.contains(LineRole.TITLE);
    }

    /** Whether a line has a role only a header has: a fragment of a body needs no title. */
    boolean hasHeader() {
      return seen.stream().anyMatch(LineRole::onlyInHeaders);
    }

    Hypothesis then(LineRole next, double logProbability) {
      Set<LineRole> more = seen;
      if (!seen.contains(next)) {
        more = EnumSet.copyOf(seen);
        more.add(next);
      }
      return new Hypothesis(next, this, length + 1, more, score + logProbability);
    }
  }

  /** The roles of {@code printed}'s non-blank lines, in order. */
  public List<RoledLine> read(List<PrintedLine> printed) {
    return decode(new RoleFeatures(printed), true);
  }

  /**
   * {@code p} with the roles a numbered paragraph's first line cannot take set to zero; when the
   * model gave all its weight to those, the line starts a paragraph.
   */
  static double[] allowed(PrintedLine line, double[] p) {
    if (!isNumberedParagraph(line.text())) {
      return p;
    }
    double[] kept = new double[p.length];
    boolean any = false;
    for (LineRole role : BODY_ONLY) {
      kept[role.ordinal()] = p[role.ordinal()];
      any |= p[role.ordinal()] > 0;
    }
    if (!any) {
      kept[LineRole.PARA_START.ordinal()] = 1;
    }
    return kept;
  }

  /**
   * Whether {@code text} is a numbered paragraph's first line ({@link #NUMBERED_START}, {@link
   * #DECIMAL_START}) or its number alone ({@link #NUMBER_ALONE}).
   */
  static boolean isNumberedParagraph(String text) {
    if (NUMBER_ALONE.matcher(text).matches()) {
      return true;
    }
    if (DECIMAL_START.matcher(text).lookingAt()) {
      return TextShapes.endsSentence(text);
    }
    return NUMBERED_START.matcher(text).lookingAt() && (TextShapes.endsSentence(text) || text.strip().split("\\s+").length >= MIN_SENTENCE_WORDS);
  }
}
