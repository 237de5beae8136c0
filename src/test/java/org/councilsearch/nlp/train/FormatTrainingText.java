package org.councilsearch.nlp.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.councilsearch.nlp.NlpModels;

/**
 * Tokenizes hand-written annotated sentences into name finder format, one per line, the way the
 * tagger tokenizes. Usage: {@code FormatTrainingText IN OUT}; IN may be plain text with tags or
 * an existing training file (formatting is idempotent).
 */
final class FormatTrainingText {
  private FormatTrainingText() {}

  public static void main(String[] args) throws IOException {
    NerTextFormatter formatter = new NerTextFormatter(NlpModels.loadWithoutNameFinder());
    List<String> out = new ArrayList<>();
    int failures = 0;
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      try {
        out.add(formatter.format(line));
      } catch (IllegalArgumentException e) {
        failures++;
        System.err.println(e.getMessage());
      }
    }
    Files.write(Path.of(args[1]), out, StandardCharsets.UTF_8);
    System.out.println(out.size() + " lines written, " + failures + " refused");
  }
}
