package org.councilsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps each library inside its pipeline stage and the dependencies pointing one way, by reading
 * the import lines of the main sources and of the measurement tools (src/bench/java, which may use
 * every stage of the product, web included, but which no product code can see).
 */
class LayeringTest {
  private static final List<Path> ROOTS =
      List.of(Path.of("src/main/java/org/councilsearch"), Path.of("src/bench/java/org/councilsearch"));

  /** Which top-level packages may import each library. */
  private static final Map<String, Set<String>> LIBRARY_HOMES =
      Map.of(
          "org.apache.tika", Set.of("ingest"),
          "opennlp", Set.of("nlp"),
          "org.apache.lucene", Set.of("index", "search"),
          "org.apache.solr", Set.of("index", "search"),
          "io.javalin", Set.of("web"),
          "io.pebbletemplates", Set.of("web"),
          "picocli", Set.of("cli"),
          "org.HdrHistogram", Set.of("bench"));

  /** Which of our packages each package must never import: nothing calls back up the pipeline. */
  private static final Map<String, Set<String>> FORBIDDEN_CALLS_UP =
      Map.of(
          "model", Set.of("ingest", "nlp", "index", "search", "app", "cli", "web", "eval", "bench"),
          "ingest", Set.of("nlp", "index", "search", "app", "cli", "web", "eval", "bench"),
          "nlp", Set.of("index", "search", "app", "cli", "web", "eval", "bench"),
          "index", Set.of("search", "app", "cli", "web", "eval", "bench"),
          "search", Set.of("app", "cli", "web", "eval", "bench"),
          "app", Set.of("cli", "web"),
          "web", Set.of("cli", "eval", "bench"),
          "bench", Set.of("cli"));

  @Test
  void libraries_stay_in_their_stage_and_no_stage_calls_back_up() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Path root : ROOTS) {
      violations.addAll(violations(root));
    }
    assertThat(violations).isEmpty();
  }

  private static List<String> violations(Path root) throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Path relative = root.relativize(file);
        String stage = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (!line.startsWith("import ")) {
            continue;
          }
          String imported = line.substring(7).replace("static ", "").replace(";", "").strip();
          LIBRARY_HOMES.forEach(
              (library, homes) -> {
                if (imported.startsWith(library + ".") && !homes.contains(stage) && !stage.isEmpty()) {
                  violations.add(relative + " imports " + imported);
                }
              });
          for (String upper : FORBIDDEN_CALLS_UP.getOrDefault(stage, Set.of())) {
            if (imported.startsWith("org.councilsearch." + upper + ".")) {
              violations.add(relative + " calls up into " + imported);
            }
          }
        }
      }
    }
    return violations;
  }
}
