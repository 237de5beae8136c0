package org.councilsearch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tesseract, through Tika's {@link TesseractOCRParser}, for the pages that have no text layer:
 * image-only pages of a PDF (Tika's "auto" strategy OCRs only the pages without usable text) and
 * scanned images (TIFF, PNG, JPEG). Found once, at start: when Tesseract or every language pack is
 * missing, OCR is off and {@link #unavailableReason()} says how to install it.
 *
 * <p>Every OCR call is timed into the {@link Meter} of its parse, and bounded by the page timeout
 * (a TIFF's frames each get one). Thread-safe.
 */
final class OcrEngine {
  /** What a user runs to make scans readable; Debian's packages, as {@code .ci/run} installs. */
  static final String INSTALL = "apt-get install tesseract-ocr tesseract-ocr-eng";

  private static final String TIMEOUT_MESSAGE = "TesseractOCRParser timeout";

  private final OcrSettings settings;
  private final TesseractOCRParser tesseract;
  private final String languages;
  private final String unavailableReason;

  private OcrEngine(
      OcrSettings settings, TesseractOCRParser tesseract, String languages, String unavailable) {
    this.settings = settings;
    this.tesseract = tesseract;
    this.languages = languages;
    this.unavailableReason = unavailable;
  }

  /**
   * Looks for Tesseract and its language packs as {@code settings} say. Tesseract is started
   * through a {@link TesseractWrapper} that gives it the environment it needs; where the wrapper
   * cannot run (no POSIX shell, a temporary folder mounted without execution), directly.
   */
  static OcrEngine start(OcrSettings settings) {
    Optional<Path> wrapper =
        TesseractWrapper.write(
            settings.tesseractDir(), System.getenv("PATH"), System.getenv("TESSDATA_PREFIX"));
    TesseractOCRParser tesseract = null;
    if (wrapper.isPresent()) {
      tesseract = found(wrapper.get());
    }
    if (tesseract == null) {
      tesseract = found(settings.tesseractDir());
    }
    if (tesseract == null) {
      String reason =
          settings.tesseractDir() == null
              ? "Tesseract is not installed; install it (" + INSTALL + ") and index again"
              : "Tesseract was not found in "
                  + settings.tesseractDir()
                  + "; install it ("
                  + INSTALL
                  + ") or point --tesseract at its folder, and index again";
      return new OcrEngine(settings, new TesseractOCRParser(), "", reason);
    }
    Set<String> installed = tesseract.getLangs();
    List<String> usable = new ArrayList<>();
    for (String language : settings.languages()) {
      if (installed.contains(language)) {
        usable.add(language);
      }
    }
    if (usable.isEmpty()) {
      String packs =
          String.join(
              " ", settings.languages().stream().map(l -> "tesseract-ocr-" + l).toList());
      return new OcrEngine(
          settings,
          tesseract,
          "",
          "Tesseract has no language pack for " + String.join(", ", settings.languages())
              + "; install one (apt-get install " + packs + ") and index again");
    }
    return new OcrEngine(settings, tesseract, String.join("+", usable), null);
  }

  /** Tesseract run from {@code dir} (null: the {@code PATH}), or null when it does not answer. */
  private static TesseractOCRParser found(Path dir) {
    TesseractOCRParser tesseract = new TesseractOCRParser();
    if (dir != null) {
      tesseract.setTesseractPath(dir.toString());
    }
    tesseract.setPreloadLangs(true);
    try {
      tesseract.initialize(Map.of());
      return tesseract.hasTesseract() ? tesseract : null;
    } catch (TikaConfigException | RuntimeException e) {
      return null;
    }
  }

  boolean available() {
    return unavailableReason == null;
  }

  /** Why scans cannot be read here and what to install, or null when they can. */
  String unavailableReason() {
    return unavailableReason;
  }

  /** The language packs in use, as Tesseract takes them ("eng+fra+spa"). */
  String languages() {
    return languages;
  }

  Duration pageTimeout() {
    return settings.pageTimeout();
  }

  /** The parser Tika's auto-detection should route images and PDF pages to, or null when off. */
  Parser parser() {
    return available() ? new TimedOcr() : null;
  }

  /**
   * Sets up {@code context} for a top-level file: OCR of pages without text when available, and
   * none otherwise. {@code meter} hears about every page.
   */
  void configure(ParseContext context, Meter meter) {
    TesseractOCRConfig ocr = new TesseractOCRConfig();
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setExtractInlineImages(false);
    if (available()) {
      ocr.setLanguage(languages);
      ocr.setTimeoutSeconds(pageSeconds());
      pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
    } else {
      ocr.setSkipOcr(true);
      pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    }
    context.set(TesseractOCRConfig.class, ocr);
    context.set(PDFParserConfig.class, pdf);
    context.set(Meter.class, meter);
  }

  /**
   * Sets up {@code context} for documents embedded in a file: never OCR. The pictures of a Word
   * paper are logos and charts, not pages; reading them would cost seconds each for noise.
   */
  static void configureEmbedded(ParseContext context) {
    TesseractOCRConfig ocr = new TesseractOCRConfig();
    ocr.setSkipOcr(true);
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    pdf.setExtractInlineImages(false);
    context.set(TesseractOCRConfig.class, ocr);
    context.set(PDFParserConfig.class, pdf);
  }

  private int pageSeconds() {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, settings.pageTimeout().toSeconds()));
  }

  /**
   * The OCR of one parse, as it goes: read by the extraction's caller while the worker parses, to
   * give the file one page timeout more for every page begun.
   */
  static final class Meter {
    private final AtomicInteger begun = new AtomicInteger();
    private final AtomicInteger pages = new AtomicInteger();
    private final AtomicInteger abandoned = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();

    /** Pages whose OCR has started, finished or not. */
    int begun() {
      return begun.get();
    }

    OcrWork work() {
      return new OcrWork(pages.get(), Duration.ofNanos(nanos.get()), abandoned.get());
    }
  }

  /** Tesseract with a stopwatch, a page count and the page timeout applied. */
  private final class TimedOcr implements Parser {
    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
      return tesseract.getSupportedTypes(context);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
        throws IOException, SAXException, TikaException {
      Meter meter = context.get(Meter.class);
      TesseractOCRConfig config = context.get(TesseractOCRConfig.class);
      if (meter == null || config == null || config.isSkipOcr()) {
        tesseract.parse(stream, handler, metadata, context);
        return;
      }
      // A PDF page comes as one image, a TIFF scan with all its frames: each frame is a page.
      TikaInputStream image = TikaInputStream.get(stream);
      int frames = frames(image.getPath());
      config.setTimeoutSeconds((int) Math.min(Integer.MAX_VALUE, (long) pageSeconds() * frames));
      meter.begun.addAndGet(frames);
      long start = System.nanoTime();
      try {
        tesseract.parse(image, handler, metadata, context);
        meter.pages.addAndGet(frames);
      } catch (TikaException e) {
        if (!isTimeout(e)) {
          throw e;
        }
        // A page that cannot be read in time costs that page, not the paper.
        meter.abandoned.addAndGet(frames);
      } finally {
        meter.nanos.addAndGet(System.nanoTime() - start);
      }
    }
  }

  private static boolean isTimeout(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c.getMessage() != null && c.getMessage().contains(TIMEOUT_MESSAGE)) {
        return true;
      }
    }
    return false;
  }

  /** Frames of a multi-page TIFF; 1 for other images, and for what ImageIO cannot open. */
  private static int frames(Path image) {
    try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
      if (in == null) {
        return 1;
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return 1;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        return Math.max(1, reader.getNumImages(true));
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return 1;
    }
  }
}
