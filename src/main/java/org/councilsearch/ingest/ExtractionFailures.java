package org.councilsearch.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * The one-line reasons a user reads when a file cannot be extracted: what a parser threw (any
 * {@link Throwable}, Errors included), a file we may not read, one over the size limit, one that
 * gave no words. Each is a function of its inputs alone, with no side effects; thread-safe.
 *
 * <p>A parser's message is kept when it says something about the file ("Header doesn't contain
 * versioninfo"), cleaned of class names and cut to {@value #MAX_CAUSE_CHARS} characters; a
 * wrapper's ("Unexpected RuntimeException from PDFParser") or a parser's own bug
 * (NullPointerException) is reduced to its kind.
 */
final class ExtractionFailures {
  private static final int MAX_CAUSE_CHARS = 120;

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

  private final MimeTypes mimeTypes;

  /** {@code mimeTypes} names a format from the file's name when its content says only "zip". */
  ExtractionFailures(MimeTypes mimeTypes) {
    this.mimeTypes = mimeTypes;
  }

  /** Turns whatever a parser threw into one line naming the problem. */
  ExtractionException of(Throwable t, Metadata metadata) {
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

  /** A file the operating system would not let us read, or that is gone. */
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

  /** A file refused from its size alone, before a byte is read. */
  static ExtractionException tooLarge(long bytes, long maxBytes) {
    return new ExtractionException(
        "file is "
            + megabytes(bytes, false)
            + ", over the "
            + megabytes(maxBytes, true)
            + " limit; raise --max-file-mb to index it");
  }

  /** Why a file gave no words: for a scan, that OCR is needed or found nothing. */
  static String noText(String type, OcrWork work, OcrEngine ocr) {
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

  /** The content type Tika detected, without parameters; {@code application/octet-stream} if none. */
  static String detectedType(Metadata metadata) {
    String contentType = metadata.get(Metadata.CONTENT_TYPE);
    MediaType type = contentType == null ? null : MediaType.parse(contentType);
    return type == null ? MediaType.OCTET_STREAM.toString() : type.getBaseType().toString();
  }

  /** "3 s", "1.5 s", "250 ms". */
  static String seconds(Duration timeout) {
    if (timeout.toMillis() < 1000) {
      return timeout.toMillis() + " ms";
    }
    if (timeout.toMillis() % 1000 == 0) {
      return timeout.toSeconds() + " s";
    }
    return String.format(Locale.ROOT, "%.1f s", timeout.toMillis() / 1000.0);
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
}
