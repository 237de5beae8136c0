package org.councilsearch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxNativesTest {
  /** Loads the embedding model, embeds one text, and exits. */
  public static void main(String[] args) {
    try (MiniLmEmbedder embedder = new MiniLmEmbedder(EmbedderSettings.DEFAULT)) {
      System.out.println(embedder.embed("The council met in Geneva.").length);
    }
  }

  @Test
  void a_run_that_embeds_leaves_nothing_in_the_temporary_directory(@TempDir Path tmp) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Djava.io.tmpdir=" + tmp,
                    "-cp",
                    System.getProperty("java.class.path"),
                    OnnxNativesTest.class.getName()))
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).endsWith("384");
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left.map(f -> f.getFileName().toString()))
          .as("files and folders the run left in its temporary directory")
          .isEmpty();
    }
  }
}
