package org.councilsearch.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes plausible council papers made of the bundled papers' numbered paragraphs, drawn in a
 * seeded random order, so that tests get a corpus large enough for an indexing run to take a while
 * without any binary data in the repository.
 */
public final class RecombinedPapers {
  private static final Pattern NUMBERED = Pattern.compile("(?s)\\d+\\.\\s+(.{100,})");

  /** Paragraphs per paper: about the length of the bundled papers. */
  private static final int PARAGRAPHS = 20;

  private final List<String> paragraphs;
  private final Random random;

  private RecombinedPapers(List<String> paragraphs, Random random) {
    this.paragraphs = paragraphs;
    this.random = random;
  }

  /** Takes the numbered paragraphs of the plain-text papers directly in {@code corpus}. */
  public static RecombinedPapers from(Path corpus, Random random) throws IOException {
    List<String> paragraphs = new ArrayList<>();
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path file : files.sorted().toList()) {
        for (String block : Files.readString(file, StandardCharsets.UTF_8).split("\\n\\s*\\n")) {
          Matcher m = NUMBERED.matcher(block.strip());
          if (m.matches()) {
            paragraphs.add(m.group(1));
          }
        }
      }
    }
    if (paragraphs.size() < PARAGRAPHS) {
      throw new IllegalStateException("too few numbered paragraphs in " + corpus);
    }
    return new RecombinedPapers(paragraphs, random);
  }

  /** Writes papers {@code first} to {@code first + count - 1} into {@code dir}. */
  public void write(Path dir, int first, int count) throws IOException {
    Files.createDirectories(dir);
    for (int n = first; n < first + count; n++) {
      StringBuilder paper = new StringBuilder();
      paper.append("CONFERENCE ROOM PAPER/R").append(n).append("\n\n");
      paper.append("RECOMBINED COUNCIL PAPER ").append(n).append("\n\n");
      paper.append("I. ACTIVITIES\n\n");
      for (int p = 1; p <= PARAGRAPHS; p++) {
        String text = paragraphs.get(random.nextInt(paragraphs.size()));
        paper.append(p).append(". ").append(text).append("\n\n");
      }
      Files.writeString(dir.resolve("recombined-" + n + ".txt"), paper, StandardCharsets.UTF_8);
    }
  }
}
