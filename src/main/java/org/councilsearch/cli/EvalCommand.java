package org.councilsearch.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.app.IndexConfig;
import org.councilsearch.app.Services;
import org.councilsearch.eval.Judgments.JudgedQuery;
import org.councilsearch.eval.Judgments;
import org.councilsearch.eval.RankingEvaluation.Mean;
import org.councilsearch.eval.RankingEvaluation.QueryScore;
import org.councilsearch.eval.RankingEvaluation.Report;
import org.councilsearch.eval.RankingEvaluation;
import org.councilsearch.search.QueryTypes;
import org.councilsearch.search.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** council-search eval: ranking quality against graded judgments. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Measure ranking: nDCG@10 (gain 2^grade-1) and recall@10 for judged queries, overall and per"
          + " query type. Each judged passage is named by its paper's year and a phrase it contains.",
      "QUERIES is a file in the format of queries-dev.json, or one of the bundled sets: dev, own."
    },
    footer = {"", "Examples:", "  council-search eval --queries dev", "  council-search eval --queries own --plain --json"})
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Option(names = "--queries", paramLabel = "QUERIES", defaultValue = "dev", description = "Judgments (default: ${DEFAULT-VALUE}).")
  String queries;

  @Option(names = "--plain", description = "Measure plain BM25, without query understanding (the baseline).")
  boolean plain;

  @Mixin JsonOption output;

  private final Services services;

  EvalCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() throws Exception {
    List<JudgedQuery> judged;
    try (InputStream in = open(queries)) {
      judged = Judgments.read(in);
    }
    Report report;
    try (Services.Searching open = services.open(new IndexConfig.Embedded(index.dir))) {
      RankingEvaluation evaluation =
          new RankingEvaluation(
              request -> plain ? open.search().searchPlain(request) : open.search().search(request),
              q -> QueryTypes.of(open.search().search(SearchRequest.of(q, 1)).interpreted()));
      report = evaluation.evaluate(judged);
    }
    output.print(spec.commandLine().getOut(), report, out -> print(report, out));
    return ExitCodes.OK;
  }

  private InputStream open(String name) throws Exception {
    if (name.equals("dev") || name.equals("own")) {
      String resource = "eval/queries-" + name + ".json";
      InputStream in = EvalCommand.class.getClassLoader().getResourceAsStream(resource);
      if (in == null) {
        throw new IllegalStateException("the bundled judgments " + resource + " are missing from the jar");
      }
      return in;
    }
    Path file = Path.of(name);
    if (!Files.isRegularFile(file)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "no judgments file " + file + "; give a file or one of: dev, own");
    }
    return Files.newInputStream(file);
  }

  private void print(Report report, PrintWriter out) {
    out.printf(Locale.ROOT, "%-52s %7s %9s%n", "query", "nDCG@10", "recall@10");
    for (QueryScore s : report.queries()) {
      out.printf(Locale.ROOT, "%-52s %7.4f %9.4f  %s%n", abbreviate(s.query()), s.ndcg(), s.recall(), s.type());
    }
    out.println();
    report.byType().forEach((type, m) -> line(out, "type " + type, m));
    line(out, (plain ? "plain BM25" : "all") + " (" + queries + ")", report.overall());
  }

  private static void line(PrintWriter out, String name, Mean m) {
    out.printf(Locale.ROOT, "%-40s %3d queries  nDCG@10 %.4f  recall@10 %.4f%n", name, m.queries(), m.ndcg(), m.recall());
  }

  private static String abbreviate(String s) {
    return s.length() <= 50 ? s : s.substring(0, 49) + "…";
  }
}
