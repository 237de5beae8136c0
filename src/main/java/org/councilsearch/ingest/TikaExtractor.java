package org.councilsearch.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.DefaultParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

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
 * part of the paper, but at most 3 levels deep and 100 per file, and their text counts against the
 * same {@code maxChars}. Their internal names ("image1.png") are not written into the text.
 *
 * <p>Every failure is an {@link ExtractionException} with a one-line reason; nothing a parser
 * throws, {@link OutOfMemoryError} and {@link StackOverflowError} included, reaches the caller.
 *
 * <p>The text keeps the line breaks of the source layout, always as {@code \n}; other control
 * characters become spaces and stray surrogates U+FFFD, so that it encodes to UTF-8 without loss.
 *
 * <p>Pages without a text layer (image-only pages of a PDF, scanned TIFF, PNG and JPEG files) are
 * read with Tesseract when it is installed ({@link OcrEngine}); each page has its own time limit,
 * added to the file's. Without Tesseract a scan fails with one line saying what to install.
 * Pictures inside other documents are never OCR'd.
 */
public final class TikaExtractor implements Extractor {
  /** An annex inside an attachment inside a paper is plausible; deeper nesting is a bomb. */
  static final int MAX_EMBEDDED_DEPTH = 3;

  /** Papers carry a few annexes and images, not hundreds; each one costs a parse. */
  static final int MAX_EMBEDDED_COUNT = 100;

  /** A title is one line of metadata; a hostile file can put megabytes there. */
  private static final int MAX_TITLE_CHARS = 1_000;

  private static final int MAX_CAUSE_CHARS = 120;

  /** Names threads for thread dumps across all instances, so they never share a name. */
  private static final AtomicInteger THREAD_COUNT = new AtomicInteger();

  private static final Pattern QUALIFIED_CLASS =
      Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b:?\\s*");
  private static final Pattern INSTANCE_HASH = Pattern.compile("@[0-9a-f]{4,}\\b");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Short names for the formats users meet; others are named by their media type. */
  private static final Map<String, String> FORMAT_NAMES =
      Map.ofEntries(
          Map.entry("application/pdf", "PDF"),
          Map.entry("application/msword", "Word document"),
          Map.entry(
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              "Word document"),
          Map.entry("application/vnd.ms-word.document.macroenabled.12", "Word document"),
          Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument text"),
          Map.entry("application/rtf", "RTF document"),
          Map.entry("text/html", "HTML file"),
          Map.entry("application/xhtml+xml", "HTML file"),
          Map.entry("application/epub+zip", "EPUB book"),
          Map.entry("text/plain", "text file"),
          Map.entry("text/x-web-markdown", "Markdown file"));

  private final ExtractionLimits limits;
  private final Parser parser;
  private final MimeTypes mimeTypes;
  private final EncodingDetector encodingDetector;
  private final ExecutorService workers;
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
    this.mimeTypes = config.getMimeRepository();
    this.encodingDetector = new StrayNulEncodingDetector(config.getEncodingDetector());
    // No queue and no fixed size: a parse stuck past its timeout keeps its thread (Java cannot
    // stop it), and a fixed pool would let a few such files starve every later file. Live threads
    // are bounded by the callers' own threads plus the stuck ones; idle threads die after 30 s.
    this.workers =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            task -> {
              Thread thread = new Thread(task, "extract-" + THREAD_COUNT.incrementAndGet());
              // Daemon, so that a parse stuck in a loop never keeps the JVM from exiting.
              thread.setDaemon(true);
              return thread;
            });
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
      throw new ExtractionException(
          "file is "
              + megabytes(attributes.size(), false)
              + ", over the "
              + megabytes(limits.maxFileBytes(), true)
              + " limit; raise --max-file-mb to index it");
    }

    Metadata metadata = new Metadata();
    // Opened here rather than on the worker, so that a file we may not read gets its own reason
    // and is never confused with a parser's I/O trouble.
    TikaInputStream stream = open(file, metadata);
    OcrEngine.Meter meter = new OcrEngine.Meter();
    Future<ExtractionResult> future;
    try {
      future = workers.submit(() -> parseAndClose(stream, metadata, meter));
    } catch (RejectedExecutionException e) {
      closeQuietly(stream);
      throw new ExtractionException("cannot start extraction: " + shortCause(e), e);
    }
    return await(future, metadata, meter);
  }

  private ExtractionResult await(
      Future<ExtractionResult> future, Metadata metadata, OcrEngine.Meter meter)
      throws ExtractionException {
    long start = System.nanoTime();
    try {
      while (true) {
        // Each page sent to OCR brings its own time limit, which Tesseract's process enforces; the
        // file's timeout bounds everything else.
        long deadline =
            limits.timeout().toNanos() + meter.begun() * ocr.pageTimeout().toNanos();
        long left = deadline - (System.nanoTime() - start);
        try {
          return future.get(Math.max(0, left), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          long extended =
              limits.timeout().toNanos() + meter.begun() * ocr.pageTimeout().toNanos();
          if (extended == deadline) {
            throw e;
          }
        }
      }
    } catch (TimeoutException e) {
      // Interrupting is a request only: most parsers never look. The stream stays with the worker,
      // which closes it whenever the parse ends.
      future.cancel(true);
      throw new ExtractionException(
          "extraction took longer than "
              + seconds(limits.timeout())
              + "; the file may be damaged (raise --timeout to allow more)");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ExtractionException("extraction was interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ExtractionException) {
        throw (ExtractionException) cause;
      }
      // Thrown on the worker outside the parser, say an OutOfMemoryError while copying the text.
      // The worker is done, so its metadata is safe to read here.
      throw failure(cause, metadata);
    }
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
        throw failure(t, metadata);
      }
    }
    String type = detectedType(metadata);
    String text = normalize(handler.toString());
    OcrWork work = meter.work();
    if (!hasWords(text)) {
      throw new ExtractionException(noText(type, work));
    }
    return new ExtractionResult(text, type, title(metadata), truncated, work);
  }

  /** Why a file gave no words: for a scan, that OCR is needed or found nothing. */
  private String noText(String type, OcrWork work) {
    String reason = "no text could be extracted (detected type: " + type + ")";
    boolean scan = type.equals("application/pdf") || type.startsWith("image/");
    if (!scan) {
      return reason;
    }
    if (!ocr.available()) {
      return reason + "; it is a scan and needs OCR, but " + ocr.unavailableReason();
    }
    if (work.pagesAbandoned() > 0) {
      return reason
          + "; OCR took longer than "
          + seconds(ocr.pageTimeout())
          + " a page (raise --ocr-page-timeout to allow more)";
    }
    return work.pages() == 0
        ? reason
        : reason + "; OCR found no words on its " + pages(work.pages());
  }

  private ParseContext newContext(OcrEngine.Meter meter) {
    ParseContext context = new ParseContext();
    ParseContext embedded = new ParseContext();
    BoundedEmbeddedExtractor extractor = new BoundedEmbeddedExtractor(embedded);
    for (ParseContext c : List.of(context, embedded)) {
      // Embedded documents are parsed by the same parser, through the bounded extractor below.
      c.set(Parser.class, parser);
      c.set(EmbeddedDocumentExtractor.class, extractor);
      c.set(EncodingDetector.class, encodingDetector);
    }
    ocr.configure(context, meter);
    OcrEngine.configureEmbedded(embedded);
    return context;
  }

  /** Turns whatever a parser threw into one line naming the problem. */
  private ExtractionException failure(Throwable t, Metadata metadata) {
    if (isEncrypted(t)) {
      return new ExtractionException(
          "file is encrypted or password-protected; save an unprotected copy", t);
    }
    if (isZipBomb(t)) {
      return new ExtractionException(
          "file expands to far more text than its size (a suspected decompression bomb); "
              + "it was not indexed",
          t);
    }
    if (t instanceof ZeroByteFileException) {
      return new ExtractionException("file is empty", t);
    }
    if (t instanceof OutOfMemoryError) {
      return new ExtractionException(
          "file needs more memory than is available to extract; it may be damaged, "
              + "or give Java more memory (-Xmx)",
          t);
    }
    if (t instanceof StackOverflowError) {
      return new ExtractionException(
          "file is nested too deeply to extract; it may be damaged", t);
    }
    // AssertionError is left to the "corrupt" case below: with -ea, a parser's assert fails on
    // bad input like any of its checks. Other Errors (LinkageError and the like) point at a
    // broken installation rather than a broken file.
    if (t instanceof Error && !(t instanceof AssertionError)) {
      return new ExtractionException(
          "extraction failed unexpectedly (" + shortCause(t) + "); please report it", t);
    }
    String cause = shortCause(t);
    return new ExtractionException(
        "file is corrupt or not a valid "
            + formatName(metadata)
            + (cause.isEmpty() ? "" : " (" + cause + ")"),
        t);
  }

  private static boolean isEncrypted(Throwable t) {
    int depth = 0;
    for (Throwable c = t; c != null && depth < 20; c = c.getCause(), depth++) {
      if (c instanceof EncryptedDocumentException
          // POI's own, thrown through Tika unwrapped by some OOXML paths.
          || c.getClass().getName().equals("org.apache.poi.EncryptedDocumentException")
          || c.getClass().getName().endsWith(".InvalidPasswordException")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isZipBomb(Throwable t) {
    int depth = 0;
    for (Throwable c = t; c != null && depth < 20; c = c.getCause(), depth++) {
      // Tika's SecureContentHandler says so only in its messages.
      String message = c.getMessage();
      if (message != null && message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
        return true;
      }
    }
    return false;
  }

  /** The file's format for a message, preferring the name's claim when content says "zip". */
  private String formatName(Metadata metadata) {
    String type = detectedType(metadata);
    if (isGeneric(type)) {
      String claimed = claimedType(metadata);
      if (claimed != null) {
        type = claimed;
      }
    }
    String name = FORMAT_NAMES.get(type);
    return name != null ? name : type + " file";
  }

  private static boolean isGeneric(String type) {
    return type.equals(MediaType.OCTET_STREAM.toString())
        || type.equals("application/zip")
        || type.equals("application/x-tika-ooxml")
        || type.equals("application/x-tika-msoffice")
        || type.equals("text/plain");
  }

  private String claimedType(Metadata metadata) {
    String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
    if (name == null) {
      return null;
    }
    Metadata byName = new Metadata();
    byName.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    try {
      MediaType type = mimeTypes.detect(null, byName);
      return type == null || type.equals(MediaType.OCTET_STREAM) ? null : type.toString();
    } catch (IOException e) {
      return null;
    }
  }

  private static String detectedType(Metadata metadata) {
    String contentType = metadata.get(Metadata.CONTENT_TYPE);
    MediaType type = contentType == null ? null : MediaType.parse(contentType);
    return type == null ? MediaType.OCTET_STREAM.toString() : type.getBaseType().toString();
  }

  private static String title(Metadata metadata) {
    String title = metadata.get(TikaCoreProperties.TITLE);
    if (title == null) {
      return null;
    }
    title = WHITESPACE.matcher(normalize(title)).replaceAll(" ").strip();
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
      throw unreadable(e);
    }
  }

  private static TikaInputStream open(Path file, Metadata metadata) throws ExtractionException {
    try {
      return TikaInputStream.get(file, metadata);
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  static ExtractionException unreadable(IOException e) {
    String reason;
    if (e instanceof AccessDeniedException) {
      reason = "permission denied; check the file's permissions";
    } else if (e instanceof NoSuchFileException || e instanceof NotDirectoryException) {
      reason = "no such file";
    } else if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      reason = oneLine(((FileSystemException) e).getReason());
    } else {
      reason = shortCause(e);
    }
    return new ExtractionException("cannot read file: " + reason, e);
  }

  /**
   * The most specific message in the cause chain, cleaned of class names, so that a user sees the
   * parser's words ("Header doesn't contain versioninfo") rather than a wrapper's.
   */
  static String shortCause(Throwable t) {
    String best = "";
    int depth = 0;
    for (Throwable c = t; c != null && depth < 20; c = c.getCause(), depth++) {
      String description = describe(c);
      if (!description.isEmpty()) {
        best = description;
      }
    }
    return best.length() > MAX_CAUSE_CHARS ? best.substring(0, MAX_CAUSE_CHARS - 1) + "…" : best;
  }

  private static String describe(Throwable t) {
    // A parser's own bugs (NullPointerException and the like) carry messages about its code, not
    // about the file; their kind is all a user can use.
    if (t.getClass().getName().startsWith("java.lang.") && t instanceof RuntimeException) {
      return readable(t.getClass().getSimpleName());
    }
    String message = clean(t.getMessage());
    if (message.isEmpty() && t instanceof EOFException) {
      return "unexpected end of file";
    }
    if (message.isEmpty() && t instanceof ZipException) {
      return "damaged zip structure";
    }
    return message;
  }

  private static String clean(String message) {
    if (message == null) {
      return "";
    }
    String cleaned = oneLine(message);
    cleaned = QUALIFIED_CLASS.matcher(cleaned).replaceAll("");
    cleaned = INSTANCE_HASH.matcher(cleaned).replaceAll("");
    cleaned = cleaned.strip();
    // Wrappers such as "Unexpected RuntimeException from PDFParser" say nothing about the file.
    if (cleaned.contains("Exception") || cleaned.startsWith("TIKA-")) {
      return "";
    }
    return cleaned;
  }

  private static String oneLine(String s) {
    return WHITESPACE.matcher(s).replaceAll(" ").strip();
  }

  /** "EOFException" -> "EOF", "ArrayIndexOutOfBoundsException" -> "array index out of bounds". */
  private static String readable(String simpleName) {
    String base = simpleName.replaceAll("(Exception|Error)$", "");
    return base.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT).strip();
  }

  /**
   * Line breaks as {@code \n}, whatever the source used; other control characters (NULs of a
   * padded export, stray escape bytes) as spaces, since they end words; stray surrogates as U+FFFD,
   * so that the text encodes to UTF-8 without loss.
   */
  static String normalize(String text) {
    int first = 0;
    while (first < text.length() && !needsChange(text, first)) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          out.append(c).append(text.charAt(++i));
        } else {
          out.append('\uFFFD');
        }
      } else if (Character.isLowSurrogate(c)) {
        out.append('\uFFFD');
      } else if (c == '\r') {
        out.append('\n');
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (isLineBreak(c)) {
        out.append('\n');
      } else if (isControl(c)) {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean needsChange(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return c == '\r' || isLineBreak(c) || isControl(c);
  }

  private static boolean isLineBreak(char c) {
    return c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F;
  }

  /** Text with no letter or digit holds nothing a search could find. */
  private static boolean hasWords(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  private static String megabytes(long bytes, boolean limit) {
    double mb = bytes / (1024.0 * 1024.0);
    if (limit && bytes % (1024 * 1024) == 0) {
      return (bytes / (1024 * 1024)) + " MB";
    }
    if (mb < 0.1) {
      return String.format(Locale.ROOT, "%d bytes", bytes);
    }
    return String.format(Locale.ROOT, "%.1f MB", mb);
  }

  private static String pages(int n) {
    return n == 1 ? "1 page" : n + " pages";
  }

  private static String seconds(Duration timeout) {
    if (timeout.toMillis() < 1000) {
      return timeout.toMillis() + " ms";
    }
    if (timeout.toMillis() % 1000 == 0) {
      return timeout.toSeconds() + " s";
    }
    return String.format(Locale.ROOT, "%.1f s", timeout.toMillis() / 1000.0);
  }

  private static void closeQuietly(InputStream stream) {
    try {
      stream.close();
    } catch (IOException | RuntimeException ignored) {
      // The file was never parsed; there is nothing to report beyond the original failure.
    }
  }

  /**
   * Parses embedded documents with the same parser, within a depth and count bound, without
   * writing their internal file names ("image1.png", "oleObject1.bin") into the text.
   */
  private static final class BoundedEmbeddedExtractor implements EmbeddedDocumentExtractor {
    private final ParsingEmbeddedDocumentExtractor delegate;
    private int depth;
    private int count;

    BoundedEmbeddedExtractor(ParseContext context) {
      this.delegate = new ParsingEmbeddedDocumentExtractor(context);
      this.delegate.setWriteFileNameToContent(false);
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
      return depth < MAX_EMBEDDED_DEPTH
          && count < MAX_EMBEDDED_COUNT
          && delegate.shouldParseEmbedded(metadata);
    }

    @Override
    public void parseEmbedded(
        InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
        throws SAXException, IOException {
      // Some parsers call parseEmbedded without asking first; the bound must hold regardless.
      if (depth >= MAX_EMBEDDED_DEPTH || count >= MAX_EMBEDDED_COUNT) {
        return;
      }
      count++;
      depth++;
      try {
        delegate.parseEmbedded(stream, handler, metadata, outputHtml);
      } finally {
        depth--;
      }
    }
  }
}
