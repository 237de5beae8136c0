package org.councilsearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.councilsearch.ingest.Corpus;
import org.councilsearch.ingest.CorpusFile;
import org.councilsearch.ingest.ExtractionException;
import org.councilsearch.ingest.OcrWork;
import org.councilsearch.ingest.PaperReader;
import org.councilsearch.model.PaperContent;
import org.councilsearch.model.Passage;

/**
 * Prints a bundled paper, scans it ({@link #SCANS}: a clean 300 dpi first page, then 200 dpi pages
 * a little skewed and speckled), and reads the scans back as an image-only PDF and as a multi-page
 * TIFF: OCR pages per second, and word accuracy of the passages against the paper's text.
 */
public final class OcrBench {
  /** How the pages are scanned: the first page clean, the others as an office scanner does. */
  public static final List<ScannedPaper.Scan> SCANS =
      List.of(
          ScannedPaper.Scan.CLEAN,
          new ScannedPaper.Scan(200, 0.6, 0.0002),
          new ScannedPaper.Scan(200, -0.4, 0.0002));

  /** The seed of the specks, so that every run reads the same scans. */
  public static final long SEED = 7;

  private final PaperReader reader;
  private final String languages;
  private final Consumer<String> progress;

  public OcrBench(PaperReader reader, String languages, Consumer<String> progress) {
    this.reader = reader;
    this.languages = languages;
    this.progress = progress;
  }

  /** Scans {@code paper} (a text file of the corpus) into {@code work} and reads it back. */
  public OcrFigures run(Path paper, Path work) throws IOException {
    Files.createDirectories(work);
    ScannedPaper printed = ScannedPaper.of(paper);
    List<java.awt.image.BufferedImage> pages = printed.scan(SCANS, SEED);
    Path text = printed.textPdf(work.resolve("text.pdf"));
    Path pdf = ScannedPaper.imagePdf(pages, SCANS, work.resolve("scan.pdf"));
    Path tiff = ScannedPaper.tiff(pages, SCANS, work.resolve("scan.tif"));
    PaperContent reference = read(text).content();
    List<OcrFigures.Run> runs = new ArrayList<>();
    for (Path scan : List.of(pdf, tiff)) {
      progress.accept("reading " + scan.getFileName() + " (" + pages.size() + " pages) with OCR");
      Reading reading = read(scan);
      double seconds = reading.ocr().elapsed().toNanos() / 1e9;
      runs.add(
          new OcrFigures.Run(
              scan == pdf ? "image-only PDF" : "multi-page TIFF",
              reading.ocr().pages(),
              seconds,
              seconds > 0 ? reading.ocr().pages() / seconds : 0,
              WordAccuracy.of(passageText(reference), passageText(reading.content())),
              (int) numbers(reading.content()).stream().filter(numbers(reference)::contains).count(),
              numbers(reference).size(),
              Objects.equals(reference.paper().metadata().year(), reading.content().paper().metadata().year())));
    }
    return new OcrFigures(Machine.current(), paper.getFileName().toString(), languages, runs);
  }

  /** All passage texts of a paper in reading order, as they are indexed. */
  public static String passageText(PaperContent content) {
    return String.join("\n", content.passages().stream().map(Passage::text).toList());
  }

  /**
   * The paragraph numbers a paper's passages are cited by, in reading order, each once (a
   * paragraph's items share its number).
   */
  public static List<String> numbers(PaperContent content) {
    return List.copyOf(
        new LinkedHashSet<>(
            content.passages().stream().map(Passage::number).filter(Objects::nonNull).toList()));
  }

  private record Reading(PaperContent content, OcrWork ocr) {}

  private Reading read(Path file) throws IOException {
    CorpusFile corpusFile = new CorpusFile(file, file.getFileName().toString(), Files.size(file));
    OcrWork[] ocr = {OcrWork.NONE};
    try {
      PaperContent content =
          reader.read(
              corpusFile,
              Corpus.contentHash(file),
              new PaperReader.Listener() {
                @Override
                public void note(String note) {
                  progress.accept("note: " + file.getFileName() + ": " + note);
                }

                @Override
                public void scanned(OcrWork work) {
                  ocr[0] = work;
                }
              });
      return new Reading(content, ocr[0]);
    } catch (ExtractionException e) {
      throw new IOException(file.getFileName() + ": " + e.getMessage(), e);
    }
  }
}
