package org.councilsearch.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.councilsearch.model.PaperMetadata;
import org.councilsearch.nlp.LineRoleModel;
import org.junit.jupiter.api.Test;

/** Any input gives a sane result quickly: no exception, no giant passage, no quadratic blow-up. */
class PaperParserRobustnessTest {
  /** Generous: these inputs parse in about a second; the limit only catches runaway complexity. */
  private static final Duration LIMIT = Duration.ofSeconds(30);

  private final PaperParser parser = new PaperParser(LineRoleModel.shipped());

  private ParsedPaper parseQuickly(String text) {
    ParsedPaper paper = assertTimeoutPreemptively(LIMIT, () -> parser.parse(text));
    assertThat(paper.metadata().title()).isNotBlank();
    for (Segment s : paper.segments()) {
      assertThat(s.text()).isNotBlank().doesNotContain("\n");
      assertThat(s.text().length()).isLessThanOrEqualTo(PassageSegmenter.MAX_SEGMENT_CHARS);
    }
    return paper;
  }

  private static String repeat(int chars, IntFunction<String> piece) {
    StringBuilder out = new StringBuilder(chars + 100);
    for (int i = 0; out.length() < chars; i++) {
      out.append(piece.apply(i));
    }
    return out.toString();
  }

  @Test
  void empty_blank_and_null_text_give_no_passages_and_untitled() {
    for (String text : new String[] {"", "   \n\n \t \r\n  ", null, "\f\f\n\u00A0\u200B"}) {
      ParsedPaper paper = parseQuickly(text);
      assertThat(paper.segments()).isEmpty();
      assertThat(paper.metadata()).isEqualTo(new PaperMetadata("Untitled", null, null, null, null, null, null));
    }
  }

  @Test
  void two_megabytes_of_random_printable_junk() {
    Random random = new Random(7);
    String junk = repeat(2_000_000, i -> String.valueOf((char) (32 + random.nextInt(95))));
    ParsedPaper paper = parseQuickly(junk);
    assertThat(paper.segments()).hasSizeGreaterThan(400);
    assertThat(paper.metadata().title()).hasSizeLessThanOrEqualTo(PaperMetadataExtractor.MAX_FALLBACK_TITLE);
  }

  @Test
  void random_junk_with_line_breaks_and_markup_characters() {
    Random random = new Random(11);
    String alphabet = "\n\n\n--**__##<>[]()!`~\\&;:.•½o 1234567890aAbBcC";
    String junk = repeat(1_000_000, i -> String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
    assertThat(parseQuickly(junk).segments()).isNotEmpty();
  }

  @Test
  void binary_bytes_decoded_as_text() {
    byte[] bytes = new byte[500_000];
    new Random(3).nextBytes(bytes);
    parseQuickly(new String(bytes, StandardCharsets.UTF_8));
    parseQuickly(new String(bytes, StandardCharsets.ISO_8859_1));
    parseQuickly(new String(bytes, StandardCharsets.UTF_16LE));
  }

  @Test
  void one_enormous_line_is_cut_into_passages() {
    String line = repeat(5_000_000, i -> "The council met in Geneva and decided many things. ");
    ParsedPaper paper = parseQuickly(line);
    assertThat(paper.segments()).hasSizeGreaterThan(1_000);
    assertThat(paper.segments().get(0).text()).startsWith("The council met").endsWith("things.");
    assertThat(parseQuickly(repeat(5_000_000, i -> "a")).segments()).hasSizeGreaterThan(1_000);
    assertThat(parseQuickly(" ".repeat(3_000_000) + "x").segments()).extracting(Segment::text).containsExactly("x");
  }

  @Test
  void pathological_repetitions_stay_linear() {
    parseQuickly(repeat(400_000, i -> "**a *b _c <d [e](f &#"));
    parseQuickly(repeat(400_000, i -> "word-\n"));
    parseQuickly(repeat(400_000, i -> "½\n"));
    parseQuickly(repeat(200_000, i -> "(a)\n") + "\n" + repeat(200_000, i -> "line;\n"));
    parseQuickly(repeat(200_000, i -> "Label:\n") + "\n" + repeat(200_000, i -> "value\n"));
    parseQuickly(repeat(400_000, i -> (i % 999 + 1) + ".\n"));
    parseQuickly(repeat(400_000, i -> "I.\n\n"));
    parseQuickly(repeat(400_000, i -> "Page " + (i % 500) + "\nCRP/42\nSome text line here.\n\f"));
    parseQuickly(repeat(400_000, i -> "Annex\n"));
    parseQuickly(repeat(400_000, i -> "Short Title Line\n"));
    parseQuickly(repeat(1_000_000, i -> "\n"));
  }

  @Test
  void html_ish_text() {
    String html = "<html><head><title>X</title></head><body><h1>Report 2010</h1>\n<p>Hello <b>world</b> &amp; more.</p>\n"
        + "<script>var a = 1 < 2 && b > 3;</script></body></html>";
    ParsedPaper paper = parseQuickly(html);
    assertThat(paper.segments()).isNotEmpty();
    assertThat(paper.segments()).allSatisfy(s -> assertThat(s.text()).doesNotContain("<p>", "<b>", "&amp;"));
  }

  @Test
  void a_paper_with_no_numbers_at_all_and_one_with_only_headings() {
    String prose = "Some paragraph of the report that says\nsomething of interest.\n\nAnother paragraph here.\n\n";
    assertThat(parseQuickly(prose.repeat(2_000)).segments()).hasSize(4_000);
    String headings = repeat(1_000_000, i -> "Heading number " + i + "\n\n");
    assertThat(parseQuickly(headings).segments()).isNotEmpty();
    assertThat(parseQuickly("I. INTRODUCTION\n\nII. BACKGROUND\n\n### Markdown heading\n").segments()).isEmpty();
  }

  @Test
  void parses_in_parallel_with_the_same_results() throws Exception {
    List<String> texts = new ArrayList<>();
    try (var files = Files.list(Path.of("corpus"))) {
      for (Path file : files.sorted().toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    List<ParsedPaper> expected = texts.stream().map(parser::parse).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int round = 0; round < 40; round++) {
        int index = round % texts.size();
        results.add(pool.submit(() -> parser.parse(texts.get(index)).equals(expected.get(index))));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
