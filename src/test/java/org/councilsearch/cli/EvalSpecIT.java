package org.councilsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.app.IndexJob;
import org.councilsearch.app.IndexUpdater;
import org.councilsearch.app.Services;
import org.councilsearch.eval.FigureSpec;
import org.councilsearch.ingest.Corpus;
import org.councilsearch.index.IndexProgress;
import org.councilsearch.index.VectorProgress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs each evaluation command as a user does and requires its figures to match its bundled spec
 * (src/main/resources/eval/*.spec) within ±0.002 either way: the one place figures are pinned. A
 * failure prints which figure moved and the command that records a new measurement.
 */
class EvalSpecIT {
  @TempDir static Path tmp;
  static Path index;

  @BeforeAll
  static void indexTheCorpus() throws Exception {
    index = tmp.resolve("index");
    // As `council-search index` does: the words, then the passages' vectors.
    IndexUpdater updater = new IndexUpdater(new Services(Clock.systemUTC(), 2));
    updater.update(IndexJob.incremental(Path.of("corpus"), index), true, IndexProgress.NONE);
    updater.addVectors(index, VectorProgress.NONE);
  }

  private static void assertMatchesSpec(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).startsWith("OK: ");
  }

  @Test
  void ranking_matches_its_spec_for_every_judged_set_and_query_type() {
    CliRun run = CliRun.of("eval", "--index", index.toString());
    assertMatchesSpec(run);
    assertThat(run.out()).contains("dev ").contains("own ");
  }

  @Test
  void held_out_entity_tagging_matches_its_spec_and_says_what_the_gazetteer_lists() {
    CliRun run = CliRun.of("eval-ner");
    assertMatchesSpec(run);
    assertThat(run.out()).contains("Held out: each paper tagged by a name finder trained without that paper.");
    assertThat(run.out()).contains("gazetteer: the share of the gold mentions that organizations.json already lists");
  }

  @Test
  void shipped_model_entity_tagging_matches_its_spec() {
    assertMatchesSpec(CliRun.of("eval-ner", "--shipped-model"));
  }

  @Test
  void family_metadata_matches_its_spec_from_the_bundled_fixtures() {
    assertMatchesSpec(CliRun.of("eval-families"));
  }

  @Test
  void translation_links_match_their_spec_from_the_bundled_fixtures() {
    assertMatchesSpec(CliRun.of("eval-versions"));
  }

  @Test
  void a_figure_that_moved_either_way_fails_and_says_how_to_record_it() throws Exception {
    String spec = FigureSpec.bundled("families").format();
    // A spec that says more than the held-out title figure measures, and less than the tuning year.
    Matcher title = Pattern.compile("heldout\\s+title\\s+\\|\\s+10\\s+(\\d\\.\\d{3})").matcher(spec);
    assertThat(title.find()).as("the held-out title row").isTrue();
    String measured = title.group(1);
    String higher = String.format(Locale.ROOT, "%.3f", Double.parseDouble(measured) + 0.05);
    String faulty =
        spec.replaceFirst("(heldout\\s+title\\s+\\|\\s+10\\s+)" + Pattern.quote(measured), "$1" + higher)
            .replaceFirst("(tuning\\s+year\\s+\\|\\s+15\\s+)1\\.000", "$10.990");
    assertThat(faulty).isNotEqualTo(spec);
    Path file = tmp.resolve("faulty.spec");
    Files.writeString(file, faulty, StandardCharsets.UTF_8);

    CliRun run = CliRun.of("eval-families", "--spec", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FIGURES_MOVED);
    assertThat(run.err())
        .contains("MOVED heldout title value: spec " + higher + ", measured " + measured)
        .contains("MOVED tuning year value: spec 0.990, measured 1.000")
        .contains("council-search eval-families --update-spec");
  }
}
