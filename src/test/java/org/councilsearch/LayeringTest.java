package org.councilsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps each library inside its pipeline stage and the dependencies pointing one way, by reading
 * the import lines of the main sources and of the measurement tools (src/bench/java, which may use
 * the product's stages, web included, but which no product code can see).
 */
class LayeringTest {
  private static final List<Path> ROOTS =
      List.of(Path.of("src/main/java/org/councilsearch"), Path.of("src/bench/java/org/councilsearch"));

  /**
   * Which packages may import each library: a package's first name, or its first two for the
   * engines in {@code backend}.
   */
  private static final Map<String, Set<String>> LIBRARY_HOMES =
      Map.ofEntries(
          Map.entry("org.apache.tika", Set.of("ingest")),
          Map.entry("opennlp", Set.of("nlp")),
          Map.entry("org.apache.lucene", Set.of("index", "search", "backend/lucene", "backend/solr")),
          Map.entry("org.apache.solr", Set.of("backend/solr")),
          Map.entry("io.javalin", Set.of("web")),
          Map.entry("io.pebbletemplates", Set.of("web")),
          Map.entry("picocli", Set.of("cli")),
          Map.entry("org.apache.commons.csv", Set.of("export", "batch")),
          Map.entry("java.sql", Set.of("state", "saved", "batch")),
          Map.entry("org.HdrHistogram", Set.of("bench")),
          Map.entry("dev.langchain4j", Set.of("nlp")),
          Map.entry("ai.onnxruntime", Set.of("nlp")),
          Map.entry("ai.djl", Set.of("nlp")));

  /**
   * Which of our packages each package must never import: nothing calls back up the pipeline, and
   * nothing but {@code app} (which chooses the engine) and the {@code solr-config} command sees an
   * engine.
   */
  private static final Map<String, Set<String>> FORBIDDEN_CALLS_UP =
      Map.ofEntries(
          Map.entry("model", Set.of("registry", "ingest", "nlp", "index", "search", "backend", "app", "cli", "web", "eval", "bench", "state", "export", "saved", "batch")),
          Map.entry("registry", Set.of("ingest", "nlp", "index", "search", "backend", "app", "cli", "web", "eval", "bench", "state", "export", "saved", "batch")),
          Map.entry("ingest", Set.of("nlp", "index", "search", "backend", "app", "cli", "web", "eval", "bench", "state", "export", "saved", "batch")),
          Map.entry("nlp", Set.of("index", "search", "backend", "app", "cli", "web", "eval", "bench", "state", "export", "saved", "batch")),
          Map.entry("index", Set.of("search", "backend", "app", "cli", "web", "eval", "bench", "state", "export", "saved", "batch")),
          Map.entry("search", Set.of("backend", "app", "cli", "web", "eval", "bench", "state", "export", "saved", "batch")),
          Map.entry("backend", Set.of("app", "cli", "web", "eval", "bench", "state", "export", "saved", "batch")),
          Map.entry("backend/lucene", Set.of("backend.solr", "app", "cli", "web", "eval", "bench", "state", "export", "saved", "batch")),
          Map.entry("backend/solr", Set.of("backend.lucene", "app", "cli", "web", "eval", "bench", "state", "export", "saved", "batch")),
          Map.entry("state", Set.of("registry", "ingest", "nlp", "index", "search", "backend", "app", "cli", "web", "eval", "bench", "export", "saved", "batch")),
          Map.entry("export", Set.of("backend", "app", "cli", "web", "eval", "bench", "state", "saved", "batch")),
          Map.entry("saved", Set.of("backend", "app", "cli", "web", "eval", "bench", "batch")),
          Map.entry("batch", Set.of("backend", "app", "cli", "web", "eval", "bench", "saved")),
          Map.entry("app", Set.of("cli", "web")),
          Map.entry("web", Set.of("backend", "cli", "eval", "bench")),
          Map.entry("eval", Set.of("backend")),
          Map.entry("bench", Set.of("backend", "cli")));

  /** The one command that names an engine: it writes the SolrCloud configset. */
  private static final Set<String> ENGINE_COMMANDS = Set.of("cli/SolrConfigCommand.java");

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
        String stage = stageOf(relative);
        Set<String> forbidden = new HashSet<>(FORBIDDEN_CALLS_UP.getOrDefault(stage, Set.of()));
        if (stage.equals("cli") && !ENGINE_COMMANDS.contains(relative.toString())) {
          forbidden.add("backend");
        }
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
          for (String upper : forbidden) {
            if (imported.startsWith("org.councilsearch." + upper + ".")) {
              violations.add(relative + " calls up into " + imported);
            }
          }
        }
      }
    }
    return violations;
  }

  /** {@code backend/lucene} for an engine's package, else the package's first name. */
  private static String stageOf(Path relative) {
    if (relative.getNameCount() < 2) {
      return "";
    }
    String first = relative.getName(0).toString();
    if (first.equals("backend") && relative.getNameCount() > 2) {
      return first + "/" + relative.getName(1);
    }
    return first;
  }
}
