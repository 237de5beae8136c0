package org.councilsearch.search;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilsearch.model.Paper;
import org.councilsearch.model.PaperMetadata;
import org.councilsearch.model.Passage;

/**
 * Finds the version of a paper that prints no symbol among the papers that do: a translation whose
 * symbol line was lost or never printed is still the same paper as the original of its year. Its
 * title, session and body are in another language, but its figures are not: the counts, amounts and
 * years of its numbered paragraphs are the original's, and it numbers as many paragraphs.
 *
 * <p>Choices worth knowing: a candidate must be of the same year, in another language, and not
 * contradict the paper's organization or meeting dates where both state them; the paper is linked
 * only to a candidate that shares at least {@value #MIN_SHARED_FIGURES} figures other than years
 * and half of all figures, and clearly more than any other candidate, so that two papers of one
 * session are never taken for each other on their years alone. Stateless.
 */
final class UnsymbolledVersions {
  private static final Pattern FIGURE = Pattern.compile("\\d+");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

  /** Figures other than years the paper and its version must share. */
  static final int MIN_SHARED_FIGURES = 2;

  /** The least share of the two papers' figures (shared over all) for a link. */
  private static final double MIN_OVERLAP = 0.5;

  /** How far the best candidate's overlap must stand above the next one's. */
  private static final double MARGIN = 0.2;

  /**
   * Whether {@code paper}, in {@code language}, may be a version of {@code other}, in {@code
   * otherLanguage}, from their metadata alone: it prints no symbol and the other does.
   */
  static boolean mayBeVersionOf(Paper paper, String language, Paper other, String otherLanguage) {
    PaperMetadata a = paper.metadata();
    PaperMetadata b = other.metadata();
    return VersionAligner.symbolKey(a.symbol()) == null
        && VersionAligner.symbolKey(b.symbol()) != null
        && language != null
        && otherLanguage != null
        && !language.equals(otherLanguage)
        && a.year() != null
        && a.year().equals(b.year())
        && agrees(a.organization(), b.organization())
        && agrees(a.meetingDates(), b.meetingDates());
  }

  private static boolean agrees(Object a, Object b) {
    return a == null || b == null || Objects.equals(a, b);
  }

  /** The candidate {@code paper} is a version of, or empty when none stands out. */
  Optional<VersionAligner.Source> versionOf(VersionAligner.Source paper, List<VersionAligner.Source> candidates) {
    Body mine = Body.of(paper.passages());
    VersionAligner.Source best = null;
    double bestOverlap = 0;
    double secondOverlap = 0;
    for (VersionAligner.Source c : candidates) {
      if (!mayBeVersionOf(paper.paper(), paper.language(), c.paper(), c.language())) {
        continue;
      }
      double overlap = mine.overlap(Body.of(c.passages()));
      if (overlap > bestOverlap) {
        secondOverlap = bestOverlap;
        bestOverlap = overlap;
        best = c;
      } else if (overlap > secondOverlap) {
        secondOverlap = overlap;
      }
    }
    return best != null && bestOverlap >= MIN_OVERLAP && bestOverlap - secondOverlap >= MARGIN
        ? Optional.of(best)
        : Optional.empty();
  }

  /** The numbered paragraphs of a paper: how many, and the figures they print. */
  private record Body(int paragraphs, Set<String> figures) {
    static Body of(List<Passage> passages) {
      Set<String> numbers = new HashSet<>();
      Set<String> figures = new HashSet<>();
      for (Passage p : passages) {
        if (p.number() != null) {
          numbers.add(p.number());
          Matcher m = FIGURE.matcher(p.text());
          while (m.find()) {
            figures.add(m.group());
          }
        }
      }
      return new Body(numbers.size(), figures);
    }

    /** The share of figures both print, or 0 when the numbering or too few figures rule a link out. */
    double overlap(Body other) {
      if (paragraphs < 2 || other.paragraphs < 2 || Math.abs(paragraphs - other.paragraphs) > 1) {
        return 0;
      }
      Set<String> shared = new HashSet<>(figures);
      shared.retainAll(other.figures);
      if (shared.stream().filter(f -> !YEAR.matcher(f).matches()).count() < MIN_SHARED_FIGURES) {
        return 0;
      }
      Set<String> all = new HashSet<>(figures);
      all.addAll(other.figures);
      return shared.size() / (double) all.size();
    }
  }
}
