package org.councilsearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.councilsearch.ingest.Corpus;
import org.councilsearch.ingest.PaperReader;

/**
 * Builds a synthetic archive to measure on: papers for 1990–2025 and several committees, their
 * paragraphs recombined from the bundled corpus, with partners, cities, dates and events varied
 * (see {@link TextVariation}) and some papers as PDF and DOCX, so that extraction and tagging do
 * real work. Deterministic for a seed; papers are streamed to disk one at a time, so memory does not
 * grow with the archive. Thread-safe: immutable.
 */
public final class ArchiveGenerator {
  private final PaperComposer composer;
  private final PaperFiles files = new PaperFiles();

  private ArchiveGenerator(PaperComposer composer) {
    this.composer = composer;
  }

  /**
   * A generator recombining the papers of {@code corpus}, read with {@code reader}.
   *
   * @throws IOException when a corpus paper cannot be read
   */
  public static ArchiveGenerator fromCorpus(Corpus corpus, PaperReader reader, long seed)
      throws IOException {
    return new ArchiveGenerator(new PaperComposer(SourceMaterial.read(corpus, reader), seed));
  }

  /**
   * Writes papers {@code from} to {@code from + count - 1} into {@code dir}, which must be empty or
   * missing: an archive mixed with other files would measure something else.
   *
   * @param progress hears the number of papers written so far, after each one
   */
  public GenerationReport generate(Path dir, int from, int count, IntConsumer progress)
      throws IOException {
    requireEmpty(dir);
    Files.createDirectories(dir);
    long start = System.nanoTime();
    int text = 0;
    int pdf = 0;
    int docx = 0;
    long chars = 0;
    long bytes = 0;
    int firstYear = Integer.MAX_VALUE;
    int lastYear = Integer.MIN_VALUE;
    for (int i = from; i < from + count; i++) {
      GeneratedPaper paper = composer.compose(i);
      bytes += files.write(paper, dir);
      chars += paper.chars();
      firstYear = Math.min(firstYear, paper.year());
      lastYear = Math.max(lastYear, paper.year());
      if (paper.fileName().endsWith(".pdf")) {
        pdf++;
      } else if (paper.fileName().endsWith(".docx")) {
        docx++;
      } else {
        text++;
      }
      progress.accept(i - from + 1);
    }
    return new GenerationReport(
        count, text, pdf, docx, chars, bytes, firstYear, lastYear,
        Duration.ofNanos(System.nanoTime() - start));
  }

  private static void requireEmpty(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + " is not a directory");
    }
    try (Stream<Path> entries = Files.list(dir)) {
      if (entries.findAny().isPresent()) {
        throw new IOException(dir + " is not empty; generate into a new directory");
      }
    }
  }
}
