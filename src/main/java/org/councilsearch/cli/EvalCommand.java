package org.councilsearch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.app.IndexJob;
import org.councilsearch.app.IndexUpdater;
import org.councilsearch.app.Services;
import org.councilsearch.eval.Judgments;
import org.councilsearch.eval.Judgments.JudgedQuery;
import org.councilsearch.eval.RankingEvaluation.Mean;
import org.councilsearch.eval.RankingEvaluation.QueryScore;
import org.councilsearch.eval.RankingEvaluation.Report;
import org.councilsearch.eval.SideBySide;
import org.councilsearch.eval.SideBySide.Ranker;
import org.councilsearch.eval.SideBySide.SetReport;
import org.councilsearch.index.IndexProgress;
import org.councilsearch.index.VectorProgress;
import org.councilsearch.search.QueryTypes;
import org.councilsearch.search.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** council-search eval: ranking quality against graded judgments, every ranker side by side. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Measure ranking: nDCG@10 (gain 2^grade-1) and recall@10 for judged queries, with every"
          + " ranker side by side: plain BM25, search by words (full lexical, with query"
          + " understanding), vectors alone, and hybrid (words and vectors fused; what search does)."
          + " Each judged passage is named by its paper's year and a phrase it contains.",
      "QUERIES is a file in the format of queries-dev.json, or one of the bundled sets: "
          + EvalCommand.BUNDLED_LIST
          + "; the default measures every bundled set. Held-out sets are reported apart.",
      "The families sets are judged on the family fixtures, not the corpus: give their directory"
          + " with --families-corpus, and they are indexed (with vectors) into --families-index."
    },
    footer = {
      "",
      "Examples:",
      "  council-search eval",
      "  council-search eval --queries dev --detail hybrid",
      "  council-search eval --queries own --json"
    })
final class EvalCommand implements Callable<Integer> {
  /** The bundled judged sets, in the order they are reported. */
  static final List<String> BUNDLED =
      List.of("dev", "own", "questions", "families", "questions-heldout", "families-heldout");

  static final String BUNDLED_LIST = "dev, own, questions, families, questions-heldout, families-heldout";

  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Option(
      names = "--queries",
      paramLabel = "QUERIES",
      split = ",",
      description = "Judged sets to measure (default: every bundled set found).")
  List<String> queries;

  @Option(
      names = "--families-corpus",
      paramLabel = "DIR",
      description = "The family fixtures' papers, indexed for the families sets.")
  Path familiesCorpus;

  @Option(
      names = "--families-index",
      paramLabel = "DIR",
      defaultValue = "families-index",
      description = "Where the family fixtures are indexed (default: ${DEFAULT-VALUE}).")
  Path familiesIndex;

  @Option(
      names = "--detail",
      paramLabel = "RANKER",
      description = "Also print each query's figures for one ranker: plain, words, meaning or hybrid.")
  String detail;

  @Mixin JsonOption output;

  private final Services services;

  EvalCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() throws Exception {
    Ranker detailed = detail == null ? null : ranker(detail);
    List<String> sets = queries == null ? bundledPresent() : queries;
    boolean familiesIndexed = false;
    List<SetReport> reports = new ArrayList<>();
    for (String set : sets) {
      List<JudgedQuery> judged;
      try (InputStream in = open(set)) {
        judged = Judgments.read(in);
      }
      Path on = index.dir;
      if (isFamilies(set)) {
        if (familiesCorpus == null) {
          spec.commandLine().getErr().println("skipped " + set + ": give the family fixtures with --families-corpus DIR");
          continue;
        }
        if (!familiesIndexed) {
          indexFamilies();
          familiesIndexed = true;
        }
        on = familiesIndex;
      }
      try (Services.Searching open = services.open(on)) {
        reports.add(
            SideBySide.measure(
                set,
                judged,
                open.search(),
                q -> QueryTypes.of(open.search().searchWords(SearchRequest.of(q, 1)).interpreted())));
      }
    }
    output.print(spec.commandLine().getOut(), reports, out -> print(reports, detailed, out));
    return ExitCodes.OK;
  }

  private void indexFamilies() throws IOException {
    IndexUpdater updater = new IndexUpdater(services);
    updater.update(IndexJob.incremental(familiesCorpus, familiesIndex), true, IndexProgress.NONE);
    updater.addVectors(familiesIndex, VectorProgress.NONE);
  }

  private static boolean isFamilies(String set) {
    return set.startsWith("families") || Path.of(set).getFileName().toString().startsWith("queries-families");
  }

  private Ranker ranker(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "plain" -> Ranker.PLAIN;
      case "words" -> Ranker.WORDS;
      case "meaning" -> Ranker.MEANING;
      case "hybrid" -> Ranker.HYBRID;
      default ->
          throw new picocli.CommandLine.ParameterException(
              spec.commandLine(), "no ranker " + name + "; give one of: plain, words, meaning, hybrid");
    };
  }

  private static List<String> bundledPresent() {
    List<String> present = new ArrayList<>();
    for (String set : BUNDLED) {
      if (EvalCommand.class.getClassLoader().getResource(resource(set)) != null) {
        present.add(set);
      }
    }
    return present;
  }

  private static String resource(String set) {
    return "eval/queries-" + set + ".json";
  }

  private InputStream open(String name) throws IOException {
    if (BUNDLED.contains(name)) {
      InputStream in = EvalCommand.class.getClassLoader().getResourceAsStream(resource(name));
      if (in == null) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "the bundled judgments " + resource(name) + " are missing from this build");
      }
      return in;
    }
    Path file = Path.of(name);
    if (!Files.isRegularFile(file)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "no judgments file " + file + "; give a file or one of: " + BUNDLED_LIST);
    }
    return Files.newInputStream(file);
  }

  private static void print(List<SetReport> reports, Ranker detailed, PrintWriter out) {
    out.printf(Locale.ROOT, "%-20s %7s", "judged set", "queries");
    for (Ranker r : Ranker.values()) {
      out.printf(Locale.ROOT, "  %-22s", r.label());
    }
    out.println();
    out.printf(Locale.ROOT, "%-20s %7s", "", "");
    for (int i = 0; i < Ranker.values().length; i++) {
      out.printf(Locale.ROOT, "  %-22s", "nDCG@10 recall@10");
    }
    out.println();
    for (boolean heldOut : new boolean[] {false, true}) {
      boolean any = false;
      for (SetReport s : reports) {
        if (s.set().contains("heldout") != heldOut) {
          continue;
        }
        if (heldOut && !any) {
          out.println("held out (never used for tuning):");
        }
        any = true;
        out.printf(Locale.ROOT, "%-20s %7d", s.set(), s.queries());
        for (Ranker r : Ranker.values()) {
          Mean m = s.byRanker().get(r).overall();
          out.printf(Locale.ROOT, "  %7.4f %9.4f     ", m.ndcg(), m.recall());
        }
        out.println();
      }
    }
    if (detailed == null) {
      return;
    }
    for (SetReport s : reports) {
      Report r = s.byRanker().get(detailed);
      out.println();
      out.printf(Locale.ROOT, "%s, %s:%n", s.set(), detailed.label());
      out.printf(Locale.ROOT, "%-52s %7s %9s%n", "query", "nDCG@10", "recall@10");
      for (QueryScore q : r.queries()) {
        out.printf(Locale.ROOT, "%-52s %7.4f %9.4f  %s%n", abbreviate(q.query()), q.ndcg(), q.recall(), q.type());
      }
      r.byType().forEach((type, m) -> out.printf(Locale.ROOT, "%-40s %3d queries  nDCG@10 %.4f  recall@10 %.4f%n", "type " + type, m.queries(), m.ndcg(), m.recall()));
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 50 ? s : s.substring(0, 49) + "…";
  }
}
