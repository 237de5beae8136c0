package org.councilsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.support.JarProcess;
import org.councilsearch.support.TortureFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Indexes the bundled corpus together with every file of the torture folder (test resources) (encrypted,
 * truncated, random bytes, odd encodings, embedded documents, hostile HTML) through the shaded jar
 * in a process of its own, so that a hang, a crash or an exhausted heap shows as what a user would
 * see: a run that never ends or ends without its summary.
 */
class TortureIndexingIT {
  /** Far above the ~25 s the run takes on a busy two-core box; beyond it the run counts as hung. */
  private static final Duration HANG = Duration.ofMinutes(3);

  private static final Pattern SUMMARY =
      Pattern.compile(
          "Indexed in [\\d.]+ s: (\\d+) added, 0 updated, 0 removed, 0 unchanged, (\\d+) failed\\."
              + " The index holds (\\d+) papers, \\d+ passages\\.");
  private static final Pattern FAILED_LINE = Pattern.compile("failed: (\\S.*?): (\\S.*)");
  private static final Pattern NOTE_LINE = Pattern.compile("note: (\\S.*?): (\\S.*)");
  private static final Pattern PROGRESS_LINE =
      Pattern.compile(
          "\\d+ files in the corpus, \\d+ to read"
              + "|indexed \\d+/\\d+ files, [\\d.]+ papers/s, about \\d+ s left; (?:\\d+ pages? OCR'd; )?extraction \\d+%.*"
              + "|vectors: [\\d,]+ passages of [\\d,]+ papers to add; they are searchable by their words meanwhile"
              + "|vectors: [\\d,]+/[\\d,]+ passages, \\d+ embedded/s, (?:about \\d+ s|unknown time) left");

  @TempDir Path tmp;

  @Test
  void every_bad_file_is_named_with_a_reason_and_everything_else_is_indexed() throws Exception {
    Path corpus = tmp.resolve("corpus");
    List<String> papers = copyInto(Path.of("corpus"), corpus);
    List<String> torture = copyInto(TortureFiles.dir(), corpus.resolve("torture"));
    int files = papers.size() + torture.size();

    long start = System.nanoTime();
    JarProcess.Result run =
        JarProcess.run(tmp, "index", HANG, "index", "--corpus", "corpus", "--index", "index");
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "indexing %d files (%d torture) took %.1f s%n", files, torture.size(), seconds);

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FILES_FAILED);
    assertThat(run.out() + run.err())
        .as("no stack trace or internal error reaches the user")
        .doesNotContain("\tat ", "Exception", "error:", "OutOfMemory");

    Matcher summary = SUMMARY.matcher(run.out());
    assertThat(summary.find()).as(run.out()).isTrue();
    int added = Integer.parseInt(summary.group(1));
    int failed = Integer.parseInt(summary.group(2));
    assertThat(added + failed).as("every file is either indexed or named as failed").isEqualTo(files);
    assertThat(Integer.parseInt(summary.group(3))).isEqualTo(added);
    assertThat(run.err()).contains(files + " files in the corpus, " + files + " to read");

    List<String> failures = new ArrayList<>();
    for (String line : run.err().split("\n")) {
      Matcher m = FAILED_LINE.matcher(line);
      Matcher note = NOTE_LINE.matcher(line);
      if (note.matches()) {
        assertThat(torture).as(line).contains(note.group(1));
      } else if (m.matches()) {
        failures.add(m.group(1));
        assertThat(m.group(2)).as(line).hasSizeBetween(10, 300);
        assertThat(m.group(2))
            .as("no torture file may stall a reindex for the whole timeout")
            .doesNotStartWith("extraction took longer");
      } else {
        assertThat(line).as("only progress, failure and note lines on stderr").matches(PROGRESS_LINE);
      }
    }
    assertThat(failures).as("one line per failed file").hasSize(failed).doesNotHaveDuplicates();
    assertThat(failures).allSatisfy(source -> assertThat(torture).contains(source));
    assertThat(run.out().lines().filter(l -> l.startsWith("  torture/"))).hasSize(failed);
    // Most of the folder is ordinary documents in odd shapes; losing them is a regression too.
    assertThat(added).isGreaterThan(torture.size() * 3 / 4);

    Path index = tmp.resolve("index");
    for (String paper : papers) {
      assertThat(CliRun.of("show", "--index", index.toString(), paper).exitCode()).as(paper).isZero();
    }
    for (String good : List.of("torture/testPDF.pdf", "torture/testWORD.docx", "torture/testRTF.rtf")) {
      assertThat(CliRun.of("show", "--index", index.toString(), good).exitCode()).as(good).isZero();
    }
    CliRun search = CliRun.of("search", "--index", index.toString(), "female", "genital", "mutilation");
    assertThat(search.exitCode()).isZero();
    assertThat(search.out()).contains("Gender Coordination Report 2009, para. 5");
  }

  /** Copies the files directly in {@code from} to {@code to}; returns their corpus names. */
  private static List<String> copyInto(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    String prefix = to.getFileName().toString().equals("corpus") ? "" : to.getFileName() + "/";
    List<String> names = new ArrayList<>();
    try (Stream<Path> list = Files.list(from)) {
      for (Path f : list.filter(Files::isRegularFile).sorted().toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
        names.add(prefix + f.getFileName());
      }
    }
    return names;
  }
}
