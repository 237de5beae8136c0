package org.councilsearch.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.councilsearch.model.PaperContent;
import org.councilsearch.model.Passage;

/**
 * Finds the passage each gold line names: the one passage, among the passages of the papers
 * reporting on the line's year, whose text contains the line's phrase once white space is
 * collapsed on both sides. A line that matches no passage or several, and two lines that name the
 * same passage, are errors: the gold set is out of step with the segmenter.
 */
final class GoldAlignment {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private GoldAlignment() {}

  /**
   * @throws GoldSetException naming every gold line that does not align
   */
  static List<AlignedPassage> align(List<GoldPassage> gold, List<PaperContent> papers) {
    List<AlignedPassage> aligned = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<String, GoldPassage> claimed = new HashMap<>();
    for (GoldPassage line : gold) {
      String phrase = collapse(line.contains());
      List<AlignedPassage> hits = new ArrayList<>();
      boolean paperFound = false;
      for (PaperContent paper : papers) {
        if (paper.paper().metadata().year() == null || paper.paper().metadata().year() != line.year()) {
          continue;
        }
        paperFound = true;
        List<Passage> passages = paper.passages();
        for (int i = 0; i < passages.size(); i++) {
          if (collapse(passages.get(i).text()).contains(phrase)) {
            hits.add(new AlignedPassage(line, paper, i));
          }
        }
      }
      if (!paperFound) {
        problems.add(line.label() + ": no paper reports on " + line.year());
      } else if (hits.isEmpty()) {
        problems.add(line.label() + ": matches no passage");
      } else if (hits.size() > 1) {
        problems.add(line.label() + ": matches " + hits.size() + " passages");
      } else {
        AlignedPassage hit = hits.get(0);
        GoldPassage earlier = claimed.putIfAbsent(hit.paper().passages().get(hit.index()).id(), line);
        if (earlier != null) {
          problems.add(line.label() + ": names the same passage as " + earlier.label());
        } else {
          aligned.add(hit);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new GoldSetException(problems);
    }
    return List.copyOf(aligned);
  }

  private static String collapse(String text) {
    return SPACES.matcher(text).replaceAll(" ").strip();
  }
}
