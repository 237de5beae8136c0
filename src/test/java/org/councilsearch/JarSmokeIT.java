package org.councilsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded jar the way a user does, from another directory, so that a lost service file
 * (Tika's parsers, Lucene's codecs) fails the build instead of a user.
 */
class JarSmokeIT {
  private static final Path JAR = Path.of("target/council-search.jar").toAbsolutePath();
  private static final Path BENCH_JAR = Path.of("target/council-search-bench.jar").toAbsolutePath();

  @TempDir Path tmp;

  private Result run(String... args) throws IOException, InterruptedException {
    return run(JAR, args);
  }

  private Result run(Path jar, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(tmp.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), output);
  }

  private record Result(int code, String output) {}

  @Test
  void help_works_from_any_directory() throws Exception {
    Result help = run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.output()).contains("index", "search", "show", "export");
  }

  @Test
  void the_product_jar_carries_no_measurement_tools() throws Exception {
    List<String> tools = new ArrayList<>();
    try (ZipFile jar = new ZipFile(JAR.toFile())) {
      jar.stream()
          .map(ZipEntry::getName)
          .filter(n -> n.startsWith("org/councilsearch/bench/") || n.startsWith("org/HdrHistogram/")
              || n.startsWith("org/councilsearch/cli/BenchCommand") || n.startsWith("org/councilsearch/cli/GenerateCommand"))
          .forEach(tools::add);
    }
    assertThat(tools).isEmpty();
    assertThat(run("--help").output()).doesNotContainPattern("(?m)^\\s+(bench|generate)\\s");
  }

  @Test
  void the_bench_jar_runs_beside_the_product_jar() throws Exception {
    Result help = run(BENCH_JAR, "--help");
    assertThat(help.code()).as(help.output()).isZero();
    assertThat(help.output()).containsPattern("(?m)^\\s+bench\\s").containsPattern("(?m)^\\s+generate\\s").containsPattern("(?m)^\\s+docs\\s");
    Result generate = run(BENCH_JAR, "generate", "--papers", "3", "--out", "archive", "--corpus", Path.of("corpus").toAbsolutePath().toString());
    assertThat(generate.code()).as(generate.output()).isZero();
    assertThat(generate.output()).contains("Generated 3 papers");
  }

  @Test
  void the_family_evaluation_runs_from_the_jar_against_its_spec() throws Exception {
    Result families = run("eval-families");
    assertThat(families.code()).as(families.output()).isZero();
    assertThat(families.output()).contains("heldout (").contains("OK: ");
  }

  @Test
  void the_jar_reads_a_word_document_and_finds_it() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("papers"));
    try (XWPFDocument doc = new XWPFDocument();
        var out = Files.newOutputStream(corpus.resolve("report.docx"))) {
      doc.createParagraph().createRun().setText("GENDER COORDINATION REPORT 2010");
      doc.createParagraph().createRun().setText("1. In 2010, the Unit organized a workshop on remittances in Dakar.");
      doc.write(out);
    }
    Result index = run("index", "--corpus", "papers");
    assertThat(index.code()).as(index.output()).isZero();
    assertThat(index.output()).contains("1 added");
    Result search = run("search", "remittances");
    assertThat(search.output()).contains("para. 1").contains("Dakar");
  }
}
