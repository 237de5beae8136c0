package org.councilsearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ValidUtf8EncodingDetectorTest {
  @Test
  void a_short_spanish_paper_in_utf8_reads_with_its_accents() throws Exception {
    // Tika's statistical guess for this fixture was GB18030: "sesión" came out as "sesi贸n".
    Path file = Path.of("src/test/resources/languages/tuning/iom-conference-room-paper-es.txt");
    ExtractionResult result = new TikaExtractor(ExtractionLimits.DEFAULTS).extract(file);
    assertThat(result.text()).contains("Documento de sesión/12", "COMITÉ PERMANENTE");
  }

  @Test
  void only_valid_utf8_with_accents_is_taken_for_utf8() {
    byte[] latin1 = "Réunion à Genève".getBytes(StandardCharsets.ISO_8859_1);
    byte[] utf8 = "Réunion à Genève".getBytes(StandardCharsets.UTF_8);
    byte[] ascii = "Geneva".getBytes(StandardCharsets.US_ASCII);
    assertThat(ValidUtf8EncodingDetector.isValidUtf8WithNonAscii(utf8, false)).isTrue();
    assertThat(ValidUtf8EncodingDetector.isValidUtf8WithNonAscii(latin1, false)).isFalse();
    assertThat(ValidUtf8EncodingDetector.isValidUtf8WithNonAscii(ascii, false)).isFalse();
    byte[] cut = java.util.Arrays.copyOf(utf8, 2);
    assertThat(ValidUtf8EncodingDetector.isValidUtf8WithNonAscii(cut, true)).isFalse();
    byte[] cutInside = java.util.Arrays.copyOf("aé".getBytes(StandardCharsets.UTF_8), 2);
    assertThat(ValidUtf8EncodingDetector.isValidUtf8WithNonAscii(cutInside, true)).isFalse();
    assertThat(ValidUtf8EncodingDetector.isValidUtf8WithNonAscii("aéb".getBytes(StandardCharsets.UTF_8), true)).isTrue();
  }
}
