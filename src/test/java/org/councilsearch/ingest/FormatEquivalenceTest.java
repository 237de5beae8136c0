package org.councilsearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.councilsearch.ingest.structure.PaperParser;
import org.councilsearch.model.PaperContent;
import org.councilsearch.model.Passage;
import org.councilsearch.nlp.LineRoleModel;
import org.councilsearch.support.Fixtures;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The same council paper gives the same passages whatever format it was saved in. */
class FormatEquivalenceTest {
  @TempDir static Path tmp;

  private final PaperReader reader =
      new PaperReader(new TikaExtractor(ExtractionLimits.DEFAULTS), new PaperParser(LineRoleModel.shipped()));

  /** What a reader compares: the citation and the words, not the file it came from. */
  private record Cited(String number, String kind, List<String> section, String text) {
    static Cited of(Passage p) {
      return new Cited(p.number(), p.kind().name(), p.section(), p.text());
    }
  }

  private List<Cited> passages(Path file) throws Exception {
    CorpusFile corpusFile = new CorpusFile(file, file.getFileName().toString(), Files.size(file));
    PaperContent content = reader.read(corpusFile, Corpus.contentHash(file));
    assertThat(content.paper().metadata().year()).isEqualTo(2009);
    return content.passages().stream().map(Cited::of).toList();
  }

  static Stream<String> formats() {
    return Stream.of("pdf", "docx", "rtf", "odt", "html");
  }

  @ParameterizedTest
  @MethodSource("formats")
  void gives_the_same_passages_as_plain_text(String format) throws Exception {
    Path plain = Fixtures.text(tmp, "paper.txt", Fixtures.COUNCIL_PAPER, StandardCharsets.UTF_8);
    List<Cited> expected = passages(plain);
    assertThat(expected).extracting(Cited::number).containsExactly("1", "2", "3");
    assertThat(expected.get(1).section()).containsExactly("I. AWARENESS-RAISING ACTIVITIES");
    assertThat(expected.get(1).text()).startsWith("In Geneva, on 6 February 2009").doesNotContain("\n");

    Path file =
        switch (format) {
          case "pdf" -> Fixtures.pdf(tmp, "paper.pdf", Fixtures.COUNCIL_PAPER);
          case "docx" -> Fixtures.docx(tmp, "paper.docx", Fixtures.COUNCIL_PAPER);
          case "rtf" -> Fixtures.rtf(tmp, "paper.rtf", Fixtures.COUNCIL_PAPER);
          case "odt" -> Fixtures.odt(tmp, "paper.odt", Fixtures.COUNCIL_PAPER);
          case "html" -> Fixtures.html(tmp, "paper.html", Fixtures.COUNCIL_PAPER);
          default -> throw new IllegalArgumentException(format);
        };
    assertThat(passages(file)).isEqualTo(expected);
  }
}
