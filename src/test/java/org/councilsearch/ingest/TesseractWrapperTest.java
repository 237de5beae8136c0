package org.councilsearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TesseractWrapperTest {
  /** Writes a wrapper for a stand-in Tesseract in args[0], prints its folder, and exits. */
  public static void main(String[] args) {
    System.out.println(TesseractWrapper.write(Path.of(args[0]), null, null).orElseThrow());
  }

  @Test
  void wrapperIsGoneWhenTheProgramEnds(@TempDir Path tmp) throws Exception {
    Path program = tmp.resolve("tesseract");
    Files.writeString(program, "#!/bin/sh\n", StandardCharsets.UTF_8);
    program.toFile().setExecutable(true);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                List.of(java.toString(), "-cp", System.getProperty("java.class.path"), TesseractWrapperTest.class.getName(), tmp.toString()))
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    Path wrapper = Path.of(out.lines().reduce((a, b) -> b).orElseThrow());
    assertThat(wrapper.getFileName().toString()).startsWith("council-search-tesseract");
    assertThat(wrapper).as("the wrapper's folder is deleted when the program ends").doesNotExist();
  }

  @Test
  void scriptLimitsThreadsAndRunsTheRealProgram() {
    String script = TesseractWrapper.script(Path.of("/opt/ocr/tesseract"), "/opt/ocr/tessdata");
    assertThat(script).contains("OMP_THREAD_LIMIT=1").contains("TESSDATA_PREFIX='/opt/ocr/tessdata'").endsWith("exec '/opt/ocr/tesseract' \"$@\"\n");
  }
}
