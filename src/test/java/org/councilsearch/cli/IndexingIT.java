package org.councilsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.support.TortureFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incremental reindexing and every kind of bad input, through the command line. */
class IndexingIT {
  @TempDir Path tmp;
  Path corpus;
  Path index;

  @BeforeEach
  void copyTheCorpus() throws Exception {
    corpus = tmp.resolve("corpus");
    index = tmp.resolve("index");
    Files.createDirectories(corpus);
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path f : files.toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
  }

  private CliRun index(String... extra) {
    String[] args = Stream.concat(
            Stream.of("index", "--corpus", corpus.toString(), "--index", index.toString()),
            Stream.of(extra))
        .toArray(String[]::new);
    return CliRun.of(args);
  }

  @Test
  void second_run_reads_only_what_changed() throws Exception {
    assertThat(index().out()).contains("5 added");
    assertThat(index().out()).contains("0 added, 0 updated, 0 removed, 5 unchanged");

    Path paper2011 = corpus.resolve("001_cedc7a1f39cda02c.txt");
    Files.writeString(paper2011, Files.readString(paper2011) + "\n\n36. A paragraph added in a revision about zebra crossings.\n");
    Files.delete(corpus.resolve("003_c199febe08e1a6b0.txt"));
    CliRun run = index();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("0 added, 1 updated, 1 removed, 3 unchanged", "holds 4 papers");

    CliRun search = CliRun.of("search", "--index", index.toString(), "zebra");
    assertThat(search.out()).contains("1 passage matches");
    CliRun gone = CliRun.of("search", "--index", index.toString(), "Istanbul");
    assertThat(gone.out()).doesNotContain("2003");

    assertThat(index("--full").out()).contains("4 added", "holds 4 papers");
  }

  @Test
  void broken_files_are_named_with_a_reason_and_the_rest_is_indexed() throws Exception {
    Files.write(corpus.resolve("empty.pdf"), new byte[0]);
    byte[] junk = new byte[20_000];
    new Random(7).nextBytes(junk);
    Files.write(corpus.resolve("junk.pdf"), junk);
    try (RandomAccessFile huge = new RandomAccessFile(corpus.resolve("huge.txt").toFile(), "rw")) {
      huge.setLength(200L * 1024 * 1024);
    }
    Files.copy(TortureFiles.file("protected_normal_case.docx"), corpus.resolve("protected.docx"));

    CliRun run = index();

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FILES_FAILED);
    assertThat(run.out()).contains("5 added", "holds 5 papers");
    assertThat(run.err()).contains("empty.pdf: ", "junk.pdf: ", "huge.txt: ").doesNotContain("Exception", "\tat ");
    assertThat(run.err()).containsPattern("huge\\.txt: .*(200|limit)");
    assertThat(run.err()).containsPattern("protected\\.docx: .*(encrypted|password)");
    assertThat(run.err().lines().filter(l -> l.contains("junk.pdf")).count()).isEqualTo(1);
    assertThat(CliRun.of("search", "--index", index.toString(), "PSEA").exitCode()).isZero();
  }

  @Test
  void a_file_over_max_file_mb_is_skipped_until_the_limit_is_raised() throws Exception {
    Files.writeString(
        corpus.resolve("minutes.txt"),
        "MINUTES\n\n1. " + "The council met about zebra crossings. ".repeat(60_000),
        StandardCharsets.UTF_8);

    // Tagging two megabytes of text is beside the point here and slow.
    CliRun capped = index("--max-file-mb", "1", "--no-tagging");
    assertThat(capped.exitCode()).isEqualTo(ExitCodes.FILES_FAILED);
    assertThat(capped.out()).contains("5 added", "1 failed", "holds 5 papers");
    assertThat(capped.err())
        .contains("minutes.txt: file is 2.2 MB, over the 1 MB limit; raise --max-file-mb to index it");

    CliRun raised = index("--max-file-mb", "3", "--no-tagging");
    assertThat(raised.exitCode()).isZero();
    assertThat(raised.out()).contains("1 added", "5 unchanged", "0 failed", "holds 6 papers");
    assertThat(CliRun.of("search", "--index", index.toString(), "zebra").out()).contains("minutes.txt");
  }

  @Test
  void links_that_loop_or_lead_nowhere_are_named_and_the_rest_is_indexed() throws Exception {
    Files.createDirectories(corpus.resolve("annexes"));
    Files.createSymbolicLink(corpus.resolve("annexes/all-papers"), corpus);
    Files.createSymbolicLink(corpus.resolve("moved.pdf"), tmp.resolve("nowhere.pdf"));

    CliRun run = index();

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FILES_FAILED);
    assertThat(run.out()).contains("5 added", "2 failed", "holds 5 papers");
    assertThat(run.err())
        .contains("failed: annexes/all-papers: symbolic link loops back to a directory above it")
        .contains("failed: moved.pdf: broken symbolic link: its target does not exist")
        .doesNotContain("Exception");
  }

  @Test
  void a_missing_corpus_has_its_own_exit_code_and_leaves_no_index() {
    corpus = tmp.resolve("nowhere");
    CliRun run = index();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.CORPUS_NOT_FOUND);
    assertThat(run.err().strip()).startsWith("error: corpus directory not found").doesNotContain("\n");
  }

  @Test
  void a_directory_that_is_not_an_index_is_refused_and_left_alone() throws Exception {
    Files.createDirectories(index);
    Files.writeString(index.resolve("thesis.txt"), "my only copy", StandardCharsets.UTF_8);
    CliRun run = index();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_AN_INDEX);
    assertThat(run.err()).contains("is not a Council Search index");
    assertThat(Files.readString(index.resolve("thesis.txt"))).isEqualTo("my only copy");

    CliRun search = CliRun.of("search", "--index", index.toString(), "gender");
    assertThat(search.exitCode()).isEqualTo(ExitCodes.NOT_AN_INDEX);
  }

  @Test
  void searching_before_indexing_says_how_to_build_the_index() {
    CliRun run = CliRun.of("search", "--index", index.toString(), "gender");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INDEX_MISSING);
    assertThat(run.err()).contains("council-search index");
  }

  @Test
  void an_index_locked_by_another_run_is_refused_and_stays_searchable() throws Exception {
    assertThat(index().exitCode()).isZero();
    try (FSDirectory dir = FSDirectory.open(index);
        IndexWriter other = new IndexWriter(dir, new IndexWriterConfig().setCommitOnClose(false))) {
      CliRun run = index("--full");
      assertThat(run.exitCode()).isEqualTo(ExitCodes.INDEX_LOCKED);
      assertThat(run.err().strip()).contains("locked by another running indexer").doesNotContain("\n");
      assertThat(CliRun.of("search", "--index", index.toString(), "gender").exitCode()).isZero();
    }
  }

  @Test
  void a_wrong_flag_is_a_usage_error() {
    CliRun run = CliRun.of("index", "--corpse", "x");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--corpse");
  }
}
