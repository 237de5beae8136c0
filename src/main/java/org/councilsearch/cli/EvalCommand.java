package org.councilsearch.cli;

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
import org.councilsearch.app.Services;
import org.councilsearch.eval.FigureSpec;
import org.councilsearch.eval.Judgments.JudgedQuery;
import org.councilsearch.eval.Judgments;
import org.councilsearch.eval.RankingEvaluation.Mean;
import org.councilsearch.eval.RankingEvaluation.QueryScore;
import org.councilsearch.eval.RankingEvaluation.Report;
import org.councilsearch.eval.RankingEvaluation;
import org.councilsearch.eval.RankingFigures;
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
          + " judged queries, overall and per query type, with query understanding (full) and as plain BM25."
          + " Each judged passage is named by its paper's year and a phrase it contains.",
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

  @Option(names = "--per-query", description = "Also list each query's figures.")
  boolean perQuery;

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
    try (Services.Searching open = services.open(new IndexConfig.Embedded(index.dir))) {
      for (String set : sets) {
        List<JudgedQuery> judged;
        boolean bundled = isBundled(set);
        try (InputStream in = open(set, bundled)) {
          judged = Judgments.read(in);
        }
        Map<String, Report> runs = new LinkedHashMap<>();
        runs.put(RankingFigures.FULL, evaluate(open, judged, false));
        runs.put(RankingFigures.PLAIN, evaluate(open, judged, true));
        reports.put(set, runs);
        if (bundled) {
          checked = true;
          for (Map.Entry<String, Report> run : runs.entrySet()) {
            measured = RankingFigures.add(measured, set, run.getKey(), run.getValue());
          }
        }
      }
    }
    output.print(spec.commandLine().getOut(), reports, out -> print(reports, out));
    if (!checked) {
      return ExitCodes.OK;
    }
    String command = "council-search eval" + (queries.isEmpty() ? "" : " --queries " + String.join(" --queries ", queries));
    return specOption.check(RankingFigures.SPEC, measured, RankingFigures.SCOPE, command, spec.commandLine().getErr());
  }

  private List<String> specSets() {
    FigureSpec ranking = FigureSpec.bundled(RankingFigures.SPEC);
    LinkedHashSet<String> sets = new LinkedHashSet<>();
    ranking.rows().forEach(r -> sets.add(r.key().get(0)));
    return List.copyOf(sets);
  }

  private static Report evaluate(Services.Searching open, List<JudgedQuery> judged, boolean plain) {
    return new RankingEvaluation(
            request -> plain ? open.search().searchPlain(request) : open.search().search(request),
            q -> QueryTypes.of(open.search().search(SearchRequest.of(q, 1)).interpreted()))
        .evaluate(judged);
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
    reports.forEach((set, runs) -> {
      Report full = runs.get(RankingFigures.FULL);
      Report plain = runs.get(RankingFigures.PLAIN);
      if (perQuery) {
        out.printf(Locale.ROOT, "%-52s %7s %9s%n", "query (" + set + ", full)", "nDCG@10", "recall@10");
        for (QueryScore s : full.queries()) {
          out.printf(Locale.ROOT, "%-52s %7.4f %9.4f  %s%n", abbreviate(s.query()), s.ndcg(), s.recall(), s.type());
        }
        out.println();
      }
      out.printf(Locale.ROOT, "%-24s %7s %7s %9s %13s%n", set, "queries", "nDCG@10", "recall@10", "plain nDCG@10");
      line(out, "all", full.overall(), plain.overall());
      full.byType().forEach((type, m) -> line(out, "  " + type, m, plain.byType().get(type)));
      out.println();
    });
  }

  private static void line(PrintWriter out, String name, Mean full, Mean plain) {
    out.printf(Locale.ROOT, "%-24s %7d %7.4f %9.4f %13.4f%n", name, full.queries(), full.ndcg(), full.recall(), plain.ndcg());
  }

  private static String abbreviate(String s) {
    return s.length() <= 50 ? s : s.substring(0, 49) + "…";
  }
}
