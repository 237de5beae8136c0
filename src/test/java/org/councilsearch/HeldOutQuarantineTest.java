package org.councilsearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Held-out data stays out of the product: no run of six consecutive words of a held-out fixture
 * paper or of a held-out judged query may appear anywhere in {@code src/main} (code, comments and
 * resources). A rule or a Javadoc example written from a held-out paper is how a held-out figure
 * stops meaning anything, and it is caught here in the commit that writes it.
 *
 * <p>Two kinds of runs are not counted, because their presence says nothing about the held-out
 * papers: the names of organizations, which are public facts every paper may print (the registry's
 * {@code organizations.json}, and their official French and Spanish names as running text cites
 * them, listed in {@code quarantine/organization-names.txt} of the test resources), and text that
 * also occurs in what the product is openly built on: the bundled development corpus ({@code
 * corpus/}) and the tuning fixtures ({@code families/tuning}, {@code languages/tuning}). Council
 * papers share their formulae ("invited to take note of the present report", in every language),
 * so a formula that the tuning papers print may reach {@code src/main} from them.
 */
class HeldOutQuarantineTest {
  private static final int RUN = 6;
  private static final Path MAIN = Path.of("src/main");
  private static final List<Path> HELD_OUT_PAPERS =
      List.of(
          Path.of("src/test/resources/families/heldout"),
          Path.of("src/test/resources/languages/heldout"));
  private static final Path JUDGED_SETS = Path.of("src/main/resources/eval");
  private static final Path REGISTRY =
      Path.of("src/main/resources/org/councilsearch/nlp/organizations.json");
  private static final Path OTHER_LANGUAGE_NAMES =
      Path.of("src/test/resources/quarantine/organization-names.txt");
  private static final List<Path> OPEN_TEXTS =
      List.of(
          Path.of("corpus"),
          Path.of("src/test/resources/families/tuning"),
          Path.of("src/test/resources/languages/tuning"));
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void src_main_holds_no_six_word_run_of_a_held_out_fixture() throws IOException {
    Map<String, String> heldOut = heldOutRuns();
    assertThat(heldOut).as("held-out runs read (papers and queries)").isNotEmpty();

    List<String> leaks = new ArrayList<>();
    for (Path file : mainFiles()) {
      Set<String> found = new TreeSet<>();
      for (String run : runs(read(file))) {
        String source = heldOut.get(run);
        if (source != null) {
          found.add("\"" + run + "\" (from " + source + ")");
        }
      }
      found.forEach(run -> leaks.add(file + ": " + run));
    }
    assertThat(leaks)
        .as("six-word runs of held-out fixtures in src/main: rewrite them in your own words, or move"
            + " the fixture to the tuning split and say so")
        .isEmpty();
  }

  @Test
  void a_copied_sentence_is_caught() throws IOException {
    Map<String, String> heldOut = heldOutRuns();
    String someRun = heldOut.keySet().iterator().next();
    String javadoc = "/** For example: \"" + someRun.toUpperCase(Locale.ROOT) + "\", as printed. */";
    assertThat(runs(javadoc)).anyMatch(heldOut::containsKey);
  }

  @Test
  void french_and_spanish_held_out_papers_and_queries_are_quarantined() throws IOException {
    Map<String, String> heldOut = heldOutRuns();
    assertThat(heldOut.values())
        .as("sources of quarantined runs")
        .anyMatch(source -> source.endsWith("-fr.txt"))
        .anyMatch(source -> source.endsWith("-es.txt"))
        .contains("queries-languages-heldout.json");

    String accented =
        heldOut.entrySet().stream()
            .filter(run -> run.getValue().endsWith("-fr.txt") || run.getValue().endsWith("-es.txt"))
            .map(Map.Entry::getKey)
            .filter(run -> !run.chars().allMatch(c -> c < 128))
            .sorted()
            .findFirst()
            .orElseThrow();
    String comment = "// as the paper prints it: " + accented.toUpperCase(Locale.ROOT);
    assertThat(runs(comment)).contains(accented);
  }

  /** Every run of the held-out papers and queries, minus organization names and open text. */
  private static Map<String, String> heldOutRuns() throws IOException {
    Set<String> allowed = new HashSet<>();
    for (String name : organizationNames()) {
      allowed.addAll(runs(name));
    }
    for (Path open : OPEN_TEXTS) {
      try (Stream<Path> files = Files.walk(open)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          allowed.addAll(runs(read(file)));
        }
      }
    }
    Map<String, String> heldOut = new HashMap<>();
    for (Path paper : heldOutPapers()) {
      for (String run : runs(read(paper))) {
        heldOut.putIfAbsent(run, paper.getFileName().toString());
      }
    }
    try (Stream<Path> files = Files.list(JUDGED_SETS)) {
      for (Path set : files.filter(HeldOutQuarantineTest::isHeldOutJudgedSet).toList()) {
        for (JsonNode query : JSON.readTree(set.toFile())) {
          for (String run : runs(query.path("q").asText())) {
            heldOut.putIfAbsent(run, set.getFileName().toString());
          }
        }
      }
    }
    heldOut.keySet().removeAll(allowed);
    return heldOut;
  }

  /** The held-out papers of every split; a split that lost its papers would quarantine nothing. */
  private static List<Path> heldOutPapers() throws IOException {
    List<Path> papers = new ArrayList<>();
    for (Path split : HELD_OUT_PAPERS) {
      try (Stream<Path> files = Files.list(split)) {
        List<Path> texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        assertThat(texts).as("held-out papers in " + split).isNotEmpty();
        papers.addAll(texts);
      }
    }
    return papers;
  }

  private static boolean isHeldOutJudgedSet(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith("queries-") && name.endsWith("-heldout.json");
  }

  private static List<String> organizationNames() throws IOException {
    List<String> names = new ArrayList<>();
    collectStrings(JSON.readTree(REGISTRY.toFile()), names);
    Files.readAllLines(OTHER_LANGUAGE_NAMES, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .forEach(names::add);
    return names;
  }

  private static void collectStrings(JsonNode node, List<String> into) {
    if (node.isTextual()) {
      into.add(node.asText());
    }
    node.fields().forEachRemaining(field -> {
      if (!field.getKey().startsWith("_")) {
        collectStrings(field.getValue(), into);
      }
    });
    if (node.isArray()) {
      node.forEach(element -> collectStrings(element, into));
    }
  }

  /** The files of src/main, the held-out judged sets themselves excepted. */
  private static List<Path> mainFiles() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> !isHeldOutJudgedSet(file))
          .toList();
    }
  }

  /** The file's text, or nothing for a binary file (a trained model). */
  private static String read(Path file) throws IOException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException binary) {
      return "";
    }
  }

  /** Every run of six consecutive words, lower-cased, joined by single spaces. */
  static Set<String> runs(String text) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
    while (matcher.find()) {
      words.add(matcher.group());
    }
    Set<String> runs = new HashSet<>();
    for (int i = 0; i + RUN <= words.size(); i++) {
      runs.add(String.join(" ", words.subList(i, i + RUN)));
    }
    return runs;
  }
}
