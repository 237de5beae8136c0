package org.councilsearch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.app.IndexConfig;
import org.councilsearch.app.IndexJob;
import org.councilsearch.app.IndexUpdater;
import org.councilsearch.app.Services;
import org.councilsearch.eval.FamilyFixtures;
import org.councilsearch.eval.FigureSpec;
import org.councilsearch.eval.Judgments;
import org.councilsearch.eval.Judgments.JudgedQuery;
import org.councilsearch.eval.RankingEvaluation.Mean;
import org.councilsearch.eval.RankingEvaluation.QueryScore;
import org.councilsearch.eval.RankingEvaluation.Report;
import org.councilsearch.eval.RankingFigures;
import org.councilsearch.eval.SideBySide;
import org.councilsearch.index.IndexProgress;
import org.councilsearch.index.VectorProgress;
import org.councilsearch.search.QueryTypes;
import org.councilsearch.search.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** council-search eval: ranking quality against graded judgments, checked against its spec. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Measure ranking on an index of the bundled corpus: nDCG@10 (gain 2^grade-1) and recall@10 for"
          + " judged queries, overall and per query type, with every ranker side by side: plain BM25,"
          + " full (search by words with query understanding), meaning (vectors alone) and hybrid"
          + " (words and meaning fused: what search does). Each judged passage is named by its"
          + " paper's year and a phrase it contains. Held-out sets are reported apart.",
      "The families sets are judged on the bundled family fixtures, not the corpus: eval indexes them"
          + " itself (with vectors) in a temporary directory, or in --families-index. The languages sets"
          + " are judged on the bundled French, Spanish and English fixtures the same way; their figures"
          + " are given per query language too (lang:fr, lang:es, lang:en).",
      "The figures of the bundled sets are checked against the spec eval/ranking.spec: any figure that"
          + " moved by more than 0.002, either way, ends the run with exit code 15.",
      "QUERIES is a bundled set (dev, own, ...: eval/queries-NAME.json) or a file in the same format;"
          + " a file's figures are printed, not checked."
    },
    footer = {
      "",
      "Examples:",
      "  council-search index && council-search eval     every bundled set, checked",
      "  council-search eval --queries own --per-query",
      "  council-search eval --update-spec                record a new measurement (checkout root)"
    })
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Option(
      names = "--queries",
      paramLabel = "QUERIES",
      description = "Judgments to measure, repeatable (default: every set the spec names).")
  List<String> queries = new ArrayList<>();

  @Option(names = "--per-query", description = "Also list each query's figures (hybrid).")
  boolean perQuery;

  @Option(
      names = "--families-index",
      paramLabel = "DIR",
      description = "Where the family fixtures are indexed for the families sets, and kept (default: a"
          + " temporary directory, removed afterwards).")
  Path familiesIndex;

  @Mixin SpecOption specOption;

  @Mixin JsonOption output;

  private final Services services;

  EvalCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() throws Exception {
    List<String> sets = queries.isEmpty() ? specSets() : queries;
    if (sets.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "the spec names no judged set; give --queries SET");
    }
    Map<String, Map<String, Report>> reports = new LinkedHashMap<>();
    FigureSpec measured = RankingFigures.empty();
    boolean checked = false;
    Path families = null;
    Path languages = null;
    Path temporary = null;
    try {
      for (String set : sets) {
        List<JudgedQuery> judged;
        boolean bundled = isBundled(set);
        try (InputStream in = open(set, bundled)) {
          judged = Judgments.read(in);
        }
        Path on = index.dir;
        if (isFamilies(set)) {
          if (families == null) {
            if (familiesIndex == null && temporary == null) {
              temporary = Files.createTempDirectory("council-search-families-");
            }
            families = indexFixtures(FamilyFixtures.RESOURCE, familiesIndex != null ? familiesIndex : temporary.resolve("index"));
          }
          on = families;
        } else if (isLanguages(set)) {
          if (languages == null) {
            if (temporary == null) {
              temporary = Files.createTempDirectory("council-search-families-");
            }
            languages = indexFixtures(FamilyFixtures.LANGUAGES, temporary.resolve("languages-index"));
          }
          on = languages;
        }
        Map<String, Report> runs;
        try (Services.Searching open = services.open(new IndexConfig.Embedded(on))) {
          runs = SideBySide.measure(judged, open.search(), q -> QueryTypes.of(open.search().searchWords(SearchRequest.of(q, 1)).interpreted()));
        }
        reports.put(set, runs);
        if (bundled) {
          checked = true;
          for (Map.Entry<String, Report> run : runs.entrySet()) {
            measured = RankingFigures.add(measured, set, run.getKey(), run.getValue());
          }
        }
      }
    } finally {
      if (temporary != null) {
        deleteTree(temporary);
      }
    }
    output.print(spec.commandLine().getOut(), reports, out -> print(reports, out));
    if (!checked) {
      return ExitCodes.OK;
    }
    String command = "council-search eval" + (queries.isEmpty() ? "" : " --queries " + String.join(" --queries ", queries));
    return specOption.check(RankingFigures.SPEC, measured, RankingFigures.SCOPE, command, spec.commandLine().getErr());
  }

  /** The papers of the fixtures bundled at {@code bundled} indexed, with vectors, at {@code at}. */
  private Path indexFixtures(String bundled, Path at) throws IOException {
    Path corpus = Files.createTempDirectory("council-search-family-papers-");
    try {
      FamilyFixtures.copyBundledPapers(bundled, corpus);
      IndexUpdater updater = new IndexUpdater(services);
      updater.update(IndexJob.incremental(corpus, at), true, IndexProgress.NONE);
      updater.addVectors(at, VectorProgress.NONE);
      return at;
    } finally {
      deleteTree(corpus);
    }
  }

  private static boolean isLanguages(String set) {
    String name = Path.of(set).getFileName().toString();
    return name.startsWith("languages") || name.startsWith("queries-languages");
  }

  private static boolean isFamilies(String set) {
    String name = Path.of(set).getFileName().toString();
    return name.startsWith("families") || name.startsWith("queries-families");
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private List<String> specSets() {
    FigureSpec ranking = FigureSpec.bundled(RankingFigures.SPEC);
    LinkedHashSet<String> sets = new LinkedHashSet<>();
    ranking.rows().forEach(r -> sets.add(r.key().get(0)));
    return List.copyOf(sets);
  }

  private static String resource(String set) {
    return "eval/queries-" + set + ".json";
  }

  private static boolean isBundled(String set) {
    return set.matches("[a-z0-9-]+") && EvalCommand.class.getClassLoader().getResource(resource(set)) != null;
  }

  private InputStream open(String name, boolean bundled) throws Exception {
    if (bundled) {
      return EvalCommand.class.getClassLoader().getResourceAsStream(resource(name));
    }
    Path file = Path.of(name);
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(
          spec.commandLine(), "no judgments file " + file + "; give a file or a bundled set such as dev or own");
    }
    return Files.newInputStream(file);
  }

  private void print(Map<String, Map<String, Report>> reports, PrintWriter out) {
    if (perQuery) {
      reports.forEach((set, runs) -> {
        out.printf(Locale.ROOT, "%-52s %7s %9s%n", "query (" + set + ", hybrid)", "nDCG@10", "recall@10");
        for (QueryScore s : runs.get(SideBySide.HYBRID).queries()) {
          out.printf(Locale.ROOT, "%-52s %7.4f %9.4f  %s%n", abbreviate(s.query()), s.ndcg(), s.recall(), s.type());
        }
        out.println();
      });
    }
    out.printf(Locale.ROOT, "%-24s %7s", "nDCG@10 / recall@10", "queries");
    for (String run : SideBySide.RUNS) {
      out.printf(Locale.ROOT, " %15s", run);
    }
    out.println();
    for (boolean heldOut : new boolean[] {false, true}) {
      boolean first = true;
      for (Map.Entry<String, Map<String, Report>> e : reports.entrySet()) {
        if (e.getKey().contains("heldout") != heldOut) {
          continue;
        }
        if (heldOut && first) {
          out.println("held out (never read while tuning):");
        }
        first = false;
        Map<String, Report> runs = e.getValue();
        line(out, e.getKey(), runs, r -> r.overall());
        for (String type : runs.get(SideBySide.HYBRID).byType().keySet()) {
          line(out, "  " + type, runs, r -> r.byType().get(type));
        }
      }
    }
  }

  private static void line(PrintWriter out, String name, Map<String, Report> runs, java.util.function.Function<Report, Mean> of) {
    out.printf(Locale.ROOT, "%-24s %7d", name, of.apply(runs.get(SideBySide.HYBRID)).queries());
    for (String run : SideBySide.RUNS) {
      Mean m = of.apply(runs.get(run));
      out.printf(Locale.ROOT, " %7.3f / %5.3f", m.ndcg(), m.recall());
    }
    out.println();
  }

  private static String abbreviate(String s) {
    return s.length() <= 50 ? s : s.substring(0, 49) + "…";
  }
}
