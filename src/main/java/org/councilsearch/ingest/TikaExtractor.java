package org.councilsearch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.DefaultParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.sax.BodyContentHandler;
import org.councilsearch.ingest.clean.ControlCharacterFilter;
import org.councilsearch.ingest.clean.TextFilter;

/**
 * Extracts text from any file Apache Tika can read, treating every file as hostile.
 *
 * <p>Thread-safe: one instance is meant to be shared by all indexing threads. The Tika parser is
 * built once; every call gets its own handler, metadata and parse context.
 *
 * <p>Limits ({@link ExtractionLimits}): files over {@code maxFileBytes} are refused from their size
 * alone, before a byte is read; text beyond {@code maxChars} is cut and the result marked
 * truncated; a parse running longer than {@code timeout} is abandoned. Embedded documents (an
 * annex attached inside a paper, a spreadsheet inside a Word file) are kept, because their text is
 * part of the paper, within the bounds of {@link BoundedEmbeddedExtractor}, and their text counts
 * against the same {@code maxChars}. The time limits are kept by the {@link ParseWatchdog}.
 *
 * <p>Every failure is an {@link ExtractionException} with a one-line reason ({@link
 * ExtractionFailures}); nothing a parser throws, {@link OutOfMemoryError} and {@link
 * StackOverflowError} included, reaches the caller.
 *
 * <p>The text keeps the line breaks of the source layout, always as {@code \n}; other control
 * characters become spaces and stray surrogates U+FFFD ({@link ControlCharacterFilter}).
 *
 * <p>Pages without a text layer (image-only pages of a PDF, scanned TIFF, PNG and JPEG files) are
 * read with Tesseract when it is installed ({@link OcrEngine}); each page has its own time limit,
 * added to the file's. Without Tesseract a scan fails with one line saying what to install.
 * Pictures inside other documents are never OCR'd.
 */
public final class TikaExtractor implements Extractor {
  /** A title is one line of metadata; a hostile file can put megabytes there. */
  private static final int MAX_TITLE_CHARS = 1_000;

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final ExtractionLimits limits;
  private final Parser parser;
  private final EncodingDetector encodingDetector;
  private final ExtractionFailures failures;
  private final ParseWatchdog watchdog;
  private final TextFilter controlCharacters = new ControlCharacterFilter();
  private final OcrEngine ocr;

  /** Builds the Tika parser; do it once and share the instance, it takes a moment. */
  public TikaExtractor(ExtractionLimits limits) {
    this(limits, OcrSettings.DEFAULTS);
  }

  /**
   * Builds the Tika parser, with Tesseract as {@code ocr} says when it is there; do it once and
   * share the instance, it takes a moment.
   */
  public TikaExtractor(ExtractionLimits limits, OcrSettings ocr) {
    this(limits, OcrEngine.start(ocr));
  }

  private TikaExtractor(ExtractionLimits limits, OcrEngine ocr) {
    this(limits, autoDetect(ocr), ocr);
  }

  /** For tests: any parser, such as one that never returns, in place of Tika's auto-detection. */
  TikaExtractor(ExtractionLimits limits, Parser parser) {
    this(limits, parser, OcrEngine.start(OcrSettings.DEFAULTS));
  }

  private TikaExtractor(ExtractionLimits limits, Parser parser, OcrEngine ocr) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.parser = Objects.requireNonNull(parser, "parser");
    this.ocr = ocr;
    if (limits.maxFileBytes() <= 0 || limits.maxChars() <= 0) {
      throw new IllegalArgumentException("extraction limits must be positive: " + limits);
    }
    if (limits.timeout() == null || limits.timeout().isNegative() || limits.timeout().isZero()) {
      throw new IllegalArgumentException("extraction timeout must be positive: " + limits);
    }
    TikaConfig config = TikaConfig.getDefaultConfig();
    this.failures = new ExtractionFailures(config.getMimeRepository());
    this.encodingDetector = new Utf8FirstEncodingDetector(new StrayNulEncodingDetector(config.getEncodingDetector()));
    this.watchdog = new ParseWatchdog(limits.timeout(), ocr.pageTimeout());
  }

  /**
   * Tika's parsers, with our Tesseract in place of the one Tika would find by itself, so that its
   * location, languages and page timeout are ours and every OCR call is timed.
   */
  private static Parser autoDetect(OcrEngine ocr) {
    TikaConfig config = TikaConfig.getDefaultConfig();
    Parser ocrParser = ocr.parser();
    if (ocrParser == null) {
      return new AutoDetectParser(config);
    }
    DefaultParser others =
        new DefaultParser(
            config.getMediaTypeRegistry(),
            config.getServiceLoader(),
            List.of(TesseractOCRParser.class));
    // The later parser wins for a media type both support: images go to Tesseract.
    return new AutoDetectParser(
        config.getDetector(), new CompositeParser(config.getMediaTypeRegistry(), others, ocrParser));
  }

  /** True when scanned pages are read with OCR; false says why in {@link #ocrUnavailable()}. */
  public boolean ocrAvailable() {
    return ocr.available();
  }

  /** Why scans cannot be read on this machine and what to install, or null when they can. */
  public String ocrUnavailable() {
    return ocr.unavailableReason();
  }

  @Override
  public ExtractionResult extract(Path file) throws ExtractionException {
    Objects.requireNonNull(file, "file");
    BasicFileAttributes attributes = attributesOf(file);
    if (attributes.isDirectory()) {
      throw new ExtractionException("cannot read file: it is a directory");
    }
    if (!attributes.isRegularFile()) {
      // Opening a named pipe or a device could block forever or never end.
      throw new ExtractionException("cannot read file: not a regular file");
    }
    if (attributes.size() == 0) {
      throw new ExtractionException("file is empty");
    }
    if (attributes.size() > limits.maxFileBytes()) {
      throw ExtractionFailures.tooLarge(attributes.size(), limits.maxFileBytes());
    }

    Metadata metadata = new Metadata();
    // Opened here rather than on the worker, so that a file we may not read gets its own reason
    // and is never confused with a parser's I/O trouble.
    TikaInputStream stream = open(file, metadata);
    OcrEngine.Meter meter = new OcrEngine.Meter();
    return watchdog.run(
        () -> parseAndClose(stream, metadata, meter),
        () -> closeQuietly(stream),
        meter::begun,
        // Only called once the worker is done, so its metadata is safe to read.
        t -> failures.of(t, metadata));
  }

  private ExtractionResult parseAndClose(
      TikaInputStream stream, Metadata metadata, OcrEngine.Meter meter)
      throws ExtractionException {
    try {
      return parse(stream, metadata, meter);
    } finally {
      // A failure to close comes after the text is in hand; it must not cost the file.
      closeQuietly(stream);
    }
  }

  private ExtractionResult parse(InputStream stream, Metadata metadata, OcrEngine.Meter meter)
      throws ExtractionException {
    // BodyContentHandler keeps only the <body>: no HTML <head>, and Tika's HTML mapping already
    // drops <script> and <style>. Its write limit throws as soon as maxChars is reached, which
    // stops a huge document early instead of parsing it to the end for nothing.
    BodyContentHandler handler = new BodyContentHandler(limits.maxChars());
    boolean truncated = false;
    try {
      parser.parse(stream, handler, metadata, newContext(meter));
    } catch (Throwable t) { // hostile files make parsers fail in every way, Errors included
      if (WriteLimitReachedException.isWriteLimitReached(t)) {
        truncated = true;
      } else {
        throw failures.of(t, metadata);
      }
    }
    String type = ExtractionFailures.detectedType(metadata);
    String text = controlCharacters.apply(handler.toString());
    OcrWork work = meter.work();
    if (!hasWords(text)) {
      throw new ExtractionException(ExtractionFailures.noText(type, work, ocr));
    }
    return new ExtractionResult(text, type, title(metadata), truncated, work);
  }

  private ParseContext newContext(OcrEngine.Meter meter) {
    ParseContext context = new ParseContext();
    ParseContext embedded = new ParseContext();
    BoundedEmbeddedExtractor extractor = new BoundedEmbeddedExtractor(embedded);
    for (ParseContext c : List.of(context, embedded)) {
      // Embedded documents are parsed by the same parser, through the bounded extractor.
      c.set(Parser.class, parser);
      c.set(EmbeddedDocumentExtractor.class, extractor);
      c.set(EncodingDetector.class, encodingDetector);
    }
    ocr.configure(context, meter);
    OcrEngine.configureEmbedded(embedded);
    return context;
  }

  private String title(Metadata metadata) {
    String title = metadata.get(TikaCoreProperties.TITLE);
    if (title == null) {
      return null;
    }
    title = WHITESPACE.matcher(controlCharacters.apply(title)).replaceAll(" ").strip();
    if (title.isEmpty()) {
      return null;
    }
    if (title.length() <= MAX_TITLE_CHARS) {
      return title;
    }
    int end = MAX_TITLE_CHARS;
    return title.substring(0, Character.isHighSurrogate(title.charAt(end - 1)) ? end - 1 : end);
  }

  private static BasicFileAttributes attributesOf(Path file) throws ExtractionException {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      throw ExtractionFailures.unreadable(e);
    }
  }

  private static TikaInputStream open(Path file, Metadata metadata) throws ExtractionException {
    try {
      return TikaInputStream.get(file, metadata);
    } catch (IOException e) {
      throw ExtractionFailures.unreadable(e);
    }
  }

  /** Text with no letter or digit holds nothing a search could find. */
  private static boolean hasWords(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  private static void closeQuietly(InputStream stream) {
    try {
      stream.close();
    } catch (IOException | RuntimeException ignored) {
      // The file was never parsed; there is nothing to report beyond the original failure.
    }
  }
}
