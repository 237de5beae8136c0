package org.councilsearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.councilsearch.backend.lucene.LuceneBackend;
import org.councilsearch.index.IndexProgress;
import org.councilsearch.index.PaperIndexer;
import org.councilsearch.index.Schema;
import org.councilsearch.ingest.structure.PaperParser;
import org.councilsearch.model.IndexReport;
import org.councilsearch.model.IndexReport.FileFailure;
import org.councilsearch.nlp.EntityTagger;
import org.councilsearch.nlp.LineRoleModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ContentHandler;

/**
 * The per-file limits at work in a whole indexing run: a file over the size limit and a file whose
 * parse never ends are each named with their reason and skipped, and the run neither waits for the
 * stuck parse nor loses the other papers.
 */
class LimitsDuringIndexingIT {
  private static final ExtractionLimits LIMITS =
      new ExtractionLimits(1024 * 1024, ExtractionLimits.DEFAULTS.maxChars(), Duration.ofSeconds(3));

  @TempDir Path tmp;

  @Test
  void oversized_and_stuck_files_are_named_and_the_rest_is_indexed() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    try (Stream<Path> papers = Files.list(Path.of("corpus"))) {
      for (Path paper : papers.toList()) {
        Files.copy(paper, corpus.resolve(paper.getFileName()));
      }
    }
    try (RandomAccessFile huge = new RandomAccessFile(corpus.resolve("huge.txt").toFile(), "rw")) {
      huge.setLength(2L * 1024 * 1024);
    }
    Files.copy(corpus.resolve("000_4e715c5eda85927c.txt"), corpus.resolve("stalls.txt"));

    AtomicBoolean release = new AtomicBoolean();
    Parser parser = new StallsOn("stalls.txt", release);
    PaperReader reader = new PaperReader(new TikaExtractor(LIMITS, parser), new PaperParser(LineRoleModel.shipped()));
    Schema schema = new Schema();
    PaperIndexer indexer = new PaperIndexer(schema, reader, EntityTagger.NONE, 2, Clock.systemUTC());
    IndexReport report;
    try {
      report =
          indexer.update(
              new Corpus(corpus),
              new LuceneBackend(tmp.resolve("index"), schema, Clock.systemUTC()),
              false,
              IndexProgress.NONE);
    } finally {
      release.set(true);
    }

    assertThat(report.failures())
        .containsExactly(
            new FileFailure(
                "huge.txt", "file is 2.0 MB, over the 1 MB limit; raise --max-file-mb to index it"),
            new FileFailure(
                "stalls.txt",
                "extraction took longer than 3 s; the file may be damaged (raise --timeout to allow"
                    + " more)"));
    assertThat(report.added()).isEqualTo(5);
    assertThat(report.papers()).isEqualTo(5);
  }

  /** Tika's own parsing, except for one file, on which it spins, deaf to interrupts, until released. */
  private static final class StallsOn implements Parser {
    private static final long serialVersionUID = 1L;
    private final String name;
    private final AtomicBoolean release;
    private final Parser tika = new AutoDetectParser(TikaConfig.getDefaultConfig());

    StallsOn(String name, AtomicBoolean release) {
      this.name = name;
      this.release = release;
    }

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
      return tika.getSupportedTypes(context);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
        throws java.io.IOException, org.xml.sax.SAXException, org.apache.tika.exception.TikaException {
      if (name.equals(metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY))) {
        while (!release.get()) {
          Thread.onSpinWait();
        }
      }
      tika.parse(stream, handler, metadata, context);
    }
  }
}
