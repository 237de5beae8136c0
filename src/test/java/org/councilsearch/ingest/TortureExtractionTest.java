package org.councilsearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.councilsearch.support.TortureFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor with its default limits over every file of the torture folder (test resources): real
 * files in odd encodings, encrypted, embedded, truncated and random. Nothing may escape but an
 * {@link ExtractionException} with a one-line reason, and no file may take longer than the
 * timeout.
 */
class TortureExtractionTest {
  private static final Map<String, Outcome> OUTCOMES = new LinkedHashMap<>();
  private static final List<String> ESCAPED = new ArrayList<>();

  private record Outcome(ExtractionResult result, String reason, long millis) {}

  @BeforeAll
  static void extractEveryFile() {
    TikaExtractor extractor = new TikaExtractor(ExtractionLimits.DEFAULTS);
    for (Path file : TortureFiles.all()) {
      long start = System.nanoTime();
      ExtractionResult result = null;
      String reason = null;
      try {
        result = extractor.extract(file);
      } catch (ExtractionException e) {
        reason = e.getMessage();
      } catch (RuntimeException | Error e) {
        ESCAPED.add(file.getFileName() + ": " + e);
        reason = "escaped: " + e;
      }
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      OUTCOMES.put(file.getFileName().toString(), new Outcome(result, reason, millis));
    }
    printSummary();
  }

  private static void printSummary() {
    Map<String, List<String>> byReason = new TreeMap<>();
    long chars = 0;
    int read = 0;
    for (Map.Entry<String, Outcome> entry : OUTCOMES.entrySet()) {
      Outcome outcome = entry.getValue();
      if (outcome.result() != null) {
        read++;
        chars += outcome.result().text().length();
      } else {
        byReason
            .computeIfAbsent(kind(outcome.reason()), k -> new ArrayList<>())
            .add(entry.getKey());
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "torture folder: %d files, %d read, %d failed, %,d chars in all%n",
            OUTCOMES.size(),
            read,
            OUTCOMES.size() - read,
            chars));
    for (Map.Entry<String, List<String>> group : byReason.entrySet()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %3d  %s: %s%n",
              group.getValue().size(),
              group.getKey(),
              String.join(", ", group.getValue())));
    }
    System.out.print(out);
  }

  /** A reason without its file-specific detail, for grouping. */
  private static String kind(String reason) {
    int cut = reason.length();
    for (String mark : List.of(" (", ";")) {
      int at = reason.indexOf(mark);
      if (at > 0 && at < cut) {
        cut = at;
      }
    }
    String kind = reason.substring(0, cut);
    return kind.startsWith("no text could be extracted") ? reason.replaceAll(";.*", "") : kind;
  }

  @Test
  void nothingButAnExtractionExceptionEscapes() {
    assertThat(ESCAPED).isEmpty();
  }

  @Test
  void everyFileFinishesWithinTheTimeout() {
    long file = ExtractionLimits.DEFAULTS.timeout().toMillis() + 5_000;
    long page = OcrSettings.DEFAULTS.pageTimeout().toMillis();
    OUTCOMES.forEach(
        (name, outcome) -> {
          // Each page sent to OCR brings its own limit.
          int scanned = outcome.result() == null ? 0 : outcome.result().ocr().pages();
          assertThat(outcome.millis()).as(name).isLessThanOrEqualTo(file + scanned * page);
        });
  }

  @Test
  void everyFailureIsOneLine() {
    OUTCOMES.forEach(
        (name, outcome) -> {
          if (outcome.reason() != null) {
            assertThat(outcome.reason())
                .as(name)
                .isNotBlank()
                .doesNotContain("\n", "\r", "Exception", "at org.")
                .hasSizeLessThan(300);
          }
        });
  }

  @Test
  void mostFilesAreRead() {
    long read = OUTCOMES.values().stream().filter(o -> o.result() != null).count();
    assertThat(read).isGreaterThan(OUTCOMES.size() * 3L / 4);
  }

  @Test
  void wellKnownGoodFilesHaveText() {
    assertText("testPDF.pdf", "application/pdf", "Apache Tika is a toolkit");
    assertText("testRTF.rtf", "application/rtf", "indexation Word");
    assertText("test.doc", "application/msword", "test");
    assertText(
        "testStyles.odt", "application/vnd.oasis.opendocument.text", "This is just a test.");
    assertText(
        "testWORD.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "This is a sample Microsoft Word Document.");
    assertText("testMARKDOWN.md", "text/x-web-markdown", "Some **bold**");
    assertText("testHTML_charset_utf16le.html", "text/html", "This is a sample text");
    // The PDF's second half is gone, but PDFBox recovers the pages it still has.
    assertText("truncated.pdf", "application/pdf", "");
  }

  @Test
  void oddEncodingsAreDecoded() {
    assertText("english.cp500.txt", "text/plain", "IntelliStation POWER");
    assertText("russian.cp866.txt", "text/plain", "Лошадка, везущая хворосту воз.");
    assertText("nul-bytes.txt", "text/plain", "REPORT 2010");
  }

  @Test
  void embeddedDocumentTextIsKept() {
    assertText(
        "EmbeddedPDF.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "embedded as an icon");
  }

  @Test
  void scriptsNeverReachTheText() {
    assertThat(textOf("testHTML_script_in_body.html"))
        .contains("This is a test.")
        .doesNotContain("cool script");
    assertThat(textOf("testHTMLBadScript.html"))
        .contains("This is a test.")
        .doesNotContain("cool script");
  }

  @Test
  void knownBadFilesFailForTheRightReason() {
    assertReason("empty.pdf", "file is empty");
    assertReason("random-bytes.pdf", "file is corrupt or not a valid PDF (");
    assertReason("truncated.docx", "file is corrupt or not a valid Word document (");
    assertReason("testWORD_truncated.docx", "file is corrupt or not a valid Word document (");
    String encrypted = "file is encrypted or password-protected; save an unprotected copy";
    assertReason("protected_normal_case.docx", encrypted);
    assertReason("protected_upper_case.docx", encrypted);
    assertReason("testODTEncrypted.odt", encrypted);
    assertReason("testWORD_protected_passtika.doc", encrypted);
    assertReason("testWORD_protected_passtika.docx", encrypted);
    assertReason("testPassword4Spaces.pdf", encrypted);
  }

  @Test
  void aPdfPageWithoutTextIsReadWithOcr() {
    Outcome outcome = outcome("testOCR.pdf");
    assertThat(outcome.reason()).as("Tesseract is needed (bash .ci/run installs it)").isNull();
    assertThat(outcome.result().ocr().pages()).isEqualTo(1);
    assertThat(outcome.result().text()).containsIgnoringCase("happy new year 2003");
  }

  @Test
  void picturesInsideDocumentsAreNotOcrd() {
    assertThat(outcome("testOCR.docx").result())
        .satisfiesAnyOf(
            result -> assertThat(result).isNull(),
            result -> assertThat(result.ocr()).isEqualTo(OcrWork.NONE));
  }

  private static void assertText(String name, String mediaType, String contained) {
    Outcome outcome = outcome(name);
    assertThat(outcome.reason()).as(name).isNull();
    assertThat(outcome.result().mediaType()).as(name).isEqualTo(mediaType);
    assertThat(outcome.result().text()).as(name).isNotBlank().contains(contained);
  }

  private static String textOf(String name) {
    Outcome outcome = outcome(name);
    assertThat(outcome.reason()).as(name).isNull();
    return outcome.result().text();
  }

  private static void assertReason(String name, String start) {
    assertThat(outcome(name).reason()).as(name).startsWith(start);
  }

  private static Outcome outcome(String name) {
    Outcome outcome = OUTCOMES.get(name);
    assertThat(outcome).as(name + " is in the torture folder").isNotNull();
    return outcome;
  }
}
