package org.councilsearch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.councilsearch.model.DateSpan;
import org.councilsearch.model.PaperContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped gold set is well formed and every line names exactly one passage of the real corpus. */
class GoldSetTest {
  private static List<GoldPassage> gold;

  @BeforeAll
  static void load() {
    gold = GoldSet.load();
  }

  @Test
  void every_line_parses_and_covers_each_paper() {
    Map<Integer, Long> perYear =
        gold.stream().collect(Collectors.groupingBy(GoldPassage::year, TreeMap::new, Collectors.counting()));
    assertThat(perYear.keySet()).containsExactly(2003, 2005, 2009, 2011, 2012);
    // At least 25 passages per paper where the paper has that many (the 2012 paper has 22).
    perYear.forEach((year, n) -> assertThat(n).as("passages of %d", year).isGreaterThanOrEqualTo(year == 2012 ? 20 : 25));
    // Passages without any entity measure false positives: there must be some.
    assertThat(gold).anyMatch(g -> g.organizations().isEmpty() && g.dates().isEmpty() && g.events().isEmpty()
        && g.places().isEmpty() && g.people().isEmpty());
  }

  @Test
  void dates_are_valid_spans_with_their_words() {
    for (GoldPassage g : gold) {
      for (DateSpan d : g.dates()) {
        assertThat(d.start()).as(g.label()).isBeforeOrEqualTo(d.end());
        assertThat(d.text()).as(g.label()).isNotBlank();
        assertThat(d.start().getYear()).as(g.label()).isBetween(1900, 2030);
      }
    }
  }

  @Test
  void every_list_holds_each_entity_once() {
    for (GoldPassage g : gold) {
      for (List<String> names : List.of(g.organizations(), g.events(), g.places(), g.people())) {
        Set<String> keys = names.stream().map(NameKeys::key).collect(Collectors.toSet());
        assertThat(keys).as(g.label()).hasSize(names.size());
        assertThat(names).as(g.label()).allMatch(n -> !n.isBlank() && n.equals(n.strip()));
      }
      Set<String> spans = g.dates().stream().map(d -> d.start() + ".." + d.end()).collect(Collectors.toSet());
      assertThat(spans).as(g.label()).hasSize(g.dates().size());
    }
  }

  @Test
  void every_phrase_matches_exactly_one_passage_of_its_paper() throws IOException {
    List<PaperContent> papers = CorpusPapers.read(Path.of("corpus"));
    List<AlignedPassage> aligned = GoldAlignment.align(gold, papers);
    assertThat(aligned).hasSize(gold.size());
  }

  @Test
  void bad_lines_are_reported_by_line_number() {
    String jsonl = String.join("\n",
        "{\"year\": 2009, \"contains\": \"one two three four five six\", \"dates\": [{\"text\": \"x\", \"start\": \"2009-02-02\", \"end\": \"2009-01-01\"}]}",
        "{\"year\": 2009, \"contains\": \"too short\"}",
        "not json",
        "{\"contains\": \"a line that forgot its year entirely\"}");
    assertThatThrownBy(() -> GoldSet.read(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(GoldSetException.class, e -> {
          List<String> problems = new ArrayList<>(e.problems());
          assertThat(problems).hasSize(4);
          assertThat(problems.get(0)).startsWith("line 1: dates.[0]:").contains("ends before it starts");
          assertThat(problems.get(1)).startsWith("line 2:").contains("under 6 words");
          assertThat(problems.get(2)).startsWith("line 3:");
          assertThat(problems.get(3)).startsWith("line 4: year:");
        });
  }

  @Test
  void lines_that_match_no_passage_or_several_are_named() throws IOException {
    List<PaperContent> papers = CorpusPapers.read(Path.of("corpus"));
    List<GoldPassage> broken = List.of(
        new GoldPassage(2009, "words that occur in no passage at all", null, null, null, null, null, null),
        new GoldPassage(2011, "The Unit participated in an expert group meeting", null, null, null, null, null, null),
        new GoldPassage(1999, "In Geneva, on 6 February 2009, GIC marked", null, null, null, null, null, null));
    assertThatThrownBy(() -> GoldAlignment.align(broken, papers))
        .isInstanceOfSatisfying(GoldSetException.class, e -> assertThat(e.problems()).containsExactly(
            "2009 \"words that occur in no passage at all\": matches no passage",
            "2011 \"The Unit participated in an expert group meeting\": matches 2 passages",
            "1999 \"In Geneva, on 6 February 2009, GIC marked\": no paper reports on 1999"));
  }
}
