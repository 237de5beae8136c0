package org.councilsearch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.councilsearch.backend.lucene.LuceneBackend;
import org.councilsearch.ingest.Corpus;
import org.councilsearch.ingest.ExtractionResult;
import org.councilsearch.ingest.Extractor;
import org.councilsearch.ingest.PaperReader;
import org.councilsearch.ingest.structure.PaperParser;
import org.councilsearch.model.IndexReport;
import org.councilsearch.nlp.EntityTagger;
import org.councilsearch.model.PaperContent;
import org.councilsearch.model.Passage;
import org.councilsearch.search.PaperCatalog;
import org.councilsearch.search.PassageIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperIndexerTest {
  @TempDir Path tmp;
  Path corpus;
  LuceneBackend index;
  final Schema schema = new Schema();

  @BeforeEach
  void writeACorpus() throws Exception {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    index = new LuceneBackend(tmp.resolve("index"), schema, Clock.systemUTC());
    for (int year = 2001; year <= 2003; year++) {
      Files.writeString(
          corpus.resolve("paper-" + year + ".txt"),
          "GENDER COORDINATION REPORT " + year + "\n\nI. INTRODUCTION\n\n"
              + "1. In " + year + ", the Unit worked on gender mainstreaming.\n\n"
              + "2. In " + year + ", the Unit trained staff in Geneva.\n",
          StandardCharsets.UTF_8);
    }
  }

  private PaperIndexer indexer(Extractor extractor) {
    return new PaperIndexer(
        schema, new PaperReader(extractor, new PaperParser()), EntityTagger.NONE, 2, Clock.systemUTC());
  }

  private static Extractor plainText() {
    return file -> {
      try {
        return new ExtractionResult(Files.readString(file), "text/plain", null, false);
      } catch (java.io.IOException e) {
        throw new org.councilsearch.ingest.ExtractionException("cannot read file", e);
      }
    };
  }

  private long passagesIn(LuceneBackend backend) throws Exception {
    return count(backend, schema.passagesOnly());
  }

  private static long count(LuceneBackend backend, Query query) throws Exception {
    try (PassageIndex readable = backend.openIndex(0)) {
      return readable.read(view -> view.count(query));
    }
  }

  /** A tagger that takes a known time per paper and counts how often it was told papers come. */
  private static final class SlowTagger implements EntityTagger {
    final java.util.concurrent.atomic.AtomicInteger prepared = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public List<org.councilsearch.model.Entities> tag(
        org.councilsearch.model.Paper paper, List<org.councilsearch.model.Passage> passages) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return EntityTagger.NONE.tag(paper, passages);
    }

    @Override
    public void prepare() {
      prepared.incrementAndGet();
    }
  }

  /** Reads plain text, and counts how often it was told files come. */
  private static final class PreparedExtractor implements Extractor {
    final java.util.concurrent.atomic.AtomicInteger prepared = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public ExtractionResult extract(Path file) throws org.councilsearch.ingest.ExtractionException {
      return plainText().extract(file);
    }

    @Override
    public void prepare() {
      prepared.incrementAndGet();
    }
  }

  @Test
  void the_report_says_where_the_time_went_and_models_load_only_when_there_is_a_paper_to_read()
      throws Exception {
    SlowTagger tagger = new SlowTagger();
    PreparedExtractor extractor = new PreparedExtractor();
    PaperIndexer indexer =
        new PaperIndexer(schema, new PaperReader(extractor, new PaperParser()), tagger, 2, Clock.systemUTC());
    Heard listening = new Heard();
    IndexReport report = indexer.update(new Corpus(corpus), index, false, listening);

    org.councilsearch.model.PhaseTimes phases = report.phases();
    assertThat(phases.of(org.councilsearch.model.Phase.TAGGING)).isGreaterThanOrEqualTo(java.time.Duration.ofMillis(600));
    assertThat(phases.of(org.councilsearch.model.Phase.EXTRACTION)).isPositive();
    assertThat(phases.of(org.councilsearch.model.Phase.INDEXING)).isPositive();
    assertThat(phases.share(org.councilsearch.model.Phase.TAGGING)).isGreaterThan(0.5).isLessThan(1.0);
    assertThat(phases.shares()).startsWith("extraction ").contains(", tagging ").contains(", indexing ");
    assertThat(listening.timed).containsOnlyKeys("paper-2001.txt", "paper-2002.txt", "paper-2003.txt");
    assertThat(listening.indexedBeforeTimed).as("each progress line counts the paper it reports").isEmpty();
    assertThat(report.papersPerSecond()).isPositive();
    assertThat(tagger.prepared).hasValue(1);
    assertThat(extractor.prepared).as("the parsers are set up once a run, like the models").hasValue(1);

    IndexReport nothingToDo = indexer.update(new Corpus(corpus), index, false, listening);
    assertThat(nothingToDo.unchanged()).isEqualTo(3);
    assertThat(nothingToDo.phases().durations()).isEmpty();
    assertThat(tagger.prepared).as("nothing to read, nothing to load").hasValue(1);
    assertThat(extractor.prepared).as("nothing to read, no parsers set up").hasValue(1);

    Files.writeString(corpus.resolve("paper-2001.txt"), "1. In 2001, the text changed.\n");
    IndexReport changed = indexer.update(new Corpus(corpus), index, false, listening);
    assertThat(changed.updated()).isEqualTo(1);
    assertThat(tagger.prepared).as("a changed file is read: the models load").hasValue(2);
    assertThat(extractor.prepared).hasValue(2);
  }

  @Test
  void each_paper_and_passage_is_kept_with_its_language() throws Exception {
    Files.writeString(
        corpus.resolve("rapport-2004.txt"),
        "RAPPORT DE COORDINATION 2004\n\n"
            + "1. En 2004, le Service a organisé des ateliers de formation pour les agents des"
            + " frontières dans trois nouvelles régions.\n\n"
            + "2. Les États Membres ont approuvé le programme de travail et le budget révisé pour"
            + " l'exercice suivant.\n",
        StandardCharsets.UTF_8);

    indexer(plainText()).update(new Corpus(corpus), index, false, IndexProgress.NONE);

    try (PassageIndex readable = index.openIndex(0)) {
      PaperCatalog catalog = new PaperCatalog(readable, schema);
      PaperContent french = catalog.content("rapport-2004.txt");
      PaperContent english = catalog.content("paper-2001.txt");
      assertThat(french.paper().metadata().language()).isEqualTo("fr");
      assertThat(french.passages()).extracting(Passage::language).containsOnly("fr");
      assertThat(english.paper().metadata().language()).isEqualTo("en");
      assertThat(english.passages()).extracting(Passage::language).containsOnly("en");
    }
  }

  @Test
  void a_run_that_dies_half_way_leaves_the_previous_index_searchable() throws Exception {
    IndexReport first = indexer(plainText()).update(new Corpus(corpus), index, false, IndexProgress.NONE);
    assertThat(first.papers()).isEqualTo(3);
    long before = passagesIn(index);
    assertThat(before).isEqualTo(first.passages()).isGreaterThanOrEqualTo(6);

    Files.writeString(corpus.resolve("paper-2004.txt"), "1. In 2004, something new.\n");
    Extractor dying =
        file -> {
          if (file.getFileName().toString().contains("2004")) {
            // I/O trouble is the machine's, not the file's: it ends the run.
            throw new java.io.UncheckedIOException(new java.io.IOException("the machine lost power"));
          }
          return plainText().extract(file);
        };
    assertThatThrownBy(() -> indexer(dying).update(new Corpus(corpus), index, true, IndexProgress.NONE))
        .hasMessageContaining("the machine lost power");

    assertThat(passagesIn(index)).isEqualTo(before);
    IndexReport next = indexer(plainText()).update(new Corpus(corpus), index, false, IndexProgress.NONE);
    assertThat(next.added()).isEqualTo(1);
    assertThat(next.unchanged()).isEqualTo(3);
    assertThat(next.papers()).isEqualTo(4);
  }

  @Test
  void a_file_that_turns_unreadable_leaves_the_index() throws Exception {
    indexer(plainText()).update(new Corpus(corpus), index, false, IndexProgress.NONE);
    Files.writeString(corpus.resolve("paper-2002.txt"), "   \n");
    IndexReport report = indexer(plainText()).update(new Corpus(corpus), index, false, IndexProgress.NONE);
    assertThat(report.failures()).extracting(IndexReport.FileFailure::source).containsExactly("paper-2002.txt");
    assertThat(report.papers()).isEqualTo(2);
  }

  @Test
  void a_fault_on_one_paper_costs_that_paper_only() throws Exception {
    EntityTagger failsOn2002 =
        (paper, passages) -> {
          if (paper.source().contains("2002")) {
            throw new IllegalStateException("a tagger bug");
          }
          return EntityTagger.NONE.tag(paper, passages);
        };
    PaperIndexer indexer =
        new PaperIndexer(
            schema, new PaperReader(plainText(), new PaperParser()), failsOn2002, 2, Clock.systemUTC());

    IndexReport report = indexer.update(new Corpus(corpus), index, false, IndexProgress.NONE);

    assertThat(report.failures())
        .containsExactly(
            new IndexReport.FileFailure(
                "paper-2002.txt",
                "internal error while processing its text (illegal state); the other files are"
                    + " indexed; please report this file to the developers"));
    assertThat(report.papers()).isEqualTo(2);
  }

  @Test
  void a_paper_too_long_to_tag_whole_is_tagged_from_its_start_and_indexed_whole() throws Exception {
    Files.writeString(
        corpus.resolve("paper-2004.txt"),
        "GENDER COORDINATION REPORT 2004\n\n"
            + "1. In 2004, the Unit met UNICEF in Geneva.\n\n"
            + "2. In 2004, the Unit trained staff in Dakar.\n\n"
            + "3. In 2004, the Unit wrote a zebra report.\n",
        StandardCharsets.UTF_8);
    Map<String, Integer> tagged = new ConcurrentHashMap<>();
    EntityTagger counting =
        (paper, passages) -> {
          tagged.put(paper.source(), passages.size());
          return EntityTagger.NONE.tag(paper, passages);
        };
    Heard listener = new Heard();
    // Room for the two short passages of the smaller papers, but not for the four of 2004.
    int budget = 100;
    PaperIndexer indexer =
        new PaperIndexer(
            schema, new PaperReader(plainText(), new PaperParser()), counting, 2, Clock.systemUTC(), budget);

    IndexReport report = indexer.update(new Corpus(corpus), index, false, listener);

    assertThat(report.failures()).isEmpty();
    assertThat(tagged).containsEntry("paper-2001.txt", 2).containsEntry("paper-2004.txt", 2);
    assertThat(listener.notes)
        .containsExactly(
            "paper-2004.txt: only the first 2 of 3 passages were tagged, as its text is over 100"
                + " characters; all of it is searchable, but filters by organization, date, event"
                + " and place miss the rest (split the file to tag all of it)");
    assertThat(count(index, new TermQuery(new Term(Schema.TEXT, "zebra")))).isEqualTo(1);
  }

  @Test
  void a_paper_cut_at_the_extraction_limit_is_indexed_with_a_note() throws Exception {
    Extractor cutting2003 =
        file -> {
          ExtractionResult whole = plainText().extract(file);
          boolean cut = file.getFileName().toString().contains("2003");
          return new ExtractionResult(whole.text(), whole.mediaType(), whole.title(), cut);
        };
    Heard listener = new Heard();

    IndexReport report = indexer(cutting2003).update(new Corpus(corpus), index, false, listener);

    assertThat(report.papers()).isEqualTo(3);
    assertThat(listener.notes)
        .containsExactly(
            "paper-2003.txt: its text is longer than the extraction limit and only the start was"
                + " indexed (split the file to index all of it)");
  }

  /**
   * Keeps the notes of a run, in the order heard, each file's phase times, and the files reported
   * indexed before their times were (whose progress line would lack them).
   */
  private static final class Heard implements IndexProgress {
    final List<String> notes = new ArrayList<>();
    final Map<String, org.councilsearch.model.PhaseTimes> timed = new ConcurrentHashMap<>();
    final List<String> indexedBeforeTimed = new ArrayList<>();

    @Override
    public void started(int files, int toRead) {}

    @Override
    public void indexed(String source, long bytes, int passages) {
      if (!timed.containsKey(source)) {
        indexedBeforeTimed.add(source);
      }
    }

    @Override
    public void failed(String source, String reason) {}

    @Override
    public void noted(String source, String note) {
      notes.add(source + ": " + note);
    }

    @Override
    public void timed(String source, org.councilsearch.model.PhaseTimes phases) {
      timed.put(source, phases);
    }
  }
}
