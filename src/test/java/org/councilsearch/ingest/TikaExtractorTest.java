package org.councilsearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.councilsearch.support.Fixtures;
import org.councilsearch.bench.ScannedPaper;
import org.councilsearch.support.TortureFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.ContentHandler;

class TikaExtractorTest {
  private static final List<String> PAPER = Fixtures.COUNCIL_PAPER;
  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final String OCR_NEEDED = "Tesseract is needed (bash .ci/run installs it): ";
  private static final String ENCRYPTED =
      "file is encrypted or password-protected; save an unprotected copy";

  /** Built once: the Tika configuration takes most of a second to load. */
  private static TikaExtractor extractor;

  @TempDir Path dir;

  @BeforeAll
  static void buildExtractor() {
    extractor = new TikaExtractor(ExtractionLimits.DEFAULTS);
  }

  // ---------------------------------------------------------------- formats

  @Test
  void pdfKeepsEveryParagraphAsItsOwnBlock() throws Exception {
    ExtractionResult result = extractor.extract(Fixtures.pdf(dir, "paper.pdf", PAPER));

    assertThat(result.mediaType()).isEqualTo("application/pdf");
    assertThat(result.truncated()).isFalse();
    assertThat(result.title()).isNull();
    assertContainsParagraphs(result.text());
    // Blank lines separate the paragraphs, single line breaks are the soft wraps inside one: the
    // segmenter depends on both.
    List<String> blocks =
        Arrays.stream(result.text().split("\n\\s*\n"))
            .map(Fixtures::collapseWhitespace)
            .filter(block -> !block.isEmpty())
            .toList();
    assertThat(blocks).containsExactlyElementsOf(PAPER);
    assertThat(result.text()).contains("\n").doesNotContain("-\n", "\r");
  }

  @Test
  void pdfTitleComesFromItsDocumentInformation() throws Exception {
    Path pdf = Fixtures.pdf(dir, "titled.pdf", PAPER, "Gender coordination, 2009", null);

    assertThat(extractor.extract(pdf).title()).isEqualTo("Gender coordination, 2009");
  }

  @Test
  void docxHasOneLinePerParagraphAndItsTitle() throws Exception {
    ExtractionResult result =
        extractor.extract(Fixtures.docx(dir, "paper.docx", PAPER, Fixtures.TITLE));

    assertThat(result.mediaType()).isEqualTo(DOCX);
    assertThat(result.title()).isEqualTo(Fixtures.TITLE);
    assertThat(result.text().lines().map(String::strip).filter(l -> !l.isEmpty()))
        .containsExactlyElementsOf(PAPER);
  }

  @Test
  void rtfWrittenByHand() throws Exception {
    ExtractionResult result = extractor.extract(Fixtures.rtf(dir, "paper.rtf", PAPER));

    assertThat(result.mediaType()).isEqualTo("application/rtf");
    assertThat(result.title()).isEqualTo(Fixtures.TITLE);
    assertThat(result.text().lines().map(String::strip)).containsSubsequence(PAPER);
  }

  @Test
  void odtZippedByHand() throws Exception {
    ExtractionResult result = extractor.extract(Fixtures.odt(dir, "paper.odt", PAPER));

    assertThat(result.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
    assertThat(result.title()).isEqualTo(Fixtures.TITLE);
    assertThat(result.text().lines().map(String::strip)).containsSubsequence(PAPER);
  }

  @Test
  void htmlKeepsTheBodyTextButNoScriptOrStyle() throws Exception {
    ExtractionResult result = extractor.extract(Fixtures.html(dir, "paper.html", PAPER));

    assertThat(result.mediaType()).isEqualTo("text/html");
    assertThat(result.title()).isEqualTo(Fixtures.TITLE);
    assertContainsParagraphs(result.text());
    assertThat(result.text().lines().map(String::strip)).containsSubsequence(PAPER);
    assertThat(result.text()).doesNotContain(Fixtures.SCRIPT_MARKER, "document.write", "color");
  }

  @Test
  void plainTextInUtf8() throws Exception {
    ExtractionResult result =
        extractor.extract(Fixtures.text(dir, "paper.txt", PAPER, StandardCharsets.UTF_8));

    assertThat(result.mediaType()).isEqualTo("text/plain");
    assertThat(result.title()).isNull();
    assertThat(result.text()).contains("Côte d'Ivoire");
    assertThat(result.text().lines().map(String::strip)).containsSubsequence(PAPER);
  }

  @Test
  void plainTextInALegacyEncoding() throws Exception {
    Charset windows1252 = Charset.forName("windows-1252");
    ExtractionResult result =
        extractor.extract(Fixtures.text(dir, "paper.txt", PAPER, windows1252));

    assertThat(result.text()).contains("Côte d'Ivoire");
  }

  @Test
  void markdownIsReadAsText() throws Exception {
    List<String> markdown = new ArrayList<>(PAPER);
    markdown.set(0, "# " + Fixtures.TITLE);
    ExtractionResult result =
        extractor.extract(Fixtures.text(dir, "paper.md", markdown, StandardCharsets.UTF_8));

    assertThat(result.mediaType()).isEqualTo("text/x-web-markdown");
    assertThat(result.text().lines().map(String::strip)).containsSubsequence(markdown);
  }

  @Test
  void everyLineBreakBecomesANewline() throws Exception {
    Path file = dir.resolve("windows.txt");
    Files.writeString(file, "First line\r\nSecond line\rThird line\r\n", StandardCharsets.UTF_8);

    String text = extractor.extract(file).text();

    assertThat(text).doesNotContain("\r");
    assertThat(text.lines().filter(l -> !l.isEmpty()))
        .containsExactly("First line", "Second line", "Third line");
  }

  @Test
  void aSpanishPaperSavedAsUtf8IsReadAsUtf8() throws Exception {
    // Spanish packs two-byte letters densely enough for a statistical guess to take them for
    // Chinese ("SESIÓN" came out "SESI\u8131N"); valid UTF-8 must be read as UTF-8.
    Path file = dir.resolve("consejo.txt");
    Files.writeString(
        file,
        String.join(
            "\n",
            "CONSEJO",
            "CENTÉSIMA DÉCIMA SESIÓN",
            "INFORME SOBRE LA GESTIÓN FINANCIERA DEL AÑO",
            "1. La sesión examinó la gestión económica y la situación política de la región.",
            "2. También se presentó información sobre la migración según los países más afectados.",
            "3. La Comisión aprobó la resolución sobre la ejecución del párrafo y la evaluación pública.",
            "4. La Dirección explicó la programación, la reunión técnica y la acción de la organización.",
            ""),
        StandardCharsets.UTF_8);

    String text = extractor.extract(file).text();

    assertThat(text).contains("CENTÉSIMA DÉCIMA SESIÓN", "GESTIÓN FINANCIERA DEL AÑO", "se presentó información sobre la migración");
  }

  @Test
  void strayNulBytesDoNotTurnAsciiIntoUtf16() throws Exception {
    // Tika's detectors read NULs as UTF-16, which makes CJK-looking nonsense of plain ASCII.
    Path file = dir.resolve("padded.txt");
    Files.write(
        file, "REPORT 2010\0\0\u0001 binary\0 junk\n".getBytes(StandardCharsets.ISO_8859_1));

    String text = extractor.extract(file).text();

    assertThat(text).startsWith("REPORT 2010").contains(" binary").contains(" junk");
    assertThat(text).doesNotContain("\0");
  }

  @Test
  void utf16WithByteOrderMarkAsNotepadSavesIt() throws Exception {
    ExtractionResult result =
        extractor.extract(Fixtures.text(dir, "unicode.txt", PAPER, StandardCharsets.UTF_16));

    assertThat(result.text()).contains("Female Genital Mutilation", "Côte d'Ivoire");
  }

  @Test
  void onlyAFewNulsAmongAsciiOverruleAGuessOfUtf16() {
    byte[] ascii =
        "REPORT 2010\0\0\u0001 binary\0 junk\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] wide = "REPORT 2010 and more words".getBytes(StandardCharsets.UTF_16LE);
    byte[] marked = "REPORT 2010 and more words".getBytes(StandardCharsets.UTF_16);
    byte[] cyrillic = "Лошадка, везущая хворосту воз.".getBytes(StandardCharsets.UTF_16LE);

    assertThat(StrayNulEncodingDetector.looksLikeAsciiWithStrayNuls(ascii)).isTrue();
    assertThat(StrayNulEncodingDetector.looksLikeAsciiWithStrayNuls(wide)).isFalse();
    assertThat(StrayNulEncodingDetector.looksLikeAsciiWithStrayNuls(marked)).isFalse();
    assertThat(StrayNulEncodingDetector.looksLikeAsciiWithStrayNuls(cyrillic)).isFalse();
  }

  @Test
  void oldWordDocumentFromTheTortureFolder() throws Exception {
    Path doc = TortureFiles.file("testWORD.doc");

    ExtractionResult result = extractor.extract(doc);

    assertThat(result.mediaType()).isEqualTo("application/msword");
    assertThat(result.title()).isEqualTo("Sample Word Document");
    assertThat(result.text()).contains("This is a sample Microsoft Word Document.");
  }

  @Test
  void embeddedDocumentsAreKeptButNotTheirInternalFileNames() throws Exception {
    Path outer = dir.resolve("outer.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(outer))) {
      put(zip, "annex-to-the-report.txt", "Annex text about white ribbons.");
    }

    String text = extractor.extract(outer).text();

    assertThat(text).contains("Annex text about white ribbons.");
    assertThat(text).doesNotContain("annex-to-the-report.txt");
  }

  @Test
  void embeddedDocumentsAreParsedAtMostThreeLevelsDeep() throws Exception {
    byte[] level4 = zipOf("level4.txt", "text at level four", null, null);
    byte[] level3 = zipOf("level3.txt", "text at level three", "inner4.zip", level4);
    byte[] level2 = zipOf("level2.txt", "text at level two", "inner3.zip", level3);
    Path outer = dir.resolve("nested.zip");
    Files.write(outer, zipOf("level1.txt", "text at level one", "inner2.zip", level2));

    String text = extractor.extract(outer).text();

    assertThat(text).contains("text at level one", "text at level two", "text at level three");
    assertThat(text).doesNotContain("level four");
  }

  @Test
  void embeddedDocumentsAreParsedAtMostAHundredPerFile() throws Exception {
    Path outer = dir.resolve("many.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(outer))) {
      for (int i = 1; i <= 150; i++) {
        put(zip, "entry" + i + ".txt", "embedded entry number " + i);
      }
    }

    String text = extractor.extract(outer).text();

    assertThat(text.lines().filter(l -> l.contains("embedded entry number"))).hasSize(100);
  }

  // ---------------------------------------------------------------- failures

  @Test
  void emptyFile() throws Exception {
    Path file = Files.createFile(dir.resolve("empty.pdf"));

    assertThat(failureOf(extractor, file)).isEqualTo("file is empty");
  }

  @Test
  void randomBytesNamedPdf() throws Exception {
    Path file = dir.resolve("random.pdf");
    byte[] bytes = new byte[64 * 1024];
    new java.util.Random(42).nextBytes(bytes);
    Files.write(file, bytes);

    assertThat(failureOf(extractor, file)).startsWith("file is corrupt or not a valid PDF (");
  }

  @Test
  void truncatedPdf() throws Exception {
    byte[] whole = Files.readAllBytes(Fixtures.pdf(dir, "whole.pdf", PAPER));
    Path half = dir.resolve("half.pdf");
    Files.write(half, Arrays.copyOf(whole, whole.length / 2));

    assertThat(failureOf(extractor, half)).startsWith("file is corrupt or not a valid PDF (");
  }

  @Test
  void truncatedDocx() throws Exception {
    byte[] whole = Files.readAllBytes(Fixtures.docx(dir, "whole.docx", PAPER));
    Path half = dir.resolve("half.docx");
    Files.write(half, Arrays.copyOf(whole, whole.length / 2));

    assertThat(failureOf(extractor, half))
        .startsWith("file is corrupt or not a valid Word document (");
  }

  @Test
  void encryptedPdf() throws Exception {
    Path pdf = Fixtures.pdf(dir, "locked.pdf", PAPER, null, "secret");

    assertThat(failureOf(extractor, pdf)).isEqualTo(ENCRYPTED);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "protected_normal_case.docx",
        "testODTEncrypted.odt",
        "testWORD_protected_passtika.doc"
      })
  void encryptedOfficeDocumentsFromTheTortureFolder(String name) throws Exception {
    Path file = TortureFiles.file(name);

    assertThat(failureOf(extractor, file)).isEqualTo(ENCRYPTED);
  }

  @Test
  void imageWithoutWordsHasNoText() throws Exception {
    Path png = dir.resolve("scan.png");
    ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", png.toFile());

    assertThat(failureOf(extractor, png))
        .isEqualTo(
            "no text could be extracted (detected type: image/png); OCR found no words on its 1"
                + " page");
  }

  @Test
  void scannedImageIsReadWithOcr() throws Exception {
    assertThat(extractor.ocrAvailable()).as(OCR_NEEDED + extractor.ocrUnavailable()).isTrue();
    ScannedPaper paper = ScannedPaper.of(PAPER);
    List<ScannedPaper.Scan> scans = List.of(new ScannedPaper.Scan(150, 0, 0));
    Path png = ScannedPaper.png(paper.scan(scans, 1).get(0), dir.resolve("scan.png"));

    ExtractionResult result = extractor.extract(png);

    assertThat(result.mediaType()).isEqualTo("image/png");
    assertThat(result.ocr().pages()).isEqualTo(1);
    assertThat(result.ocr().elapsed()).isPositive();
    assertThat(Fixtures.collapseWhitespace(result.text()))
        .contains("GENDER COORDINATION REPORT 2009", "1. In 2009, the Gender Issues", "25 November");
  }

  @Test
  void aScanOverThePageTimeLimitIsLeftOutWithAReason() throws Exception {
    // A Tesseract that answers Tika's start-up questions and then never finishes a page.
    Path bin = Files.createDirectories(dir.resolve("slow-tesseract"));
    Path program = bin.resolve("tesseract");
    Files.writeString(
        program,
        "#!/bin/sh\n"
            + "case \"$1\" in\n"
            + "  --version) echo 'tesseract 5.3.0' ;;\n"
            + "  --list-langs) printf 'List of available languages (1):\\neng\\n' ;;\n"
            + "  *) exec sleep 30 ;;\n"
            + "esac\n");
    Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
    TikaExtractor slow =
        new TikaExtractor(
            new ExtractionLimits(10_000_000, 1_000_000, Duration.ofSeconds(60)),
            new OcrSettings(bin, List.of("eng"), Duration.ofSeconds(1)));
    assertThat(slow.ocrAvailable()).as(String.valueOf(slow.ocrUnavailable())).isTrue();
    ScannedPaper paper = ScannedPaper.of(PAPER);
    List<ScannedPaper.Scan> scans = List.of(new ScannedPaper.Scan(100, 0, 0));
    Path png = ScannedPaper.png(paper.scan(scans, 1).get(0), dir.resolve("scan.png"));
    Path pdf = ScannedPaper.imagePdf(paper.scan(scans, 1), scans, dir.resolve("scan.pdf"));

    Stopwatch pngTime = new Stopwatch();
    assertThat(failureOf(slow, png))
        .isEqualTo(
            "no text could be extracted (detected type: image/png); OCR took longer than 1 s"
                + " a page (raise --ocr-page-timeout to allow more)");
    Duration pngTook = pngTime.elapsed();
    assertThat(failureOf(slow, pdf))
        .isEqualTo(
            "no text could be extracted (detected type: application/pdf); OCR took longer than 1 s"
                + " a page (raise --ocr-page-timeout to allow more)");
    assertThat(pngTook)
        .as("the page limit ends it, not the 30 s the program would take")
        .isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void tesseractRunsWithOneThreadWhateverTheUsersEnvironment() throws Exception {
    // The build removes OMP_THREAD_LIMIT from the test JVM's environment (pom: surefire and
    // failsafe), as a user who never heard of it would run: the setting must come from us.
    assertThat(System.getenv("OMP_THREAD_LIMIT")).as("the test JVM's OMP_THREAD_LIMIT").isNull();
    // A Tesseract that writes down the environment it was started with, and reads one line.
    Path bin = Files.createDirectories(dir.resolve("fake-tesseract"));
    Path program = bin.resolve("tesseract");
    Files.writeString(
        program,
        "#!/bin/sh\n"
            + "case \"$1\" in\n"
            + "  --version) echo 'tesseract 5.3.0' ;;\n"
            + "  --list-langs) printf 'List of available languages (1):\\neng\\n' ;;\n"
            + "  *) printf 'threads=%s\\ntessdata=%s\\n' \"$OMP_THREAD_LIMIT\" \"$TESSDATA_PREFIX\""
            + " > \"$(dirname \"$0\")/environment\"\n"
            + "     echo '1. The Council met in Geneva to consider the report.' > \"$2.txt\" ;;\n"
            + "esac\n");
    Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
    TikaExtractor fake =
        new TikaExtractor(
            ExtractionLimits.DEFAULTS,
            new OcrSettings(bin, List.of("eng"), Duration.ofSeconds(60)));
    ScannedPaper paper = ScannedPaper.of(PAPER);
    List<ScannedPaper.Scan> scans = List.of(new ScannedPaper.Scan(100, 0, 0));
    Path png = ScannedPaper.png(paper.scan(scans, 1).get(0), dir.resolve("scan.png"));

    assertThat(fake.extract(png).text()).contains("The Council met in Geneva");
    assertThat(Files.readAllLines(bin.resolve("environment")))
        .containsExactly("threads=1", "tessdata=" + bin.resolve("tessdata"));
  }

  @Test
  void withoutTesseractAScanSaysHowToInstallIt() throws Exception {
    TikaExtractor noOcr =
        new TikaExtractor(
            ExtractionLimits.DEFAULTS,
            new OcrSettings(dir.resolve("no-tesseract-here"), List.of("eng"), Duration.ofSeconds(60)));
    ScannedPaper paper = ScannedPaper.of(PAPER);
    List<ScannedPaper.Scan> scans = List.of(new ScannedPaper.Scan(100, 0, 0));
    Path png = ScannedPaper.png(paper.scan(scans, 1).get(0), dir.resolve("scan.png"));
    Path pdf =
        ScannedPaper.imagePdf(paper.scan(scans, 1), scans, dir.resolve("scan.pdf"));

    assertThat(noOcr.ocrAvailable()).isFalse();
    for (Path scan : List.of(png, pdf)) {
      assertThat(failureOf(noOcr, scan))
          .as(scan.toString())
          .contains("it is a scan and needs OCR, but Tesseract was not found in ")
          .contains("apt-get install tesseract-ocr tesseract-ocr-eng")
          .doesNotContain("\n");
    }
    // Text layers need no OCR.
    assertThat(noOcr.extract(Fixtures.pdf(dir, "paper.pdf", PAPER)).text()).contains("white ribbons");
  }

  @Test
  void pageWithoutWordsHasNoText() throws Exception {
    Path html = dir.resolve("blank.html");
    Files.writeString(
        html,
        "<html><head><title>Only a title</title><script>var x = 1;</script></head>"
            + "<body>\n  <p> - </p>\n<p>&nbsp;</p></body></html>",
        StandardCharsets.UTF_8);

    assertThat(failureOf(extractor, html))
        .isEqualTo("no text could be extracted (detected type: text/html)");
  }

  @Test
  void fileOverTheSizeLimitIsRefused() throws Exception {
    TikaExtractor small =
        new TikaExtractor(new ExtractionLimits(500, 1_000_000, Duration.ofSeconds(30)));
    Path file = Fixtures.text(dir, "long.txt", PAPER, StandardCharsets.UTF_8);

    assertThat(failureOf(small, file))
        .isEqualTo(
            "file is "
                + Files.size(file)
                + " bytes, over the 500 bytes limit; raise --max-file-mb to index it");
  }

  @Test
  void hugeFileIsRefusedFromItsSizeAloneWithoutBeingRead() throws Exception {
    Path file = dir.resolve("huge.pdf");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(200L * 1024 * 1024);
    }
    AtomicInteger parses = new AtomicInteger();
    TikaExtractor counting =
        new TikaExtractor(
            ExtractionLimits.DEFAULTS, stub((stream, handler) -> parses.incrementAndGet()));

    long start = System.nanoTime();
    String reason = failureOf(counting, file);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertThat(reason)
        .isEqualTo("file is 200.0 MB, over the 100 MB limit; raise --max-file-mb to index it");
    assertThat(parses).hasValue(0);
    assertThat(millis).isLessThan(1000);
    // And the real parser too, which would spend seconds reading 200 MB.
    assertThat(failureOf(extractor, file)).isEqualTo(reason);
  }

  @Test
  void writeLimitCutsTheTextAndMarksItTruncated() throws Exception {
    TikaExtractor small =
        new TikaExtractor(new ExtractionLimits(1_000_000, 100, Duration.ofSeconds(30)));
    Path docx = Fixtures.docx(dir, "paper.docx", PAPER);

    ExtractionResult result = small.extract(docx);

    assertThat(result.truncated()).isTrue();
    assertThat(result.text()).startsWith(Fixtures.TITLE).hasSizeLessThanOrEqualTo(100);
    assertThat(result.mediaType()).isEqualTo(DOCX);
    assertThat(extractor.extract(docx).truncated()).isFalse();
  }

  @Test
  void directoryIsNotAFile() throws Exception {
    assertThat(failureOf(extractor, dir)).isEqualTo("cannot read file: it is a directory");
  }

  @Test
  void missingFile() throws Exception {
    assertThat(failureOf(extractor, dir.resolve("gone.pdf")))
        .isEqualTo("cannot read file: no such file");
  }

  @Test
  void permissionDeniedReadsAsOneLine() {
    // Root (as CI runs) reads a file whatever its permissions say, so the denial is made here, not
    // by chmod: the test would otherwise be skipped wherever it matters.
    ExtractionException e = ExtractionFailures.unreadable(new AccessDeniedException("/x/secret.pdf"));

    assertOneLine(e.getMessage());
    assertThat(e.getMessage())
        .isEqualTo("cannot read file: permission denied; check the file's permissions");
  }

  @Test
  void timeoutAbandonsAParseThatWaits() throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    TikaExtractor slow =
        new TikaExtractor(
            limitsWithTimeout(Duration.ofMillis(200)),
            stub(
                (stream, handler) -> {
                  try {
                    Thread.sleep(60_000);
                  } catch (InterruptedException e) {
                    interrupted.countDown();
                  }
                }));
    Path file = Fixtures.text(dir, "paper.txt", PAPER, StandardCharsets.UTF_8);

    long start = System.nanoTime();
    String reason = failureOf(slow, file);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertThat(reason)
        .isEqualTo(
            "extraction took longer than 200 ms; the file may be damaged"
                + " (raise --timeout to allow more)");
    assertThat(millis).isBetween(150L, 5_000L);
    assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("worker interrupted").isTrue();
  }

  @Test
  void timeoutAbandonsAParseThatIgnoresInterrupts() throws Exception {
    AtomicBoolean release = new AtomicBoolean();
    TikaExtractor stuck =
        new TikaExtractor(
            limitsWithTimeout(Duration.ofMillis(200)),
            stub(
                (stream, handler) -> {
                  while (!release.get()) {
                    Thread.onSpinWait();
                  }
                }));
    Path file = Fixtures.text(dir, "paper.txt", PAPER, StandardCharsets.UTF_8);
    try {
      assertThat(failureOf(stuck, file)).startsWith("extraction took longer than 200 ms");
      // The stuck thread does not block the next file: it gets a thread of its own.
      assertThat(failureOf(stuck, file)).startsWith("extraction took longer than 200 ms");
    } finally {
      release.set(true);
    }
  }

  @Test
  void parsesOnNamedDaemonThreads() throws Exception {
    AtomicReference<Thread> worker = new AtomicReference<>();
    TikaExtractor recording =
        new TikaExtractor(
            ExtractionLimits.DEFAULTS,
            stub(
                (stream, handler) -> {
                  worker.set(Thread.currentThread());
                  handler.element("p", "Some words");
                }));

    ExtractionResult result =
        recording.extract(Fixtures.text(dir, "paper.txt", PAPER, StandardCharsets.UTF_8));

    assertThat(result.text().strip()).isEqualTo("Some words");
    assertThat(worker.get().getName()).matches("extract-\\d+");
    assertThat(worker.get().isDaemon()).isTrue();
    assertThat(worker.get()).isNotSameAs(Thread.currentThread());
  }

  @ParameterizedTest
  @ValueSource(strings = {"oom", "stackoverflow", "npe", "linkage", "assert"})
  void whateverAParserThrowsBecomesAOneLineFailure(String kind) throws Exception {
    Supplier<Throwable> thrown =
        switch (kind) {
          case "oom" -> () -> new OutOfMemoryError("Java heap space");
          case "stackoverflow" -> StackOverflowError::new;
          case "npe" ->
              () -> new NullPointerException("Cannot invoke \"org.apache.Foo.bar()\" because x");
          case "linkage" -> () -> new NoClassDefFoundError("org/apache/Missing");
          default -> () -> new AssertionError("bad table offset");
        };
    TikaExtractor failing =
        new TikaExtractor(
            ExtractionLimits.DEFAULTS,
            stub(
                (stream, handler) -> {
                  Throwable t = thrown.get();
                  if (t instanceof Error) {
                    throw (Error) t;
                  }
                  throw (RuntimeException) t;
                }));
    Path file = Fixtures.text(dir, "paper.txt", PAPER, StandardCharsets.UTF_8);

    String reason = failureOf(failing, file);

    switch (kind) {
      case "oom" -> assertThat(reason).startsWith("file needs more memory than is available");
      case "stackoverflow" -> assertThat(reason).startsWith("file is nested too deeply");
      case "npe" -> assertThat(reason).isEqualTo(
          "file is corrupt or not a valid text file (null pointer)");
      case "linkage" -> assertThat(reason).startsWith("extraction failed unexpectedly (");
      default -> assertThat(reason).isEqualTo(
          "file is corrupt or not a valid text file (bad table offset)");
    }
  }

  @Test
  void oneExtractorServesManyThreadsAtOnce() throws Exception {
    List<Path> files =
        List.of(
            Fixtures.pdf(dir, "a.pdf", PAPER),
            Fixtures.docx(dir, "b.docx", PAPER),
            Fixtures.rtf(dir, "c.rtf", PAPER),
            Fixtures.odt(dir, "d.odt", PAPER),
            Fixtures.html(dir, "e.html", PAPER),
            Fixtures.text(dir, "f.txt", PAPER, StandardCharsets.UTF_8));
    AtomicInteger callers = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            4,
            r -> {
              Thread t = new Thread(r, "caller-" + callers.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<ExtractionResult>> results = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (Path file : files) {
          results.add(pool.submit(() -> extractor.extract(file)));
        }
      }
      for (Future<ExtractionResult> result : results) {
        assertContainsParagraphs(result.get(60, TimeUnit.SECONDS).text());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(
            () -> new TikaExtractor(new ExtractionLimits(0, 10, Duration.ofSeconds(1))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TikaExtractor(new ExtractionLimits(10, 10, Duration.ZERO)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void causesAreShortAndFreeOfClassNames() {
    IOException wrapped =
        new IOException(
            "org.apache.tika.exception.TikaException: TIKA-198: Illegal IOException from x",
            new java.io.EOFException());

    assertThat(ExtractionFailures.shortCause(wrapped)).isEqualTo("unexpected end of file");
    assertThat(ExtractionFailures.shortCause(new IOException("x".repeat(500)))).hasSize(120);
  }

  // ---------------------------------------------------------------- helpers

  /** The one-line reason the extractor gives for {@code file}, checked for shape. */
  static String failureOf(Extractor extractor, Path file) {
    try {
      ExtractionResult result = extractor.extract(file);
      return fail("expected a failure for %s, got %s", file.getFileName(), result.mediaType());
    } catch (ExtractionException e) {
      assertOneLine(e.getMessage());
      return e.getMessage();
    }
  }

  static void assertOneLine(String reason) {
    assertThat(reason)
        .isNotBlank()
        .doesNotContain("\n", "\r", "Exception", "at org.", "\tat ")
        .hasSizeLessThan(300);
  }

  private static void assertContainsParagraphs(String text) {
    String collapsed = Fixtures.collapseWhitespace(text);
    for (String paragraph : PAPER) {
      assertThat(collapsed).contains(Fixtures.collapseWhitespace(paragraph));
    }
  }

  private static ExtractionLimits limitsWithTimeout(Duration timeout) {
    return new ExtractionLimits(
        ExtractionLimits.DEFAULTS.maxFileBytes(), ExtractionLimits.DEFAULTS.maxChars(), timeout);
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static byte[] zipOf(String textName, String text, String innerName, byte[] inner)
      throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      put(zip, textName, text);
      if (inner != null) {
        zip.putNextEntry(new ZipEntry(innerName));
        zip.write(inner);
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** What a stub parser does with the stream and the XHTML it writes. */
  interface ParseBody {
    void parse(InputStream stream, XHTMLContentHandler xhtml) throws Exception;
  }

  /** A parser that does whatever the test says, in place of Tika's, for the worker's sake. */
  static Parser stub(ParseBody body) {
    return new Parser() {
      private static final long serialVersionUID = 1L;

      @Override
      public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(MediaType.TEXT_PLAIN);
      }

      @Override
      public void parse(
          InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
        metadata.set(Metadata.CONTENT_TYPE, "text/plain; charset=UTF-8");
        try {
          XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
          xhtml.startDocument();
          body.parse(stream, xhtml);
          xhtml.endDocument();
        } catch (RuntimeException | Error e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    };
  }

  /** Time since it was made. */
  private static final class Stopwatch {
    private final long start = System.nanoTime();

    Duration elapsed() {
      return Duration.ofNanos(System.nanoTime() - start);
    }
  }
}
